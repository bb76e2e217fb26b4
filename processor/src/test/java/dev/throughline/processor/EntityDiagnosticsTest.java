package dev.throughline.processor;

import static dev.throughline.processor.DiagnosticAssertions.assertError;
import static dev.throughline.processor.DiagnosticAssertions.assertOnlyError;
import static dev.throughline.processor.SourceFile.entity;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Errors about the three entities: not entities, without ids, out of reach of the accessor. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
class EntityDiagnosticsTest {

  @Parameter TestCompiler compiler;

  @Test
  void throughNotAnEntity() {
    JavaFileObject doctor = Clinic.doctor()
        .replace("@HasManyThrough(through = Appointment.class)", "@HasManyThrough(\n      through = String.class)")
        .file();
    assertOnlyError(compiler.compile(doctor, Clinic.PATIENT), doctor, 13,
        "[ThroughlineThroughNotEntity] through = String.class is not an @Entity; name the"
            + " JPA @Entity whose rows link Doctor to Patient");
  }

  @Test
  void sourceWithoutId() {
    JavaFileObject doctor = Clinic.doctor().replace("@Id Long id;", "Long id;").file();
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 12,
        "[ThroughlineNoId] Doctor has no @Id or @EmbeddedId attribute, nor do its"
            + " @MappedSuperclass and @Entity superclasses; give it an @Id, or name the attribute that through"
            + " rows reference with keyFrom = \"...\"");
  }

  @Test
  void throughWithoutId() {
    JavaFileObject appointment = Clinic.appointment().without("@Id Long id;").file();
    assertOnlyError(compiler.compile(Clinic.DOCTOR, appointment, Clinic.PATIENT), Clinic.DOCTOR, 13,
        "[ThroughlineNoId] Appointment has no @Id or @EmbeddedId attribute, nor do its"
            + " @MappedSuperclass and @Entity superclasses; a through entity needs an @Id attribute: give it one");
  }

  @Test
  void targetWithCompositeId() {
    JavaFileObject patient = Clinic.withIdClass("p.Patient", "ward", "bed");
    assertOnlyError(compiler.compile(Clinic.DOCTOR, Clinic.APPOINTMENT, patient), Clinic.DOCTOR, 13,
        "[ThroughlineCompositeId] Patient has several @Id attributes (ward, bed), so keyTo"
            + " cannot default to its id; name the attribute that through rows reference with keyTo = \"...\"");
  }

  @Test
  void throughPrivateNestedClass() {
    JavaFileObject doctor = Clinic.doctor()
        .replace("through = Appointment.class", "through = Visit.class")
        .adding("""

            @Entity
            private static class Visit {
              @Id Long id;
              Long doctorId;
              Long patientId;
            }
            """)
        .file();
    assertError(compiler.compile(doctor, Clinic.PATIENT), doctor, 12,
        "[ThroughlineInaccessibleType] p.Doctor.Visit is not accessible from package p,"
            + " where the accessor DoctorPatients is generated; make it (and any class enclosing it) public");
  }

  @Test
  void throughWithoutNoArgumentConstructor() {
    JavaFileObject appointment = Clinic.appointment().adding("""

        public Appointment(Long doctorId, Long patientId) {
          this.doctorId = doctorId;
          this.patientId = patientId;
        }
        """).file();
    assertOnlyError(compiler.compile(Clinic.DOCTOR, appointment, Clinic.PATIENT), Clinic.DOCTOR, 13,
        "[ThroughlineThroughNotInstantiable] Appointment cannot be instantiated by the"
            + " accessor generated in package p: it has no no-argument constructor; give it a public"
            + " no-argument constructor (JPA requires one too)");
  }

  @Test
  void throughWithProtectedConstructorInAnotherPackage() {
    JavaFileObject appointment = entity("q.Appointment", """
        @Id public Long id;
        public Long doctorId;
        public Long patientId;

        protected Appointment() {}
        """).file();
    JavaFileObject doctor = Clinic.doctor().importing("q.Appointment").file();
    assertOnlyError(compiler.compile(doctor, appointment, Clinic.PATIENT), doctor, 13,
        "[ThroughlineThroughNotInstantiable] Appointment cannot be instantiated by the"
            + " accessor generated in package p: its no-argument constructor is protected in package q");
  }

  @Test
  void abstractThrough() {
    JavaFileObject appointment = Clinic.appointment().replace("public class", "public abstract class").file();
    assertOnlyError(compiler.compile(Clinic.DOCTOR, appointment, Clinic.PATIENT), Clinic.DOCTOR, 13,
        "[ThroughlineThroughNotInstantiable] Appointment cannot be instantiated by the"
            + " accessor generated in package p: it is abstract");
  }

  @Test
  void keyTypeOutOfReach() {
    JavaFileObject patient = entity("q.Patient", "@EmbeddedId public PatientKey key;").followedBy("""
        @Embeddable
        class PatientKey {
          String ward;
          String bed;
        }
        """).file();
    JavaFileObject doctor = Clinic.doctor()
        .importing("q.Patient")
        .replace("through = Appointment.class", "through = Appointment.class, throughKeyTo = \"patient\"")
        .file();
    JavaFileObject appointment =
        Clinic.appointment("Long doctorId;", "@ManyToOne Patient patient;").importing("q.Patient").file();
    assertOnlyError(compiler.compile(doctor, appointment, patient), doctor, 13,
        "[ThroughlineInaccessibleType] q.PatientKey is not accessible from package p, where"
            + " the accessor DoctorPatients is generated");
  }
}
