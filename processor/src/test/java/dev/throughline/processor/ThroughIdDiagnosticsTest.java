package dev.throughline.processor;

import static dev.throughline.processor.DiagnosticAssertions.assertOnlyError;
import static dev.throughline.processor.SourceFile.entity;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Errors about a through entity's {@code @EmbeddedId}, which the accessor must create and store
 * into every new through row so that Hibernate can fill it from the {@code @MapsId} associations.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
class ThroughIdDiagnosticsTest {

  @Parameter TestCompiler compiler;

  /** The start of every message here. */
  private static final String CANNOT_CREATE = "[ThroughlineThroughIdNotInstantiable] Appointment has @EmbeddedId"
      + " 'key' of type %s, which the accessor generated in package p must create for each new through row"
      + " (Hibernate fills it from the @MapsId associations) but cannot: ";

  @Test
  void embeddedIdThatIsARecord() {
    JavaFileObject appointment = Clinic.appointmentWithEmbeddedId("Key key;").adding("""

        @Embeddable
        public record Key(Long doctorId, Long patientId) implements java.io.Serializable {}
        """).file();
    assertOnlyError(compiler.compile(Clinic.DOCTOR, Clinic.PATIENT, appointment), Clinic.DOCTOR, 13,
        CANNOT_CREATE.formatted("Key") + "it is a record, not a class; make Key a public"
            + " class with a public no-argument constructor, as JPA requires of an @Embeddable");
  }

  @Test
  void embeddedIdWithoutNoArgumentConstructor() {
    JavaFileObject appointment = Clinic.appointmentWithEmbeddedId("Key key;").adding("""

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
        """).file();
    assertOnlyError(compiler.compile(Clinic.DOCTOR, Clinic.PATIENT, appointment), Clinic.DOCTOR, 13,
        CANNOT_CREATE.formatted("Key") + "it has no no-argument constructor");
  }

  @Test
  void embeddedIdOfAClassOutOfReach() {
    JavaFileObject appointment = entity("q.Appointment", """
        @EmbeddedId public AppointmentKey key;
        @ManyToOne @MapsId("doctorId") public Doctor doctor;
        @ManyToOne @MapsId("patientId") public Patient patient;
        """).importing("p.Doctor", "p.Patient").followedBy("""
        @Embeddable
        class AppointmentKey implements java.io.Serializable {
          private static final long serialVersionUID = 1L;
          Long doctorId;
          Long patientId;
        }
        """).file();
    JavaFileObject doctor = Clinic.doctor().importing("q.Appointment").replace("@Id Long id;", "@Id public Long id;")
        .file();
    JavaFileObject patient = entity("p.Patient", "@Id public Long id;").file();
    assertOnlyError(compiler.compile(doctor, appointment, patient), doctor, 13,
        CANNOT_CREATE.formatted("AppointmentKey")
            + "it is not accessible from there; make AppointmentKey a public class");
  }

  @Test
  void embeddedIdThatCannotBeSet() {
    JavaFileObject appointment = Clinic.appointmentWithEmbeddedId("private Key key;").adding("""

        public Key getKey() { return key; }

        @Embeddable
        public static class Key implements java.io.Serializable {
          private static final long serialVersionUID = 1L;
          Long doctorId;
          Long patientId;
        }
        """).file();
    assertOnlyError(compiler.compile(Clinic.DOCTOR, Clinic.PATIENT, appointment), Clinic.DOCTOR, 13,
        "[ThroughlineThroughIdNotWritable] Appointment has @EmbeddedId 'key', which the"
            + " accessor generated in package p must set on each new through row but cannot: the field is private,"
            + " and it has no accessible setter; add a public setter setKey(Key) or make the field visible to"
            + " that package and not final");
  }
}
