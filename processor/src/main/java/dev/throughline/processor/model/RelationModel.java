package dev.throughline.processor.model;

/**
 * Everything the generator needs to write one accessor, checked and resolved.
 *
 * @param accessor the class to generate ({@code p.DoctorPatients})
 * @param field the relation field on the source
 * @param source the source entity ({@code Doctor})
 * @param keyFrom the source attribute that through rows reference
 * @param target the target entity ({@code Patient})
 * @param keyTo the target attribute that through rows reference
 * @param through the through entity ({@code Appointment})
 * @param throughId the through entity's id, which orders rows of one target and which new rows may need
 * @param throughKeyFrom the through attribute that references the source
 * @param throughKeyTo the through attribute that references the target
 * @param throughObservesRemoval whether removing a through row runs a callback ({@code @PreRemove}
 *     or {@code @PostRemove} on the through entity, a persistent superclass or an entity listener),
 *     so that rows are removed one by one through the persistence context, not by a bulk delete
 * @param includeByName whether the source's registry offers the relation by name
 */
public record RelationModel(
    TypeRef accessor,
    RelationFieldModel field,
    EntityModel source,
    KeyModel keyFrom,
    EntityModel target,
    KeyModel keyTo,
    EntityModel through,
    ThroughIdModel throughId,
    ThroughKeyModel throughKeyFrom,
    ThroughKeyModel throughKeyTo,
    boolean throughObservesRemoval,
    boolean includeByName) {

  /**
   * Whether the relation links an entity to itself by one key (followers, following): its through
   * rows then reference targets from both ends.
   */
  public boolean selfRelation() {
    return source.type().equals(target.type()) && keyFrom.attribute().equals(keyTo.attribute());
  }

  /** The relation's name as {@code Source.field}, used in runtime messages. */
  public String qualifiedName() {
    return source.type().simpleName() + "." + field.name();
  }
}
