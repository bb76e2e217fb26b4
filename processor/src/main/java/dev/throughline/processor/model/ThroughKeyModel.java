package dev.throughline.processor.model;

/**
 * The attribute of the through entity that references one side of the relation.
 *
 * @param attribute the through entity's attribute name ({@code doctorId} or {@code doctor})
 * @param kind whether it holds the key value or is a {@code @ManyToOne} to the entity
 * @param write how generated code stores it into a new through row
 */
public record ThroughKeyModel(String attribute, Kind kind, MemberAccess write) {

  /** What the through attribute holds. */
  public enum Kind {
    /** A basic attribute holding the referenced key ({@code Long doctorId}). */
    VALUE,
    /** A {@code @ManyToOne} to the referenced entity ({@code Doctor doctor}). */
    ASSOCIATION
  }
}
