package dev.throughline.processor.analysis;

/**
 * Qualified names of the annotations the processor reads. Held as strings: the processor does not
 * need Jakarta Persistence or the Throughline runtime on its own class path.
 */
final class JpaNames {

  static final String HAS_MANY_THROUGH = "dev.throughline.HasManyThrough";
  static final String RUNTIME_RELATION = "dev.throughline.runtime.Relation";
  static final String INCLUSION = "dev.throughline.Inclusion";

  static final String ENTITY = "jakarta.persistence.Entity";
  static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
  static final String ID = "jakarta.persistence.Id";
  static final String EMBEDDED_ID = "jakarta.persistence.EmbeddedId";
  static final String TRANSIENT = "jakarta.persistence.Transient";
  static final String MANY_TO_ONE = "jakarta.persistence.ManyToOne";
  static final String ACCESS = "jakarta.persistence.Access";
  static final String PRE_REMOVE = "jakarta.persistence.PreRemove";
  static final String POST_REMOVE = "jakarta.persistence.PostRemove";
  static final String ENTITY_LISTENERS = "jakarta.persistence.EntityListeners";
  static final String EXCLUDE_SUPERCLASS_LISTENERS = "jakarta.persistence.ExcludeSuperclassListeners";

  private JpaNames() {}
}
