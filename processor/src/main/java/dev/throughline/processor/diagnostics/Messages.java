package dev.throughline.processor.diagnostics;

/**
 * Makes the text of each message of the {@link Message} catalogue, one method a message: javac
 * checks the number, order and kind of the arguments, and a value that a format shows twice is
 * passed once. Names are simple names, types as messages show them ({@code List<Patient>}), places
 * as {@code package p}.
 */
public final class Messages {

  private Messages() {}

  /** The annotated field is not declared in an {@code @Entity}. */
  public static MessageText notInEntity(String field, String declaringClass) {
    return Message.NOT_IN_ENTITY.format(field, declaringClass);
  }

  /** The relation field is static. */
  public static MessageText staticField(String field) {
    return Message.STATIC_FIELD.format(field);
  }

  /** The relation field is not {@code @Transient}. */
  public static MessageText notTransient(String field) {
    return Message.NOT_TRANSIENT.format(field);
  }

  /** Under property access, the getter of the relation field is not {@code @Transient}. */
  public static MessageText getterNotTransient(String entity, String getter, String field) {
    return Message.GETTER_NOT_TRANSIENT.format(entity, getter, field);
  }

  /** The relation field is not a {@code List}, {@code Set} or {@code Collection} of one declared type. */
  public static MessageText fieldType(String field, String type) {
    return Message.FIELD_TYPE.format(field, type);
  }

  /** The relation field holds elements of a type that is not an entity. */
  public static MessageText targetNotEntity(String field, String elementType) {
    return Message.TARGET_NOT_ENTITY.format(field, elementType);
  }

  /** {@code through} names a type that is not an entity; the relation links {@code source} to {@code target}. */
  public static MessageText throughNotEntity(String through, String source, String target) {
    return Message.THROUGH_NOT_ENTITY.format(through, source, target);
  }

  /** {@code type} (qualified) cannot be reached from {@code place}, where {@code accessor} is generated. */
  public static MessageText inaccessibleType(String type, String place, String accessor) {
    return Message.INACCESSIBLE_TYPE.format(type, place, accessor);
  }

  /** The through entity has no id. */
  public static MessageText throughWithoutId(String through) {
    return Message.NO_ID.format(through, "a through entity needs an @Id attribute: give it one");
  }

  /** The source or target entity has no id for {@code role} to default to. */
  public static MessageText noId(String entity, String role) {
    return Message.NO_ID.format(entity,
        "give it an @Id, or name the attribute that through rows reference with " + role + " = \"...\"");
  }

  /** The entity has several {@code @Id} attributes ({@code ids}), so {@code role} has no default. */
  public static MessageText compositeId(String entity, String ids, String role) {
    return Message.COMPOSITE_ID.format(entity, ids, role, role);
  }

  /** {@code role} names {@code name}, which {@code entity} does not have. */
  public static MessageText unknownKey(String role, String name, String entity, String attributes) {
    return Message.UNKNOWN_KEY.format(role, name, entity, attributes);
  }

  /** A self-relation ({@code Entity.field}) does not name both through keys. */
  public static MessageText selfRelationKeys(String relation, String entity, String through) {
    return Message.SELF_RELATION_KEYS.format(relation, entity, through, entity, entity);
  }

  /** The through entity has neither the conventional attribute nor a {@code @ManyToOne} for {@code role}. */
  public static MessageText noThroughKey(
      String through, String conventional, String referenced, String role, String attributes) {
    return Message.NO_THROUGH_KEY.format(through, conventional, referenced, role, through, role, attributes);
  }

  /** The through entity has several {@code @ManyToOne} attributes ({@code candidates}) for {@code role}. */
  public static MessageText ambiguousThroughKey(
      String through, String referenced, String candidates, String role) {
    return Message.AMBIGUOUS_THROUGH_KEY.format(through, referenced, candidates, role, role);
  }

  /** A through key is a collection of type {@code type}, where a row references one {@code referenced}. */
  public static MessageText throughKeyCollection(KeyAttribute throughKey, String type, String referenced) {
    return Message.THROUGH_KEY_COLLECTION.format(
        throughKey.role(), throughKey.name(), throughKey.entity(), type, referenced);
  }

  /** A key has type {@code type}, which cannot be a key because of {@code reason}. */
  public static MessageText unsupportedKeyType(KeyAttribute key, String type, String reason) {
    return Message.UNSUPPORTED_KEY_TYPE.format(key.role(), key.name(), key.entity(), type, reason, key.role());
  }

