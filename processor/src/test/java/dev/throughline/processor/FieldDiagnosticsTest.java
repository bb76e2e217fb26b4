package dev.throughline.processor;

import static dev.throughline.processor.DiagnosticAssertions.assertOnlyError;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Errors about the annotated field itself: where it is declared, how, and what it holds. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
class FieldDiagnosticsTest {

  @Parameter TestCompiler compiler;

  @Test
  void fieldOutsideAnEntity() {
    JavaFileObject doctor = Clinic.doctor().without("@Entity").replace("@Id Long id;\n\n", "").file();
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 9,
        "[ThroughlineNotInEntity] @HasManyThrough field 'patients' is declared in Doctor, which is not an @Entity");
  }

  @Test
  void staticField() {
    JavaFileObject doctor = doctorWithField("static List<Patient> patients;");
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 13,
        "[ThroughlineStaticField] relation field 'patients' is static");
  }

  @Test
  void fieldNotTransient() {
    JavaFileObject doctor = Clinic.doctor().without("@Transient").file();
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 12,
        "[ThroughlineNotTransient] relation field 'patients' must be"
            + " @jakarta.persistence.Transient so that Hibernate does not map it; add @Transient to it");
  }

  @Test
  void rawList() {
    JavaFileObject doctor = doctorWithField("@SuppressWarnings(\"rawtypes\") List patients;");
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 13,
        "[ThroughlineFieldType] relation field 'patients' has type List; declare it as"
            + " List<T>, Set<T> or Collection<T> (java.util) with T the target @Entity, without wildcards");
  }

  @Test
  void wildcardList() {
    JavaFileObject doctor = doctorWithField("List<? extends Patient> patients;");
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 13,
        "[ThroughlineFieldType] relation field 'patients' has type List<? extends Patient>");
  }

  @Test
  void otherCollectionType() {
    JavaFileObject doctor = doctorWithField("ArrayList<Patient> patients;");
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 13,
        "[ThroughlineFieldType] relation field 'patients' has type ArrayList<Patient>");
  }

  @Test
  void targetNotAnEntity() {
    JavaFileObject doctor = doctorWithField("Set<String> patients;");
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 13,
        "[ThroughlineTargetNotEntity] the elements of relation field 'patients' are String, which is not an @Entity");
  }

  @Test
  void relationFieldPrivateWithoutSetter() {
    JavaFileObject doctor = doctorWithField("private List<Patient> patients;");
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 13,
        "[ThroughlineRelationFieldNotWritable] relation field 'patients' is private and"
            + " Doctor has no accessible setter setPatients(List<Patient>); make the field package-private and"
            + " not final, or add the setter, so that include() can fill it");
  }

  @Test
  void relationFieldFinalWithoutSetter() {
    JavaFileObject doctor = doctorWithField("final List<Patient> patients = new ArrayList<>();");
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 13,
        "[ThroughlineRelationFieldNotWritable] relation field 'patients' is final");
  }

  @Test
  void relationGetterNotTransientUnderPropertyAccess() {
    JavaFileObject doctor = Clinic.doctor()
        .replace("@Id Long id;\n\n", "private Long id;\n")
        .replace("List<Patient> patients;", "private List<Patient> patients;")
        .adding("""

            @Id public Long getId() { return id; }
            public void setId(Long id) { this.id = id; }
            public List<Patient> getPatients() { return patients; }
            public void setPatients(List<Patient> patients) { this.patients = patients; }
            """)
        .file();
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 16,
        "[ThroughlineGetterNotTransient] Doctor uses property access, so Hibernate would map"
            + " getPatients() of relation field 'patients'; add @Transient to the getter too");
  }

  /** Doctor with the relation field declared as given, on line 13. */
  private static JavaFileObject doctorWithField(String declaration) {
    return Clinic.doctor().replace("List<Patient> patients;", declaration).file();
  }
}
