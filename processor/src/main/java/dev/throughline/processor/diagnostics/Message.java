package dev.throughline.processor.diagnostics;

/**
 * Every diagnostic the processor reports. Each has a stable id, printed first ({@code
 * [ThroughlineUnknownKey]}) so that users can search for it, and a format that says what is wrong
 * and how to fix it. Arguments fill the {@code %s} placeholders in order; {@link Messages} makes
 * the text of each, from arguments that javac checks.
 */
public enum Message {
  NOT_IN_ENTITY("ThroughlineNotInEntity",
      "@HasManyThrough field '%s' is declared in %s, which is not an @Entity; declare the relation"
          + " on a field of the JPA @Entity that is its source"),
  STATIC_FIELD("ThroughlineStaticField",
      "relation field '%s' is static; declare the relation on an instance field"),
  NOT_TRANSIENT("ThroughlineNotTransient",
      "relation field '%s' must be @jakarta.persistence.Transient so that Hibernate does not map it;"
          + " add @Transient to it"),
  GETTER_NOT_TRANSIENT("ThroughlineGetterNotTransient",
      "%s uses property access, so Hibernate would map %s() of relation field '%s'; add @Transient to"
          + " the getter too"),
  FIELD_TYPE("ThroughlineFieldType",
      "relation field '%s' has type %s; declare it as List<T>, Set<T> or Collection<T> (java.util)"
          + " with T the target @Entity, without wildcards"),
  TARGET_NOT_ENTITY("ThroughlineTargetNotEntity",
      "the elements of relation field '%s' are %s, which is not an @Entity; the target of a"
          + " relation must be a JPA @Entity"),
  THROUGH_NOT_ENTITY("ThroughlineThroughNotEntity",
      "through = %s.class is not an @Entity; name the JPA @Entity whose rows link %s to %s"),
  INACCESSIBLE_TYPE("ThroughlineInaccessibleType",
      "%s is not accessible from %s, where the accessor %s is generated; make it (and any class"
          + " enclosing it) public"),
  NO_ID("ThroughlineNoId",
      "%s has no @Id or @EmbeddedId attribute, nor do its @MappedSuperclass and @Entity"
          + " superclasses; %s"),
  COMPOSITE_ID("ThroughlineCompositeId",
      "%s has several @Id attributes (%s), so %s cannot default to its id; name the attribute"
          + " that through rows reference with %s = \"...\""),
  UNKNOWN_KEY("ThroughlineUnknownKey",
      "%s '%s' is not an attribute of %s; its attributes are: %s"),
  SELF_RELATION_KEYS("ThroughlineSelfRelationKeys",
      "relation '%s' links %s to itself, so its through keys cannot be guessed; name both"
          + " throughKeyFrom (the attribute of %s that references the %s owning the relation) and"
          + " throughKeyTo (the attribute that references the linked %s)"),
  NO_THROUGH_KEY("ThroughlineNoThroughKey",
      "%s has no attribute '%s' and no @ManyToOne of type %s, so %s has no default; add one of"
          + " them to %s or name the attribute with %s = \"...\"; its attributes are: %s"),
  AMBIGUOUS_THROUGH_KEY("ThroughlineAmbiguousThroughKey",
      "%s has several @ManyToOne attributes of type %s (%s), so %s has no default; name the one"
          + " to use with %s = \"...\""),
  THROUGH_KEY_COLLECTION("ThroughlineThroughKeyCollection",
      "%s '%s' of %s is a collection (%s), but a through row references exactly one %s; use a"
          + " basic attribute holding its key, or a @ManyToOne"),
  UNSUPPORTED_KEY_TYPE("ThroughlineUnsupportedKeyType",
      "%s '%s' of %s has type %s, which cannot be a key because %s; name a basic attribute (a"
          + " number, a String, a UUID, an @Embeddable id...) with %s = \"...\""),
  KEY_TYPE_MISMATCH("ThroughlineKeyTypeMismatch",
      "%s '%s' of %s has type %s, but it references %s '%s' of %s, which has type %s; give both"
          + " the same type, or name attributes that match"),
  ASSOCIATION_MISMATCH("ThroughlineAssociationMismatch",
      "%s '%s' of %s is a @ManyToOne to %s, not to the %s %s; name the attribute that references"
          + " %s"),
  ASSOCIATION_NEEDS_ID("ThroughlineAssociationNeedsId",
      "%s '%s' of %s is a @ManyToOne to %s, which references its id '%s', but %s is '%s'; remove"
          + " %s so that it defaults to the id, or reference '%s' with a basic attribute of type %s"),
  KEY_NOT_READABLE("ThroughlineKeyNotReadable",
      "%s '%s' of %s cannot be read by the accessor generated in %s: %s; add a public getter %s()"
          + " or make the field visible to that package"),
  THROUGH_KEY_NOT_WRITABLE("ThroughlineThroughKeyNotWritable",
      "%s '%s' of %s cannot be set by the accessor generated in %s: %s; add a public setter"
          + " %s(%s) or make the field visible to that package and not final"),
  RELATION_FIELD_NOT_WRITABLE("ThroughlineRelationFieldNotWritable",
      "relation field '%s' is %s and %s has no accessible setter %s(%s); make the field"
          + " package-private and not final, or add the setter, so that include() can fill it"),
  THROUGH_NOT_INSTANTIABLE("ThroughlineThroughNotInstantiable",
      "%s cannot be instantiated by the accessor generated in %s: %s; give it a public"
          + " no-argument constructor (JPA requires one too)"),
  THROUGH_ID_NOT_INSTANTIABLE("ThroughlineThroughIdNotInstantiable",
      "%s has @EmbeddedId '%s' of type %s, which the accessor generated in %s must create for each new"
          + " through row (Hibernate fills it from the @MapsId associations) but cannot: %s; make %s a"
          + " public class with a public no-argument constructor, as JPA requires of an @Embeddable"),
  THROUGH_ID_NOT_WRITABLE("ThroughlineThroughIdNotWritable",
      "%s has @EmbeddedId '%s', which the accessor generated in %s must set on each new through row but"
          + " cannot: %s; add a public setter %s(%s) or make the field visible to that package and not final"),
  DUPLICATE_ACCESSOR("ThroughlineDuplicateAccessor",
      "%s would generate %s, which %s generates too; rename a relation field or an entity so that"
          + " the names differ"),
  ACCESSOR_EXISTS("ThroughlineAccessorExists",
      "%s would generate %s, but a class of that name already exists; rename the relation field"
          + " (or the entity) or that class"),
  UNRESOLVED_TYPE("ThroughlineUnresolvedType",
      "relation '%s' refers to %s, which could not be found, even after all annotation"
          + " processing; check its name and imports, or the processor that should generate it"),
  WRITE_FAILED("ThroughlineWriteFailed",
      "could not write the generated class %s: %s"),
  INTERNAL_ERROR("ThroughlineInternalError",
      "the Throughline processor failed unexpectedly; this is a bug: please report it to the"
          + " Throughline maintainers with this message and the declaration it points to%n%s");

  private final String id;
  private final String format;
  private final int arity;

  Message(String id, String format) {
    this.id = id;
    this.format = format;
    this.arity = format.split("%s", -1).length - 1;
  }

  /** The stable id, without brackets ({@code ThroughlineUnknownKey}). */
  public String id() {
    return id;
  }

  /** How many arguments the format takes. */
  public int arity() {
    return arity;
  }

  /**
   * The complete text: the bracketed id, then the formatted message. Only {@link Messages}, whose
   * methods name and type each argument, calls it.
   *
   * @throws IllegalArgumentException if the number of arguments does not match the format
   */
  MessageText format(Object... args) {
    if (args.length != arity) {
      throw new IllegalArgumentException(
          id + " takes " + arity + " arguments but was given " + args.length);
    }
    return new MessageText(this, "[" + id + "] " + String.format(format, args));
  }
}
