package dev.throughline.processor;

import static dev.throughline.processor.ProcessorRun.source;

import javax.tools.JavaFileObject;

/**
 * The API contract's example model: a doctor has many patients through appointments. Tests that
 * need another clinic start from {@link #doctor()} and {@link #appointment()} and change only what
 * their case is about.
 */
final class Clinic {

  static final JavaFileObject DOCTOR = source("p.Doctor", """
      package p;

      import dev.throughline.HasManyThrough;
      import jakarta.persistence.*;
      import java.util.List;

      @Entity
      public class Doctor {
        @Id @GeneratedValue Long id;
        String name;

        @Transient
        @HasManyThrough(through = Appointment.class)
        List<Patient> patients;
      }
      """);

  static final JavaFileObject APPOINTMENT = source("p.Appointment", """
      package p;

      import jakarta.persistence.*;
      import java.time.LocalDate;

      @Entity
      public class Appointment {
        @Id @GeneratedValue Long id;
        Long doctorId;
        Long patientId;
        LocalDate appointmentDate;
      }
      """);

  static final JavaFileObject PATIENT = source("p.Patient", """
      package p;

      import jakarta.persistence.*;

      @Entity
      public class Patient {
        @Id @GeneratedValue Long pid;
        String name;
      }
      """);

  /** A doctor with only an id and the relation: annotation on line 12, field on line 13. */
  static SourceFile doctor() {
    return SourceFile.entity("p.Doctor", """
        @Id Long id;

        @Transient
        @HasManyThrough(through = Appointment.class)
        List<Patient> patients;
        """);
  }

  /** A doctor (id, name, code) whose {@code @HasManyThrough}, from line 14, names one key on line 16. */
  static JavaFileObject doctorNaming(String key) {
    return SourceFile.entity("p.Doctor", """
        @Id Long id;
        String name;
        String code;

        @Transient
        @HasManyThrough(
            through = Appointment.class,
            %s)
        List<Patient> patients;
        """.formatted(key)).file();
  }

  /** An appointment with an id and the doctor's and the patient's ids, the conventional through keys. */
  static SourceFile appointment() {
    return appointment("Long doctorId;", "Long patientId;");
  }

  /** An appointment with an id and the two given declarations. */
  static SourceFile appointment(String fromDeclaration, String toDeclaration) {
    return SourceFile.entity("p.Appointment", String.join("\n", "@Id Long id;", fromDeclaration, toDeclaration));
  }

  /** An appointment with this {@code @EmbeddedId} field, filled by {@code @MapsId} from its two associations. */
  static SourceFile appointmentWithEmbeddedId(String idField) {
    return SourceFile.entity("p.Appointment", """
        @EmbeddedId %s
        @ManyToOne @MapsId("doctorId") Doctor doctor;
        @ManyToOne @MapsId("patientId") Patient patient;
        """.formatted(idField));
  }

  /** An entity whose id is two {@code Long} attributes, with its nested record {@code Key} as {@code @IdClass}. */
  static JavaFileObject withIdClass(String qualifiedName, String first, String second) {
    String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    return SourceFile.entity(qualifiedName, """
        @Id Long %1$s;
        @Id Long %2$s;

        public record Key(Long %1$s, Long %2$s) implements java.io.Serializable {}
        """.formatted(first, second))
        .replace("@Entity", "@Entity\n@IdClass(" + simpleName + ".Key.class)")
        .file();
  }

  private Clinic() {}
}
