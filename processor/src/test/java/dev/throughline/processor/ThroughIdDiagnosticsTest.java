package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.ProcessorRun.compile;
import static dev.throughline.processor.ProcessorRun.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors about a through entity's {@code @EmbeddedId}, which the accessor must create and store
 * into every new through row so that Hibernate can fill it from the {@code @MapsId} associations.
 */
class ThroughIdDiagnosticsTest {

  @Test
  void embeddedIdThatIsARecord() {
    Compilation compilation = compile(Clinic.DOCTOR, Clinic.PATIENT, appointment("Key key;", """
        @Embeddable
        public record Key(Long doctorId, Long patientId) implements java.io.Serializable {}
        """));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineThroughIdNotInstantiable] Appointment has @EmbeddedId 'key' of type Key,"
            + " which the accessor generated in package p must create for each new through row (Hibernate fills"
            + " it from the @MapsId associations) but cannot: it is a record, not a class; make Key a public"
            + " class with a public no-argument constructor, as JPA requires of an @Embeddable")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void embeddedIdWithoutNoArgumentConstructor() {
    Compilation compilation = compile(Clinic.DOCTOR, Clinic.PATIENT, appointment("Key key;", """
        @Embeddable
        public static class Key implements java.io.Serializable {
          private static final long serialVersionUID = 1L;
          Long doctorId;
          Long patientId;

          public Key(Long doctorId, Long patientId) {
            this.doctorId = doctorId;
            this.patientId = patientId;
          }
        }
        """));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineThroughIdNotInstantiable] Appointment has @EmbeddedId 'key' of type Key,"
            + " which the accessor generated in package p must create for each new through row (Hibernate fills"
            + " it from the @MapsId associations) but cannot: it has no no-argument constructor")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void embeddedIdOfAClassOutOfReach() {
    JavaFileObject appointment = source("q.Appointment", """
        package q;

        import jakarta.persistence.*;
        import p.Doctor;
        import p.Patient;

        @Entity
        public class Appointment {
          @EmbeddedId public AppointmentKey key;
          @ManyToOne @MapsId("doctorId") public Doctor doctor;
          @ManyToOne @MapsId("patientId") public Patient patient;
        }

        @Embeddable
        class AppointmentKey implements java.io.Serializable {
          private static final long serialVersionUID = 1L;
          Long doctorId;
          Long patientId;
        }
        """);
    JavaFileObject doctor = source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;
        import q.Appointment;

        @Entity
        public class Doctor {
          @Id public Long id;

          @Transient
          @HasManyThrough(through = Appointment.class)
          List<Patient> patients;
        }
        """);
    JavaFileObject patient = source("p.Patient", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public class Patient {
          @Id public Long id;
        }
        """);
    Compilation compilation = compile(doctor, appointment, patient);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineThroughIdNotInstantiable] Appointment has @EmbeddedId 'key' of type"
            + " AppointmentKey, which the accessor generated in package p must create for each new through row"
            + " (Hibernate fills it from the @MapsId associations) but cannot: it is not accessible from there;"
            + " make AppointmentKey a public class")
        .inFile(doctor)
        .onLine(13);
  }

  @Test
  void embeddedIdThatCannotBeSet() {
    Compilation compilation = compile(Clinic.DOCTOR, Clinic.PATIENT, appointment("private Key key;", """
        public Key getKey() { return key; }

        @Embeddable
        public static class Key implements java.io.Serializable {
          private static final long serialVersionUID = 1L;
          Long doctorId;
          Long patientId;
        }
        """));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineThroughIdNotWritable] Appointment has @EmbeddedId 'key', which the"
            + " accessor generated in package p must set on each new through row but cannot: the field is private,"
            + " and it has no accessible setter; add a public setter setKey(Key) or make the field visible to"
            + " that package and not final")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  /** The clinic's appointment with an {@code @EmbeddedId} filled by {@code @MapsId}, and more members. */
  private static JavaFileObject appointment(String idField, String members) {
    return source("p.Appointment", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public class Appointment {
          @EmbeddedId %s
          @ManyToOne @MapsId("doctorId") Doctor doctor;
          @ManyToOne @MapsId("patientId") Patient patient;

        %s
        }
        """.formatted(idField, members.indent(2)));
  }
}
