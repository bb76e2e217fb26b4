package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.ProcessorRun.compile;
import static dev.throughline.processor.ProcessorRun.compileWith;
import static dev.throughline.processor.ProcessorRun.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each source entity's registry of relations by name ({@code DoctorRelations}). */
class RegistryTest {

  @Test
  void relationsDeclaredNotIncludableByNameAreLeftOut() {
    Compilation compilation = compile(Clinic.APPOINTMENT, Clinic.PATIENT, source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        @Entity
        public class Doctor {
          @Id Long id;

          @Transient
          @HasManyThrough(through = Appointment.class)
          List<Patient> patients;

          @Transient
          @HasManyThrough(through = Appointment.class, includeByName = false)
          List<Patient> confidentialPatients;
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.DoctorConfidentialPatients");
    assertThat(compilation).generatedSourceFile("p.DoctorRelations").contentsAsUtf8String()
        .contains("private static final List<String> NAMES = List.of(\"patients\");");
    assertThat(compilation).generatedSourceFile("p.DoctorRelations").contentsAsUtf8String()
        .doesNotContain("DoctorConfidentialPatients");
  }

  @Test
  void waitsForEveryRelationOfTheSourceBeforeWritingTheRegistry() {
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
          List<Patient> patients;

          @Transient
          @HasManyThrough(through = Shift.class)
          List<Ward> wards;
        }
        """);
    JavaFileObject ward = source("p.Ward", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public class Ward {
          @Id Long id;
        }
        """);
    JavaFileObject shift = source("p.Shift", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public class Shift {
          @Id Long id;
          Long doctorId;
          Long wardId;
        }
        """);
    Compilation compilation = compileWith(
        List.of(new HasManyThroughProcessor(), new LateEntityProcessor("p.Appointment", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Appointment {
              @Id Long id;
              Long doctorId;
              Long patientId;
            }
            """)),
        List.of(),
        doctor, ward, shift, Clinic.PATIENT);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.DoctorRelations").contentsAsUtf8String()
        .contains("List.of(\"patients\", \"wards\")");
  }

  @Test
  void aClassOfTheRegistrysNameAlreadyExists() {
    JavaFileObject handWritten = source("p.DoctorRelations", """
        package p;

        public class DoctorRelations {}
        """);
    Compilation compilation = compile(Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT, handWritten);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineAccessorExists] the relation registry of p.Doctor would generate"
            + " p.DoctorRelations, but a class of that name already exists")
        .inFile(Clinic.DOCTOR)
        .onLine(8);
  }

  @Test
  void aRelationNamedRelationsTakesTheRegistrysName() {
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
          List<Patient> relations;
        }
        """);
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineDuplicateAccessor] the relation registry of p.Doctor would generate"
            + " p.DoctorRelations, which relation p.Doctor.relations generates too")
        .inFile(doctor)
        .onLine(8);
  }
}
