package dev.throughline.processor.analysis;

import dev.throughline.processor.model.RelationFieldModel.CollectionKind;
import dev.throughline.processor.model.TypeRef;
import javax.lang.model.element.VariableElement;

/**
 * A relation whose field, entities and annotation have been read, before its keys are resolved.
 *
 * @param field the annotated field
 * @param annotation its {@code @HasManyThrough}
 * @param collection the collection interface the field is declared with
 * @param source the entity declaring the field
 * @param target the entity the field holds
 * @param through the entity whose rows link them
 * @param accessor the class that will be generated
 */
record RelationParts(
    VariableElement field,
    RelationAnnotation annotation,
    CollectionKind collection,
    JpaEntity source,
    JpaEntity target,
    JpaEntity through,
    TypeRef accessor) {

  /** {@code Doctor.patients}. */
  String name() {
    return source.simpleName() + "." + field.getSimpleName();
  }

  /** The package of the generated accessor, from which every member it uses must be accessible. */
  String packageName() {
    return accessor.packageName();
  }

  /** Whether the relation links an entity to itself. */
  boolean isSelfRelation() {
    return source.element().equals(target.element());
  }
}
