package dev.throughline.processor;

import static dev.throughline.processor.DiagnosticAssertions.assertOnlyError;
import static dev.throughline.processor.SourceFile.entity;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Errors about keys the generated accessor cannot reach from its package. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
class KeyAccessDiagnosticsTest {

  @Parameter TestCompiler compiler;

  @Test
  void privateKeyWithoutGetter() {
    JavaFileObject patient = entity("p.Patient", "@Id private Long pid;").file();
    assertOnlyError(compiler.compile(Clinic.DOCTOR, Clinic.APPOINTMENT, patient), Clinic.DOCTOR, 13,
        "[ThroughlineKeyNotReadable] keyTo 'pid' of Patient cannot be read by the accessor"
            + " generated in package p: the field is private, and it has no accessible getter; add a public"
            + " getter getPid() or make the field visible to that package");
  }

  @Test
  void protectedKeyInAnotherPackageWithoutGetter() {
    JavaFileObject patient = entity("q.Patient", "@Id protected Long pid;").file();
    JavaFileObject doctor = Clinic.doctor()
        .importing("q.Patient")
        .replace("through = Appointment.class", "through = Appointment.class, keyTo = \"pid\"")
        .file();
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, patient), doctor, 13,
        "[ThroughlineKeyNotReadable] keyTo 'pid' of Patient cannot be read by the accessor"
            + " generated in package p: the field is protected in package q, and it has no accessible getter");
  }

  @Test
  void privateThroughKeyWithoutSetter() {
    JavaFileObject appointment = Clinic.appointment("private Long doctorId;", "Long patientId;")
        .adding("""

            public Long getDoctorId() {
              return doctorId;
            }
            """)
        .file();
    assertOnlyError(compiler.compile(Clinic.DOCTOR, appointment, Clinic.PATIENT), Clinic.DOCTOR, 13,
        "[ThroughlineThroughKeyNotWritable] throughKeyFrom 'doctorId' of Appointment cannot"
            + " be set by the accessor generated in package p: the field is private, and it has no accessible"
            + " setter; add a public setter setDoctorId(Long) or make the field visible to that package and not"
            + " final");
  }

  @Test
  void finalThroughKeyWithoutSetter() {
    JavaFileObject doctor = Clinic.doctorNaming("throughKeyTo = \"patientId\"");
    JavaFileObject appointment = Clinic.appointment("Long doctorId;", "final Long patientId = 0L;").file();
    assertOnlyError(compiler.compile(doctor, appointment, Clinic.PATIENT), doctor, 16,
        "[ThroughlineThroughKeyNotWritable] throughKeyTo 'patientId' of Appointment cannot"
            + " be set by the accessor generated in package p: the field is final, and it has no accessible setter");
  }
}
