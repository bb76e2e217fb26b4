package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.DiagnosticAssertions.assertOnlyError;
import static dev.throughline.processor.ProcessorRun.compile;
import static dev.throughline.processor.ProcessorRun.compileWith;
import static dev.throughline.processor.ProcessorRun.source;
import static dev.throughline.processor.SourceFile.entity;

import com.google.testing.compile.Compilation;
import java.util.List;
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
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.DoctorConfidentialPatients");
    assertThat(compilation).generatedSourceFile("p.DoctorRelations").contentsAsUtf8String()
        .contains("private static final List<String> NAMES = List.of(\"patients\");");
    assertThat(compilation).generatedSourceFile("p.DoctorRelations").contentsAsUtf8String()
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
    LateEntityProcessor lateAppointment = new LateEntityProcessor("p.Appointment", Clinic.appointment().text());
    Compilation compilation = compileWith(
        List.of(new HasManyThroughProcessor(), lateAppointment), List.of(), doctor, ward, shift, Clinic.PATIENT);
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
