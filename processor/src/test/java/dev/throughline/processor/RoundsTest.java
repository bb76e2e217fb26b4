package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.DiagnosticAssertions.assertError;
import static dev.throughline.processor.DiagnosticAssertions.assertOnlyErrors;
import static dev.throughline.processor.DiagnosticAssertions.assertReportedOnce;
import static dev.throughline.processor.DiagnosticAssertions.error;
import static dev.throughline.processor.ProcessorRun.generatedSource;
import static dev.throughline.processor.SourceFile.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Rounds: types generated late are waited for, missing ones reported once, at the end. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
class RoundsTest {

  @Parameter TestCompiler compiler;

  /** A class another processor generates late, that no relation needs: it keeps rounds going. */
  private static final String UNRELATED = "package p;\n\nclass Unrelated {}\n";

  /** An appointment whose entity listener, {@code p.Audit}, another processor generates. */
  private static final JavaFileObject LISTENED_APPOINTMENT =
      Clinic.appointment().replace("@Entity", "@Entity\n@EntityListeners(Audit.class)").file();

  @Test
  void waitsForAThroughEntityThatAnotherProcessorGeneratesLater() {
    Compilation compilation =
        compiler.compileWithLate("p.Appointment", Clinic.appointment().text(), Clinic.DOCTOR, Clinic.PATIENT);
    assertThat(generatedSource(compilation, "p.DoctorPatients"))
        .contains(".through(Appointment.class, \"Appointment\", \"id\", Appointment::new)");
  }

  @Test
  void waitsForATargetEntityThatAnotherProcessorGeneratesLater() {
    String patient = entity("p.Patient", "@Id Long pid;").text();
    generatedSource(compiler.compileWithLate("p.Patient", patient, Clinic.DOCTOR, Clinic.APPOINTMENT), "p.DoctorPatients");
  }

  @Test
  void waitsForAnEmbeddedIdClassThatAnotherProcessorGeneratesLater() {
    JavaFileObject appointment = Clinic.appointmentWithEmbeddedId("AppointmentId id;").file();
    Compilation compilation = compiler.compileWithLate("p.AppointmentId", """
        package p;

        import jakarta.persistence.Embeddable;

        @Embeddable
        public class AppointmentId implements java.io.Serializable {
          private static final long serialVersionUID = 1L;
          Long doctorId;
          Long patientId;
        }
        """, Clinic.DOCTOR, appointment, Clinic.PATIENT);
    assertThat(generatedSource(compilation, "p.DoctorPatients")).contains("row.id = new AppointmentId();");
  }

  @Test
  void waitsForAnEntityListenerThatAnotherProcessorGeneratesLater() {
    Compilation observing =
        compiler.compileWithLate("p.Audit", listener("PostRemove"), Clinic.DOCTOR, LISTENED_APPOINTMENT, Clinic.PATIENT);
    assertThat(generatedSource(observing, "p.DoctorPatients")).contains(".throughRemovalCallbacks()");

    Compilation notObserving =
        compiler.compileWithLate("p.Audit", listener("PrePersist"), Clinic.DOCTOR, LISTENED_APPOINTMENT, Clinic.PATIENT);
    assertThat(generatedSource(notObserving, "p.DoctorPatients")).doesNotContain(".throughRemovalCallbacks()");
  }

  @Test
  void reportsAnEntityListenerThatNeverAppearsOnceInTheLastRound() {
    Compilation compilation =
        compiler.compileWithLate("p.Unrelated", UNRELATED, Clinic.DOCTOR, LISTENED_APPOINTMENT, Clinic.PATIENT);
    assertError(compilation, Clinic.DOCTOR, 14, "[ThroughlineUnresolvedType] relation 'Doctor.patients' refers"
        + " to a listener class named by @EntityListeners on Appointment, which could not be found, even after all"
        + " annotation processing");
    assertReportedOnce(compilation, "[ThroughlineUnresolvedType]");
  }

