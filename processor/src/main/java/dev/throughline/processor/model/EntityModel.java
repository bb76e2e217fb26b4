package dev.throughline.processor.model;

/**
 * An entity that takes part in a relation.
 *
 * @param type the entity class
 * @param entityName its JPA entity name, the name queries use ({@code @Entity(name)} or the simple name)
 */
public record EntityModel(TypeRef type, String entityName) {}
