package dev.throughline.processor.generation;

import com.palantir.javapoet.ClassName;

/** The library classes generated accessors refer to, named without loading them. */
final class ReferencedTypes {

  static final ClassName RELATION = ClassName.get("dev.throughline.runtime", "Relation");
  static final ClassName RELATION_ACCESSOR = ClassName.get("dev.throughline", "RelationAccessor");
  static final ClassName INCLUSION = ClassName.get("dev.throughline", "Inclusion");
  static final ClassName INCLUSIONS = ClassName.get("dev.throughline", "Inclusions");
  static final ClassName ENTITY_MANAGER = ClassName.get("jakarta.persistence", "EntityManager");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName RESTRICTION = ClassName.get("org.hibernate.query.restriction", "Restriction");
  static final ClassName SORT_DIRECTION = ClassName.get("org.hibernate.query", "SortDirection");
  static final ClassName AUGMENTATION = ClassName.get("org.hibernate.query.specification", "SelectionSpecification", "Augmentation");
  static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");

  private ReferencedTypes() {}
}
