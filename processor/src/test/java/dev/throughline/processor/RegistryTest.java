package dev.throughline.processor;

import static dev.throughline.processor.DiagnosticAssertions.assertOnlyError;
import static dev.throughline.processor.ProcessorRun.compile;
import static dev.throughline.processor.ProcessorRun.compileWithLate;
import static dev.throughline.processor.ProcessorRun.generatedSource;
import static dev.throughline.processor.ProcessorRun.source;
import static dev.throughline.processor.SourceFile.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each source entity's registry of relations by name ({@code DoctorRelations}). */
class RegistryTest {

  @Test
  void relationsDeclaredNotIncludableByNameAreLeftOut() {
    Compilation compilation = compile(Clinic.APPOINTMENT, Clinic.PATIENT, Clinic.doctor().adding("""

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
        compileWithLate("p.Appointment", Clinic.appointment().text(), doctor, ward, shift, Clinic.PATIENT);
    assertThat(generatedSource(compilation, "p.DoctorRelations")).contains("List.of(\"patients\", \"wards\")");
  }

  @Test
  void aClassOfTheRegistrysNameAlreadyExists() {
    JavaFileObject handWritten = source("p.DoctorRelations", """
        package p;

        public class DoctorRelations {}
        """);
    assertOnlyError(compile(Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT, handWritten), Clinic.DOCTOR, 8,
        "[ThroughlineAccessorExists] the relation registry of p.Doctor would generate"
            + " p.DoctorRelations, but a class of that name already exists");
  }

  @Test
  void aRelationNamedRelationsTakesTheRegistrysName() {
    JavaFileObject doctor = Clinic.doctor().replace("List<Patient> patients;", "List<Patient> relations;").file();
    assertOnlyError(compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 8,
        "[ThroughlineDuplicateAccessor] the relation registry of p.Doctor would generate"
            + " p.DoctorRelations, which relation p.Doctor.relations generates too");
  }
}
