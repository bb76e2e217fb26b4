package dev.throughline.processor.model;

/**
 * The {@code @Transient} field of the source that carries the relation and receives included targets.
 *
 * @param name the field name, which is the relation name ({@code patients})
 * @param collection the declared collection interface
 * @param write how generated code stores targets into it
 */
public record RelationFieldModel(String name, CollectionKind collection, MemberAccess write) {

  /** The collection interface the field is declared with. */
  public enum CollectionKind {
    /** {@code java.util.List}: receives the targets list as is. */
    LIST,
    /** {@code java.util.Set}: receives a {@code LinkedHashSet} that keeps the target order. */
    SET,
    /** {@code java.util.Collection}: receives the targets list as is. */
    COLLECTION
  }
}
