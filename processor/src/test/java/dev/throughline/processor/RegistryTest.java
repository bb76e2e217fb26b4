package dev.throughline.processor;

import static dev.throughline.processor.DiagnosticAssertions.assertOnlyError;
import static dev.throughline.processor.ProcessorRun.generatedSource;
import static dev.throughline.processor.ProcessorRun.source;
import static dev.throughline.processor.SourceFile.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Each source entity's registry of relations by name ({@code DoctorRelations}). */
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
class RegistryTest {

  @Parameter TestCompiler compiler;

  @Test
  void relationsDeclaredNotIncludableByNameAreLeftOut() {
    Compilation compilation = compiler.compile(Clinic.APPOINTMENT, Clinic.PATIENT, Clinic.doctor().adding("""

        @Transient
        @HasManyThrough(through = Appointment.class, includeByName = false)
        List<Patient> confidentialPatients;
        """).file());
    generatedSource(compilation, "p.DoctorConfidentialPatients");
    assertThat(generatedSource(compilation, "p.DoctorRelations"))
        .contains("private static final List<String> NAMES = List.of(\"patients\");")
        .doesNotContain("DoctorConfidentialPatients");
  }

  @Test
  void waitsForEveryRelationOfTheSourceBeforeWritingTheRegistry() {
    JavaFileObject doctor = Clinic.doctor().adding("""

        @Transient
        @HasManyThrough(through = Shift.class)
        List<Ward> wards;
        """).file();
    JavaFileObject ward = entity("p.Ward", "@Id Long id;").file();
    JavaFileObject shift = entity("p.Shift", "@Id Long id;\nLong doctorId;\nLong wardId;").file();
    Compilation compilation =
        compiler.compileWithLate("p.Appointment", Clinic.appointment().text(), doctor, ward, shift, Clinic.PATIENT);
    if (compiler == TestCompiler.ECJ) {
      // Once a type that Doctor names is generated, ecj compiles the sources again with that round's files only,
      // dropping DoctorWards (and LateMarker) of round 1; the registry of round 3 shows it.
      assertThat(compilation.errors())
          .extracting(error -> error.getMessage(Locale.ROOT))
          .containsExactly("DoctorWards cannot be resolved");
      return;
    }
    assertThat(generatedSource(compilation, "p.DoctorRelations")).contains("List.of(\"patients\", \"wards\")");
  }

  @Test
  void aClassOfTheRegistrysNameAlreadyExists() {
    JavaFileObject handWritten = source("p.DoctorRelations", """
        package p;

        public class DoctorRelations {}
        """);
    assertOnlyError(compiler.compile(Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT, handWritten), Clinic.DOCTOR, 8,
        "[ThroughlineAccessorExists] the relation registry of p.Doctor would generate"
            + " p.DoctorRelations, but a class of that name already exists");
  }

  @Test
  void aRelationNamedRelationsTakesTheRegistrysName() {
    JavaFileObject doctor = Clinic.doctor().replace("List<Patient> patients;", "List<Patient> relations;").file();
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 8,
        "[ThroughlineDuplicateAccessor] the relation registry of p.Doctor would generate"
            + " p.DoctorRelations, which relation p.Doctor.relations generates too");
  }
}
