package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.ProcessorRun.compileWith;
import static dev.throughline.processor.ProcessorRun.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Rounds: types generated late are waited for, missing ones reported once, at the end. */
class RoundsTest {

  private static final String APPOINTMENT_SOURCE = """
      package p;

      import jakarta.persistence.*;

      @Entity
      public class Appointment {
        @Id Long id;
        Long doctorId;
        Long patientId;
      }
      """;

  /** An appointment whose entity listener, {@code p.Audit}, another processor generates. */
  private static final JavaFileObject LISTENED_APPOINTMENT = source("p.Appointment", """
      package p;

      import jakarta.persistence.*;

      @Entity
      @EntityListeners(Audit.class)
      public class Appointment {
        @Id Long id;
        Long doctorId;
        Long patientId;
      }
      """);

  @Test
  void waitsForAThroughEntityThatAnotherProcessorGeneratesLater() {
    Compilation compilation = compileWith(
        List.of(new HasManyThroughProcessor(), new LateEntityProcessor("p.Appointment", APPOINTMENT_SOURCE)),
        List.of(),
        Clinic.DOCTOR, Clinic.PATIENT);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.DoctorPatients").contentsAsUtf8String()
        .contains(".through(Appointment.class, \"Appointment\", \"id\", Appointment::new)");
  }