  /** A through key's type differs from that of the key it references. */
  public static MessageText keyTypeMismatch(
      KeyAttribute throughKey, String type, KeyAttribute key, String keyType) {
    return Message.KEY_TYPE_MISMATCH.format(throughKey.role(), throughKey.name(), throughKey.entity(), type,
        key.role(), key.name(), key.entity(), keyType);
  }

  /** A through key is a {@code @ManyToOne} to {@code type}, not to the {@code side} ("source", "target"). */
  public static MessageText associationMismatch(KeyAttribute throughKey, String type, String side, String entity) {
    return Message.ASSOCIATION_MISMATCH.format(
        throughKey.role(), throughKey.name(), throughKey.entity(), type, side, entity, entity);
  }

  /**
   * A through key is a {@code @ManyToOne} to the entity that has {@code key}, so it references that
   * entity's id {@code id}, but {@code key} (of type {@code keyType}) is another attribute.
   */
  public static MessageText associationNeedsId(
      KeyAttribute throughKey, KeyAttribute key, String id, String keyType) {
    return Message.ASSOCIATION_NEEDS_ID.format(throughKey.role(), throughKey.name(), throughKey.entity(),
        key.entity(), id, key.role(), key.name(), key.role(), key.name(), keyType);
  }

  /** The accessor generated in {@code place} cannot read a key, because of {@code why}. */
  public static MessageText keyNotReadable(KeyAttribute key, String place, String why, String getter) {
    return Message.KEY_NOT_READABLE.format(key.role(), key.name(), key.entity(), place, why, getter);
  }

  /** The accessor generated in {@code place} cannot set a through key of type {@code type}. */
  public static MessageText throughKeyNotWritable(
      KeyAttribute throughKey, String place, String why, String setter, String type) {
    return Message.THROUGH_KEY_NOT_WRITABLE.format(
        throughKey.role(), throughKey.name(), throughKey.entity(), place, why, setter, type);
  }

  /** The relation field is {@code modifier} ("private", "final") and has no setter of type {@code type}. */
  public static MessageText relationFieldNotWritable(
      String field, String modifier, String entity, String setter, String type) {
    return Message.RELATION_FIELD_NOT_WRITABLE.format(field, modifier, entity, setter, type);
  }

  /** The accessor generated in {@code place} cannot create through rows, because of {@code why}. */
  public static MessageText throughNotInstantiable(String through, String place, String why) {
    return Message.THROUGH_NOT_INSTANTIABLE.format(through, place, why);
  }

  /**
   * The accessor cannot create the through entity's {@code @EmbeddedId} {@code id}, of type {@code
   * type} (class {@code embeddable}).
   */
  public static MessageText throughIdNotInstantiable(
      String through, String id, String type, String place, String why, String embeddable) {
    return Message.THROUGH_ID_NOT_INSTANTIABLE.format(through, id, type, place, why, embeddable);
  }

  /** The accessor cannot set the through entity's {@code @EmbeddedId} {@code id}, of type {@code type}. */
  public static MessageText throughIdNotWritable(
      String through, String id, String place, String why, String setter, String type) {
    return Message.THROUGH_ID_NOT_WRITABLE.format(through, id, place, why, setter, type);
  }

  /** {@code generator} ("relation p.Doctor.patients") and {@code other} would both generate {@code className}. */
  public static MessageText duplicateAccessor(String generator, String className, String other) {
    return Message.DUPLICATE_ACCESSOR.format(generator, className, other);
  }

  /** {@code generator} would generate {@code className}, but a class of that name exists. */
  public static MessageText accessorExists(String generator, String className) {
    return Message.ACCESSOR_EXISTS.format(generator, className);
  }

  /** Relation {@code Entity.field} needs {@code type}, which never appeared. */
  public static MessageText unresolvedType(String relation, String type) {
    return Message.UNRESOLVED_TYPE.format(relation, type);
  }

  /** The filer refused to write {@code className}, saying {@code why}. */
  public static MessageText writeFailed(String className, String why) {
    return Message.WRITE_FAILED.format(className, why);
  }

  /** A failure of the processor itself, with its stack trace. */
  public static MessageText internalError(String stackTrace) {
    return Message.INTERNAL_ERROR.format(stackTrace);
  }
}