  @Test
  void reportsATypeThatNeverAppearsOnceInTheLastRound() {
    JavaFileObject doctor = Clinic.doctor().replace("List<Patient> patients;", "List<Ghost> patients;").file();
    Compilation compilation = compiler.compileWithLate("p.Unrelated", UNRELATED, doctor, Clinic.APPOINTMENT);
    assertError(compilation, doctor, 13, "[ThroughlineUnresolvedType] relation 'Doctor.patients' refers to Ghost,"
        + " which could not be found, even after all annotation processing");
    assertReportedOnce(compilation, "[ThroughlineUnresolvedType]");
  }

  @Test
  void everyBrokenRelationIsReportedAndTheValidOneStillGenerates() {
    JavaFileObject nurse = entity("p.Nurse", """
        @Id Long id;

        @Transient
        @HasManyThrough(through = Appointment.class, throughKeyFrom = "nurseRef")
        List<Patient> patients;

        @HasManyThrough(through = Appointment.class, throughKeyFrom = "doctorId")
        List<Patient> sameAsDoctors;

        @Transient
        @HasManyThrough(through = Appointment.class, throughKeyFrom = "doctorId")
        List<Patient> validToo;
        """).file();
    RecordingFiler[] filer = new RecordingFiler[1];
    EnvironmentWrappingProcessor recorded = new EnvironmentWrappingProcessor(
        new HasManyThroughProcessor(), delegate -> filer[0] = new RecordingFiler(delegate));
    Compilation compilation = compiler.compileWith(
        List.of(recorded), List.of(), Clinic.DOCTOR, nurse, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertOnlyErrors(compilation,
        error(nurse, 12, "[ThroughlineUnknownKey] throughKeyFrom 'nurseRef' is not an attribute of Appointment"),
        error(nurse, 16, "[ThroughlineNotTransient] relation field 'sameAsDoctors'"));
    // compile-testing hides generated files of failed compilations; the filer saw them written
    assertThat(filer[0].created)
        .extracting(RecordingFiler.Created::name)
        .containsExactlyInAnyOrder("p.DoctorPatients", "p.NurseValidToo", "p.DoctorRelations", "p.NurseRelations");
  }

  @Test
  void anUnexpectedFailureIsReportedOnTheRelationNotThrownIntoJavac() {
    HasManyThroughProcessor processor = new HasManyThroughProcessor();
    EnvironmentWrappingProcessor failing = new EnvironmentWrappingProcessor(processor, filer -> FailingFiler.unexpectedly());
    Compilation compilation = compiler.compileWith(List.of(failing), List.of(), Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertError(compilation, Clinic.DOCTOR, 14, "[ThroughlineInternalError] the Throughline processor failed"
        + " unexpectedly; this is a bug: please report it");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: simulated failure creating p.DoctorPatients");
    assertThat(compilation).hadErrorContaining("at dev.throughline.processor.");
  }

  @Test
  void aFileTheFilerRefusesIsAnErrorOnTheRelation() {
    EnvironmentWrappingProcessor refused =
        new EnvironmentWrappingProcessor(new HasManyThroughProcessor(), filer -> FailingFiler.refusing());
    Compilation compilation = compiler.compileWith(List.of(refused), List.of(), Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertOnlyErrors(compilation,
        error(Clinic.DOCTOR, 13, "[ThroughlineWriteFailed] could not write the generated class p.DoctorPatients:"
            + " simulated refusal to create p.DoctorPatients"),
        error(Clinic.DOCTOR, 8, "[ThroughlineWriteFailed] could not write the generated class p.DoctorRelations:"
            + " simulated refusal to create p.DoctorRelations"));
  }

  /** The source of {@code p.Audit}, an entity listener with one callback. */
  private static String listener(String callback) {
    return """
        package p;

        import jakarta.persistence.%s;

        public class Audit {
          @%s
          void observed(Object entity) {}
        }
        """.formatted(callback, callback);
  }

  @Test
  void neverClaimsTheAnnotation() {
    EnvironmentWrappingProcessor watched = new EnvironmentWrappingProcessor(new HasManyThroughProcessor(), filer -> filer);
    Compilation compilation = compiler.compileWith(List.of(watched), List.of(), Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).succeeded();
    assertThat(watched.returned).isNotEmpty().containsOnly(false);
  }
}