  @Test
  void waitsForATargetEntityThatAnotherProcessorGeneratesLater() {
    Compilation compilation = compileWith(
        List.of(new HasManyThroughProcessor(), new LateEntityProcessor("p.Patient", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Patient {
              @Id Long pid;
            }
            """)),
        List.of(),
        Clinic.DOCTOR, Clinic.APPOINTMENT);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.DoctorPatients");
  }

  @Test
  void waitsForAnEmbeddedIdClassThatAnotherProcessorGeneratesLater() {
    JavaFileObject appointment = source("p.Appointment", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public class Appointment {
          @EmbeddedId AppointmentId id;
          @ManyToOne @MapsId("doctorId") Doctor doctor;
          @ManyToOne @MapsId("patientId") Patient patient;
        }
        """);
    Compilation compilation = compileWith(
        List.of(new HasManyThroughProcessor(), new LateEntityProcessor("p.AppointmentId", """
            package p;

            import jakarta.persistence.Embeddable;

            @Embeddable
            public class AppointmentId implements java.io.Serializable {
              private static final long serialVersionUID = 1L;
              Long doctorId;
              Long patientId;
            }
            """)),
        List.of(),
        Clinic.DOCTOR, appointment, Clinic.PATIENT);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.DoctorPatients").contentsAsUtf8String()
        .contains("row.id = new AppointmentId();");
  }

  @Test
  void waitsForAnEntityListenerThatAnotherProcessorGeneratesLater() {
    Compilation observing = compileWith(
        List.of(new HasManyThroughProcessor(), new LateEntityProcessor("p.Audit", listener("PostRemove"))),
        List.of(),
        Clinic.DOCTOR, LISTENED_APPOINTMENT, Clinic.PATIENT);
    assertThat(observing).succeededWithoutWarnings();
    assertThat(observing).generatedSourceFile("p.DoctorPatients").contentsAsUtf8String()
        .contains(".throughRemovalCallbacks()");

    Compilation notObserving = compileWith(
        List.of(new HasManyThroughProcessor(), new LateEntityProcessor("p.Audit", listener("PrePersist"))),
        List.of(),
        Clinic.DOCTOR, LISTENED_APPOINTMENT, Clinic.PATIENT);
    assertThat(notObserving).succeededWithoutWarnings();
    assertThat(notObserving).generatedSourceFile("p.DoctorPatients").contentsAsUtf8String()
        .doesNotContain(".throughRemovalCallbacks()");
  }

  @Test
  void reportsAnEntityListenerThatNeverAppearsOnceInTheLastRound() {
    Compilation compilation = compileWith(
        List.of(new HasManyThroughProcessor(), new LateEntityProcessor("p.Unrelated", "package p;\n\nclass Unrelated {}\n")),
        List.of(),
        Clinic.DOCTOR, LISTENED_APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineUnresolvedType] relation 'Doctor.patients' refers to a listener class"
            + " named by @EntityListeners on Appointment, which could not be found, even after all annotation"
            + " processing")
        .inFile(Clinic.DOCTOR)
        .onLine(14);
    assertThat(compilation.errors().stream()
            .map(error -> error.getMessage(null))
            .filter(message -> message.contains("[ThroughlineUnresolvedType]")))
        .hasSize(1);
  }

  @Test
  void reportsATypeThatNeverAppearsOnceInTheLastRound() {
    JavaFileObject doctor = source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        @Entity
        public class Doctor {
          @Id Long id;

          @Transient
          @HasManyThrough(through = Appointment.class)
          List<Ghost> patients;
        }
        """);
    Compilation compilation = compileWith(
        List.of(new HasManyThroughProcessor(), new LateEntityProcessor("p.Unrelated", "package p;\n\nclass Unrelated {}\n")),
        List.of(),
        doctor, Clinic.APPOINTMENT);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineUnresolvedType] relation 'Doctor.patients' refers to Ghost, which could"
            + " not be found, even after all annotation processing")
        .inFile(doctor)
        .onLine(13);
    assertThat(compilation.errors().stream()
            .map(error -> error.getMessage(null))
            .filter(message -> message.contains("[ThroughlineUnresolvedType]")))
        .hasSize(1);
  }

  @Test
  void everyBrokenRelationIsReportedAndTheValidOneStillGenerates() {
    JavaFileObject nurse = source("p.Nurse", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        @Entity
        public class Nurse {
          @Id Long id;

          @Transient
          @HasManyThrough(through = Appointment.class, throughKeyFrom = "nurseRef")
          List<Patient> patients;

          @HasManyThrough(through = Appointment.class, throughKeyFrom = "doctorId")
          List<Patient> sameAsDoctors;

          @Transient
          @HasManyThrough(through = Appointment.class, throughKeyFrom = "doctorId")
          List<Patient> validToo;
        }
        """);
    RecordingFiler[] filer = new RecordingFiler[1];
    EnvironmentWrappingProcessor recorded = new EnvironmentWrappingProcessor(
        new HasManyThroughProcessor(), delegate -> filer[0] = new RecordingFiler(delegate));
    Compilation compilation = compileWith(
        List.of(recorded), List.of(), Clinic.DOCTOR, nurse, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineUnknownKey] throughKeyFrom 'nurseRef' is not an attribute of Appointment")
        .inFile(nurse)
        .onLine(12);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineNotTransient] relation field 'sameAsDoctors'")
        .inFile(nurse)
        .onLine(16);
    // compile-testing hides generated files of failed compilations; the filer saw them written
    assertThat(filer[0].created)
        .extracting(RecordingFiler.Created::name)
        .containsExactlyInAnyOrder("p.DoctorPatients", "p.NurseValidToo", "p.DoctorRelations", "p.NurseRelations");
  }

  @Test
  void anUnexpectedFailureIsReportedOnTheRelationNotThrownIntoJavac() {
    HasManyThroughProcessor processor = new HasManyThroughProcessor();
    EnvironmentWrappingProcessor failing = new EnvironmentWrappingProcessor(processor, filer -> FailingFiler.unexpectedly());
    Compilation compilation = compileWith(List.of(failing), List.of(), Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineInternalError] the Throughline processor failed unexpectedly; this is a"
            + " bug: please report it")
        .inFile(Clinic.DOCTOR)
        .onLine(14);
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: simulated failure creating p.DoctorPatients");
    assertThat(compilation).hadErrorContaining("at dev.throughline.processor.");
  }

  @Test
  void aFileTheFilerRefusesIsAnErrorOnTheRelation() {
    EnvironmentWrappingProcessor refused =
        new EnvironmentWrappingProcessor(new HasManyThroughProcessor(), filer -> FailingFiler.refusing());
    Compilation compilation = compileWith(List.of(refused), List.of(), Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineWriteFailed] could not write the generated class p.DoctorPatients:"
            + " simulated refusal to create p.DoctorPatients")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineWriteFailed] could not write the generated class p.DoctorRelations:"
            + " simulated refusal to create p.DoctorRelations")
        .inFile(Clinic.DOCTOR)
        .onLine(8);
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
    Compilation compilation = compileWith(List.of(watched), List.of(), Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).succeeded();
    assertThat(watched.returned).isNotEmpty().containsOnly(false);
  }
}
