package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.ProcessorRun.compile;
import static dev.throughline.processor.ProcessorRun.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors about keys the generated accessor cannot reach from its package. */
class KeyAccessDiagnosticsTest {

  @Test
  void privateKeyWithoutGetter() {
    JavaFileObject patient = source("p.Patient", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public class Patient {
          @Id private Long pid;
        }
        """);
    Compilation compilation = compile(Clinic.DOCTOR, Clinic.APPOINTMENT, patient);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineKeyNotReadable] keyTo 'pid' of Patient cannot be read by the accessor"
            + " generated in package p: the field is private, and it has no accessible getter; add a public"
            + " getter getPid() or make the field visible to that package")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void protectedKeyInAnotherPackageWithoutGetter() {
    JavaFileObject patient = source("q.Patient", """
        package q;

        import jakarta.persistence.*;

        @Entity
        public class Patient {
          @Id protected Long pid;
        }
        """);
    JavaFileObject doctor = source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;
        import q.Patient;

        @Entity
        public class Doctor {
          @Id Long id;

          @Transient
          @HasManyThrough(through = Appointment.class, keyTo = "pid")
          List<Patient> patients;
        }
        """);
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, patient);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineKeyNotReadable] keyTo 'pid' of Patient cannot be read by the accessor"
            + " generated in package p: the field is protected in package q, and it has no accessible getter")
        .inFile(doctor)
        .onLine(13);
  }

  @Test
  void privateThroughKeyWithoutSetter() {
    JavaFileObject appointment = source("p.Appointment", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public class Appointment {
          @Id Long id;
          private Long doctorId;
          Long patientId;

          public Long getDoctorId() {
            return doctorId;
          }
        }
        """);
    Compilation compilation = compile(Clinic.DOCTOR, appointment, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineThroughKeyNotWritable] throughKeyFrom 'doctorId' of Appointment cannot"
            + " be set by the accessor generated in package p: the field is private, and it has no accessible"
            + " setter; add a public setter setDoctorId(Long) or make the field visible to that package and not"
            + " final")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void finalThroughKeyWithoutSetter() {
    JavaFileObject doctor = KeyDiagnosticsTest.doctorNaming("throughKeyTo = \"patientId\"");
    JavaFileObject appointment = KeyDiagnosticsTest.appointment("Long doctorId;", "final Long patientId = 0L;");
    Compilation compilation = compile(doctor, appointment, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineThroughKeyNotWritable] throughKeyTo 'patientId' of Appointment cannot"
            + " be set by the accessor generated in package p: the field is final, and it has no accessible setter")
        .inFile(doctor)
        .onLine(16);
  }
}
