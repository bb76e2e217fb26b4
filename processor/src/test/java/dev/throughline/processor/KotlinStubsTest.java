package dev.throughline.processor;

import static dev.throughline.processor.DiagnosticAssertions.assertOnlyError;
import static dev.throughline.processor.SourceFile.entity;
import static org.assertj.core.api.Assertions.assertThat;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Java stubs kapt makes of Kotlin entities, which are what the processor sees of them: each property is a
 * private field with a getter, and a setter when it is a {@code var}; {@code @field:} puts annotations on the field;
 * nullable types are boxed; the setter of a read-only {@code List<Patient>} of an open class takes
 * {@code List<? extends Patient>}.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
class KotlinStubsTest {

  @Parameter TestCompiler compiler;

  /** {@code var doctorId: Long?} and the others, with the no-argument constructor of defaulted parameters. */
  private static final JavaFileObject APPOINTMENT = entity("p.Appointment", """
      @Id @GeneratedValue private Long id;
      private Long doctorId;
      private Long patientId;
      private String reason;

      public Appointment() {}
      public Long getId() { return id; }
      public void setId(Long id) { this.id = id; }
      public Long getDoctorId() { return doctorId; }
      public void setDoctorId(Long doctorId) { this.doctorId = doctorId; }
      public Long getPatientId() { return patientId; }
      public void setPatientId(Long patientId) { this.patientId = patientId; }
      public String getReason() { return reason; }
      public void setReason(String reason) { this.reason = reason; }
      """).file();

  private static final JavaFileObject PATIENT = entity("p.Patient", """
      @Id @GeneratedValue private Long pid;

      public Long getPid() { return pid; }
      public void setPid(Long pid) { this.pid = pid; }
      """).file();

  @Test
  void aMutableListPropertyIsFilledThroughItsSetter() {
    JavaFileObject doctor = doctorWith("""
        @Transient
        @HasManyThrough(through = Appointment.class)
        private List<Patient> patients;

        public List<Patient> getPatients() { return patients; }
        public void setPatients(List<Patient> patients) { this.patients = patients; }
        """);
    String accessor = compiler.generated("p.DoctorPatients", doctor, APPOINTMENT, PATIENT);
    assertThat(accessor)
        .contains("source.setPatients(")
        .contains("row.setDoctorId(")
        .contains("row.setPatientId(");
  }

  @Test
  void aReadOnlyListPropertyIsFilledThroughItsSetterOfWildcards() {
    JavaFileObject doctor = doctorWith("""
        @Transient
        @HasManyThrough(through = Appointment.class)
        private List<Patient> patients;

        public List<Patient> getPatients() { return patients; }
        public void setPatients(List<? extends Patient> patients) { this.patients = List.copyOf(patients); }
        """);
    assertThat(compiler.generated("p.DoctorPatients", doctor, APPOINTMENT, PATIENT))
        .contains("source.setPatients(");
  }

  @Test
  void aValPropertyIsReportedByItsName() {
    JavaFileObject doctor = doctorWith("""
        @Transient
        @HasManyThrough(through = Appointment.class)
        private final List<Patient> patients = new ArrayList<>();

        public List<Patient> getPatients() { return patients; }
        """);
    assertOnlyError(compiler.compile(doctor, APPOINTMENT, PATIENT), doctor, 16,
        "[ThroughlineRelationFieldNotWritable] relation field 'patients' is private and Doctor has no accessible"
            + " setter setPatients(List<Patient>)");
  }

  /** A Kotlin doctor: {@code id} as a private field with accessors, then these members from line 16. */
  private static JavaFileObject doctorWith(String members) {
    return entity("p.Doctor", """
        @Id @GeneratedValue private Long id;

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }

        """ + members).file();
  }
}
