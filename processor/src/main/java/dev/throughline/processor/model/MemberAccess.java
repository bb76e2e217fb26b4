package dev.throughline.processor.model;

/**
 * How generated code reaches an attribute: through the field itself, or through a method (a
 * getter when reading, a setter when writing).
 *
 * @param kind field or method
 * @param name the field's or the method's name
 */
public record MemberAccess(Kind kind, String name) {

  /** The kind of member the generated code uses. */
  public enum Kind {
    /** The field, read or assigned directly. */
    FIELD,
    /** A getter ({@code getId()}) or a setter ({@code setDoctorId(key)}). */
    METHOD
  }

  /** Direct access to a field. */
  public static MemberAccess field(String name) {
    return new MemberAccess(Kind.FIELD, name);
  }

  /** Access through a getter or setter. */
  public static MemberAccess method(String name) {
    return new MemberAccess(Kind.METHOD, name);
  }
}
