package dev.throughline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a many-to-many relation that goes through a join entity which may carry data of its
 * own, for example {@code Doctor} has many {@code Patient}s through {@code Appointment}.
 *
 * <p>Put it on a {@code @jakarta.persistence.Transient} field of a JPA entity (the source) whose
 * type is {@code List<T>}, {@code Set<T>} or {@code Collection<T>} of another entity (the target).
 * The field name is the relation name. The Throughline processor checks the relation at compile
 * time and generates {@code <Source><Relation>} (here {@code DoctorPatients}), the accessor that
 * finds, links, unlinks, creates, deletes and includes targets through a Hibernate session.
 *
 * <pre>{@code
 * @Transient
 * @HasManyThrough(through = Appointment.class)
 * List<Patient> patients;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface HasManyThrough {

  /** The through (join) entity; each of its rows links one source to one target. */
  Class<?> through();

  /** Attribute of the source that through rows reference; defaults to the source's {@code @Id}. */
  String keyFrom() default "";

  /** Attribute of the target that through rows reference; defaults to the target's {@code @Id}. */
  String keyTo() default "";

  /**
   * Attribute of the through entity that references the source: a basic attribute holding the
   * key ({@code Long doctorId}) or a {@code @ManyToOne} to the source ({@code Doctor doctor}).
   * Defaults to {@code <sourceName>Id} when the through entity has it, otherwise to its single
   * {@code @ManyToOne} of the source's type.
   */
  String throughKeyFrom() default "";

  /**
   * Attribute of the through entity that references the target; defaults to {@code
   * <targetName>Id} when the through entity has it, otherwise to its single {@code @ManyToOne} of
   * the target's type.
   */
  String throughKeyTo() default "";

  /**
   * Whether the generated registry ({@code <Source>Relations}) offers this relation for inclusion
   * by name, as a REST filter names it ({@code include=patients}). Set it to false for relations
   * that clients must not be able to include.
   */
  boolean includeByName() default true;
}
