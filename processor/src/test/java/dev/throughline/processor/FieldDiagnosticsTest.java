package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.ProcessorRun.compile;
import static dev.throughline.processor.ProcessorRun.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors about the annotated field itself: where it is declared, how, and what it holds. */
class FieldDiagnosticsTest {

  @Test
  void fieldOutsideAnEntity() {
    JavaFileObject doctor = source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        public class Doctor {
          @Transient
          @HasManyThrough(through = Appointment.class)
          List<Patient> patients;
        }
        """);
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineNotInEntity] @HasManyThrough field 'patients' is declared in Doctor,"
            + " which is not an @Entity")
        .inFile(doctor)
        .onLine(9);
  }

  @Test
  void staticField() {
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
          static List<Patient> patients;
        }
        """);
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineStaticField] relation field 'patients' is static")
        .inFile(doctor)
        .onLine(13);
  }

  @Test
  void fieldNotTransient() {
    JavaFileObject doctor = source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        @Entity
        public class Doctor {
          @Id Long id;

          @HasManyThrough(through = Appointment.class)
          List<Patient> patients;
        }
        """);
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineNotTransient] relation field 'patients' must be"
            + " @jakarta.persistence.Transient so that Hibernate does not map it; add @Transient to it")
        .inFile(doctor)
        .onLine(12);
  }

  @Test
  void rawList() {
    JavaFileObject doctor = doctorWithField("@SuppressWarnings(\"rawtypes\") List patients;");
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineFieldType] relation field 'patients' has type List; declare it as"
            + " List<T>, Set<T> or Collection<T> (java.util) with T the target @Entity, without wildcards")
        .inFile(doctor)
        .onLine(13);
  }

  @Test
  void wildcardList() {
    JavaFileObject doctor = doctorWithField("List<? extends Patient> patients;");
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineFieldType] relation field 'patients' has type List<? extends Patient>")
        .inFile(doctor)
        .onLine(13);
  }

  @Test
  void otherCollectionType() {
    JavaFileObject doctor = doctorWithField("ArrayList<Patient> patients;");
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineFieldType] relation field 'patients' has type ArrayList<Patient>")
        .inFile(doctor)
        .onLine(13);
  }

  @Test
  void targetNotAnEntity() {
    JavaFileObject doctor = doctorWithField("Set<String> patients;");
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineTargetNotEntity] the elements of relation field 'patients' are String,"
            + " which is not an @Entity")
        .inFile(doctor)
        .onLine(13);
  }

  @Test
  void relationFieldPrivateWithoutSetter() {
    JavaFileObject doctor = doctorWithField("private List<Patient> patients;");
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineRelationFieldNotWritable] relation field 'patients' is private and"
            + " Doctor has no accessible setter setPatients(List<Patient>); make the field package-private and"
            + " not final, or add the setter, so that include() can fill it")
        .inFile(doctor)
        .onLine(13);
  }

  @Test
  void relationFieldFinalWithoutSetter() {
    JavaFileObject doctor = doctorWithField("final List<Patient> patients = new ArrayList<>();");
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineRelationFieldNotWritable] relation field 'patients' is final")
        .inFile(doctor)
        .onLine(13);
  }

  @Test
  void relationGetterNotTransientUnderPropertyAccess() {
    JavaFileObject doctor = source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        @Entity
        public class Doctor {
          private Long id;
          @Transient
          @HasManyThrough(through = Appointment.class)
          private List<Patient> patients;

          @Id public Long getId() { return id; }
          public void setId(Long id) { this.id = id; }
          public List<Patient> getPatients() { return patients; }
          public void setPatients(List<Patient> patients) { this.patients = patients; }
        }
        """);
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineGetterNotTransient] Doctor uses property access, so Hibernate would map"
            + " getPatients() of relation field 'patients'; add @Transient to the getter too")
        .inFile(doctor)
        .onLine(16);
  }

  /** Doctor with the relation field declared as given, on line 13. */
  private static JavaFileObject doctorWithField(String declaration) {
    return source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.*;

        @Entity
        public class Doctor {
          @Id Long id;

          @Transient
          @HasManyThrough(through = Appointment.class)
          %s
        }
        """.formatted(declaration));
  }
}
