package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.ProcessorRun.compile;
import static dev.throughline.processor.ProcessorRun.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors about the three entities: not entities, without ids, out of reach of the accessor. */
class EntityDiagnosticsTest {

  @Test
  void throughNotAnEntity() {
    JavaFileObject doctor = source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        @Entity
        public class Doctor {
          @Id Long id;

          @Transient
          @HasManyThrough(
              through = String.class)
          List<Patient> patients;
        }
        """);
    Compilation compilation = compile(doctor, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineThroughNotEntity] through = String.class is not an @Entity; name the"
            + " JPA @Entity whose rows link Doctor to Patient")
        .inFile(doctor)
        .onLine(13);
  }

  @Test
  void sourceWithoutId() {
    JavaFileObject doctor = source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        @Entity
        public class Doctor {
          Long id;

          @Transient
          @HasManyThrough(through = Appointment.class)
          List<Patient> patients;
        }
        """);
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineNoId] Doctor has no @Id or @EmbeddedId attribute, nor do its"
            + " @MappedSuperclass and @Entity superclasses; give it an @Id, or name the attribute that through"
            + " rows reference with keyFrom = \"...\"")
        .inFile(doctor)
        .onLine(12);
  }

  @Test
  void throughWithoutId() {
    JavaFileObject appointment = source("p.Appointment", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public class Appointment {
          Long doctorId;
          Long patientId;
        }
        """);
    Compilation compilation = compile(Clinic.DOCTOR, appointment, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineNoId] Appointment has no @Id or @EmbeddedId attribute, nor do its"
            + " @MappedSuperclass and @Entity superclasses; a through entity needs an @Id attribute: give it one")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void targetWithCompositeId() {
    JavaFileObject patient = source("p.Patient", """
        package p;

        import jakarta.persistence.*;
        import java.io.Serializable;

        @Entity
        @IdClass(Patient.Key.class)
        public class Patient {
          @Id Long ward;
          @Id Long bed;

          public record Key(Long ward, Long bed) implements Serializable {}
        }
        """);
    Compilation compilation = compile(Clinic.DOCTOR, Clinic.APPOINTMENT, patient);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineCompositeId] Patient has several @Id attributes (ward, bed), so keyTo"
            + " cannot default to its id; name the attribute that through rows reference with keyTo = \"...\"")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void throughPrivateNestedClass() {
    JavaFileObject doctor = source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        @Entity
        public class Doctor {
          @Id Long id;

          @Transient
          @HasManyThrough(through = Visit.class)
          List<Patient> patients;

          @Entity
          private static class Visit {
            @Id Long id;
            Long doctorId;
            Long patientId;
          }
        }
        """);
    Compilation compilation = compile(doctor, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineInaccessibleType] p.Doctor.Visit is not accessible from package p,"
            + " where the accessor DoctorPatients is generated; make it (and any class enclosing it) public")
        .inFile(doctor)
        .onLine(12);
  }

  @Test
  void throughWithoutNoArgumentConstructor() {
    JavaFileObject appointment = source("p.Appointment", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public class Appointment {
          @Id Long id;
          Long doctorId;
          Long patientId;

          public Appointment(Long doctorId, Long patientId) {
            this.doctorId = doctorId;
            this.patientId = patientId;
          }
        }
        """);
    Compilation compilation = compile(Clinic.DOCTOR, appointment, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineThroughNotInstantiable] Appointment cannot be instantiated by the"
            + " accessor generated in package p: it has no no-argument constructor; give it a public"
            + " no-argument constructor (JPA requires one too)")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void throughWithProtectedConstructorInAnotherPackage() {
    JavaFileObject appointment = source("q.Appointment", """
        package q;

        import jakarta.persistence.*;

        @Entity
        public class Appointment {
          @Id public Long id;
          public Long doctorId;
          public Long patientId;

          protected Appointment() {}
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
          @Id Long id;

          @Transient
          @HasManyThrough(through = Appointment.class)
          List<Patient> patients;
        }
        """);
    Compilation compilation = compile(doctor, appointment, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineThroughNotInstantiable] Appointment cannot be instantiated by the"
            + " accessor generated in package p: its no-argument constructor is protected in package q")
        .inFile(doctor)
        .onLine(13);
  }

  @Test
  void abstractThrough() {
    JavaFileObject appointment = source("p.Appointment", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public abstract class Appointment {
          @Id Long id;
          Long doctorId;
          Long patientId;
        }
        """);
    Compilation compilation = compile(Clinic.DOCTOR, appointment, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineThroughNotInstantiable] Appointment cannot be instantiated by the"
            + " accessor generated in package p: it is abstract")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void keyTypeOutOfReach() {
    JavaFileObject patient = source("q.Patient", """
        package q;

        import jakarta.persistence.*;

        @Entity
        public class Patient {
          @EmbeddedId public PatientKey key;
        }

        @Embeddable
        class PatientKey {
          String ward;
          String bed;
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
          @HasManyThrough(through = Appointment.class, throughKeyTo = "patient")
          List<Patient> patients;
        }
        """);
    JavaFileObject appointment = source("p.Appointment", """
        package p;

        import jakarta.persistence.*;
        import q.Patient;

        @Entity
        public class Appointment {
          @Id Long id;
          Long doctorId;
          @ManyToOne Patient patient;
        }
        """);
    Compilation compilation = compile(doctor, appointment, patient);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineInaccessibleType] q.PatientKey is not accessible from package p, where"
            + " the accessor DoctorPatients is generated")
        .inFile(doctor)
        .onLine(13);
  }
}
