package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.ProcessorRun.generatedSource;
import static dev.throughline.processor.ProcessorRun.source;
import static dev.throughline.processor.SourceFile.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Model shapes that must compile without warnings, generated accessor included, and what each
 * makes the accessor bind.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
class ShapesTest {

  @Parameter TestCompiler compiler;

  @Test
  void idsOnGettersMeanPropertyAccess() {
    String accessor = compiler.generated("p.DoctorPatients",
        entity("p.Doctor", """
            private Long id;
            @Transient
            @HasManyThrough(through = Appointment.class)
            private List<Patient> patients;

            @Id @GeneratedValue public Long getId() { return id; }
            public void setId(Long id) { this.id = id; }
            @Transient public List<Patient> getPatients() { return patients; }
            public void setPatients(List<Patient> patients) { this.patients = patients; }
            """).file(),
        entity("p.Appointment", """
            private Long key;
            private Long doctor;
            private Long patient;

            @Id public Long getId() { return key; }
            public void setId(Long id) { this.key = id; }
            public Long getDoctorId() { return doctor; }
            public void setDoctorId(Long doctorId) { this.doctor = doctorId; }
            public Long getPatientId() { return patient; }
            public void setPatientId(Long patientId) { this.patient = patientId; }
            """).file(),
        entity("p.Patient", """
            private long pid;

            @Id public long getPid() { return pid; }
            public void setPid(long pid) { this.pid = pid; }
            """).file());
    assertThat(accessor)
        .contains(".source(Doctor.class, \"Doctor\", Relation.idKey(\"id\"), Doctor::getId)")
        .contains(".target(Patient.class, \"Patient\", Relation.idKey(\"pid\"), Patient::getPid)")
        .contains(".through(Appointment.class, \"Appointment\", \"id\", Appointment::new)")
        .contains(".throughKeyFromValue(\"doctorId\", (row, key) -> row.setDoctorId(key))")
        .contains(".throughKeyToValue(\"patientId\", (row, key) -> row.setPatientId(key))")
        .contains(".relationField((source, targets) -> source.setPatients(targets))");
  }

  @Test
  void idInheritedFromAGenericMappedSuperclass() {
    JavaFileObject base = entity("p.BaseEntity", """
        @Id @GeneratedValue I id;

        public I getId() { return id; }
        """)
        .replace("@Entity\npublic class BaseEntity", "@MappedSuperclass\npublic abstract class BaseEntity<I>")
        .file();
    String accessor = compiler.generated("p.DoctorPatients", base,
        Clinic.doctor().without("@Id Long id;").replace("Doctor {", "Doctor extends BaseEntity<Long> {").file(),
        Clinic.appointment().without("@Id Long id;").replace("Appointment {", "Appointment extends BaseEntity<Long> {")
            .file(),
        entity("p.Patient", "").replace("class Patient", "class Patient extends BaseEntity<Long>").file());
    assertThat(accessor)
        .contains("Relation<Doctor, Long, Patient, Long, Appointment> RELATION;")
        .contains(".source(Doctor.class, \"Doctor\", Relation.idKey(\"id\"), Doctor::getId)")
        .contains(".through(Appointment.class, \"Appointment\", \"id\", Appointment::new)");
  }

  @Test
  void idInheritedFromAnEntitySuperclass() {
    String accessor = compiler.generated("p.DoctorPatients",
        entity("p.Person", "@Id Long id;").replace("@Entity", "@Entity\n@Inheritance").file(),
        Clinic.doctor().without("@Id Long id;").replace("class Doctor", "class Doctor extends Person").file(),
        Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(accessor).contains(".source(Doctor.class, \"Doctor\", Relation.idKey(\"id\"), source -> source.id)");
  }

  @Test
  void entityNamesFromTheEntityAnnotation() {
    String accessor = compiler.generated("p.DoctorPatients",
        Clinic.doctor().replace("@Entity", "@Entity(name = \"Doc\")").file(),
        Clinic.appointment().replace("@Entity", "@Entity(name = \"Visit\")").file(),
        Clinic.PATIENT);
    assertThat(accessor)
        .contains(".source(Doctor.class, \"Doc\", Relation.idKey(\"id\"), source -> source.id)")
        .contains(".through(Appointment.class, \"Visit\", \"id\", Appointment::new)");
  }

  @Test
  void nestedEntityClasses() {
    String accessor = compiler.generated("p.DoctorPatients", source("p.Hospital", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        public class Hospital {
          @Entity
          public static class Doctor {
            @Id Long id;

            @Transient
            @HasManyThrough(through = Appointment.class)
            List<Patient> patients;
          }

          @Entity
          public static class Appointment {
            @Id Long id;
            Long doctorId;
            Long patientId;
          }

          @Entity
          public static class Patient {
            @Id Long id;
          }
        }
        """));
    assertThat(accessor)
        .contains("public final class DoctorPatients extends RelationAccessor<Hospital.Doctor, Long, Hospital.Patient, Long, Hospital.Appointment> {")
        .contains("Relation<Hospital.Doctor, Long, Hospital.Patient, Long, Hospital.Appointment>")
        .contains(".source(Hospital.Doctor.class, \"Doctor\", Relation.idKey(\"id\"), source -> source.id)")
        .contains(".through(Hospital.Appointment.class, \"Appointment\", \"id\", Hospital.Appointment::new)")
        .contains("public static DoctorPatients of(EntityManager em, Hospital.Doctor source)");
  }

  @Test
  void manyToOneThroughKeys() {
    String accessor = compiler.generated("p.DoctorPatients", Clinic.DOCTOR, Clinic.PATIENT,
        Clinic.appointment("@ManyToOne Doctor doctor;", "@ManyToOne(fetch = FetchType.LAZY) Patient patient;").file());
    assertThat(accessor)
        .contains(".throughKeyFromAssociation(\"doctor\", (row, source) -> row.doctor = source)")
        .contains(".throughKeyToAssociation(\"patient\", (row, target) -> row.patient = target)");
  }

  @Test
  void explicitThroughKeysBothWays() {
    String accessor = compiler.generated("p.DoctorPatients", Clinic.PATIENT,
        Clinic.doctor().replace("through = Appointment.class",
            "through = Appointment.class, throughKeyFrom = \"physicianId\", throughKeyTo = \"clientId\"").file(),
        Clinic.appointment("Long physicianId;", "long clientId;").file());
    assertThat(accessor)
        .contains(".throughKeyFromValue(\"physicianId\", (row, key) -> row.physicianId = key)")
        .contains(".throughKeyToValue(\"clientId\", (row, key) -> row.clientId = key)");
  }

  @Test
  void selfRelationBothWays() {
    Compilation compilation = compiler.compile(SelfRelation.USER, SelfRelation.FOLLOW);
    assertThat(generatedSource(compilation, "p.UserFollowers"))
        .contains(".throughKeyFromAssociation(\"followee\", (row, source) -> row.setFollowee(source))");
    assertThat(generatedSource(compilation, "p.UserFollowing"))
        .contains(".throughKeyFromAssociation(\"follower\", (row, source) -> row.setFollower(source))");
  }

  @Test
  void keysThatAreNotIds() {
    String accessor = compiler.generated("p.StoreProducts",
        entity("p.Store", """
            @Id Long id;
            String code;

            @Transient
            @HasManyThrough(through = StoreProduct.class, keyFrom = "code", keyTo = "sku",
                throughKeyFrom = "storeCode", throughKeyTo = "productSku")
            List<Product> products;
            """).file(),
        entity("p.Product", "@Id Long id;\nString sku;").file(),
        entity("p.StoreProduct", "@Id Long id;\nString storeCode;\nString productSku;").file());
    assertThat(accessor)
        .contains("Relation<Store, String, Product, String, StoreProduct> RELATION;")
        .contains(".source(Store.class, \"Store\", Relation.uniqueKey(\"code\"), source -> source.code)")
        .contains(".target(Product.class, \"Product\", Relation.uniqueKey(\"sku\"), target -> target.sku)")
        .contains("public static StoreProducts of(EntityManager em, String sourceKey)")
        .contains("public final class StoreProducts extends RelationAccessor<Store, String, Product, String, StoreProduct> {");
  }

  @Test
  void uuidKeys() {
    String accessor = compiler.generated("p.DoctorPatients",
        Clinic.doctor().replace("@Id Long id;", "@Id UUID id;").file(),
        Clinic.appointment("UUID doctorId;", "UUID patientId;").replace("@Id Long id;", "@Id UUID id;").file(),
        entity("p.Patient", "@Id UUID id;").file());
    assertThat(accessor)
        .contains("import java.util.UUID;")
        .contains("Relation<Doctor, UUID, Patient, UUID, Appointment> RELATION;")
        .contains("public static Map<UUID, List<Patient>> include(");
  }

  @Test
  void primitiveLongIdsAreBoxedKeys() {
    String accessor = compiler.generated("p.DoctorPatients",
        Clinic.doctor().replace("@Id Long id;", "@Id long id;").file(),
        Clinic.appointment("Long doctorId;", "long patientId;").replace("@Id Long id;", "@Id long id;").file(),
        entity("p.Patient", "@Id long id;").file());
    assertThat(accessor)
        .contains("Relation<Doctor, Long, Patient, Long, Appointment> RELATION;")
        .contains("extends RelationAccessor<Doctor, Long, Patient, Long, Appointment> {")
        .contains("public static DoctorPatients of(EntityManager em, Long sourceKey)");
  }

  @Test
  void setAndCollectionFields() {
    Compilation compilation = compiler.compile(Clinic.APPOINTMENT, Clinic.PATIENT, Clinic.doctor()
        .replace("List<Patient> patients;", "Set<Patient> patients;")
        .adding("""

            @Transient
            @HasManyThrough(through = Appointment.class)
            Collection<Patient> allPatients;
            """)
        .file());
    assertThat(generatedSource(compilation, "p.DoctorPatients"))
        .contains(".relationField((source, targets) -> source.patients = new LinkedHashSet<>(targets))");
    assertThat(generatedSource(compilation, "p.DoctorAllPatients"))
        .contains(".relationField((source, targets) -> source.allPatients = targets)");
  }

  @Test
  void entitiesInOtherPackages() {
    String accessor = compiler.generated("p.DoctorPatients",
        Clinic.doctor().importing("q.Appointment", "r.Patient").file(),
        entity("q.Appointment", """
            @Id Long id;
            public Long doctorId;
            private Long patientId;

            public void setPatientId(Long patientId) { this.patientId = patientId; }
            """).file(),
        entity("r.Patient", """
            @Id protected Long id;

            public Long getId() { return id; }
            """).file());
    assertThat(accessor)
        .contains("import q.Appointment;")
        .contains("import r.Patient;")
        .contains(".target(Patient.class, \"Patient\", Relation.idKey(\"id\"), Patient::getId)")
        .contains(".throughKeyFromValue(\"doctorId\", (row, key) -> row.doctorId = key)")
        .contains(".throughKeyToValue(\"patientId\", (row, key) -> row.setPatientId(key))");
  }

  @Test
  void embeddedIdAsKey() {
    String accessor = compiler.generated("p.DoctorPatients",
        source("p.DoctorKey", """
            package p;

            import jakarta.persistence.Embeddable;

            @Embeddable
            public record DoctorKey(String country, String licence) {}
            """),
        Clinic.doctor()
            .replace("@Id Long id;", "@EmbeddedId DoctorKey key;")
            .replace("through = Appointment.class", "through = Appointment.class, throughKeyFrom = \"doctor\"")
            .file(),
        Clinic.appointment("@Embedded DoctorKey doctor;", "Long patientId;").file(),
        Clinic.PATIENT);
    assertThat(accessor)
        .contains("Relation<Doctor, DoctorKey, Patient, Long, Appointment> RELATION;")
        .contains(".source(Doctor.class, \"Doctor\", Relation.idKey(\"key\"), source -> source.key)");
  }

  @Test
  void throughEntityWithAnIdClassOrdersByItsFirstIdAttribute() {
    JavaFileObject appointment = Clinic.withIdClass("p.Appointment", "doctorId", "patientId");
    String accessor = compiler.generated("p.DoctorPatients", Clinic.DOCTOR, Clinic.PATIENT, appointment);
    assertThat(accessor).contains(".through(Appointment.class, \"Appointment\", \"doctorId\", Appointment::new)");
  }

  @Test
  void embeddedIdThroughRowsGetAnEmptyIdForMapsIdToFill() {
    String accessor = compiler.generated("school.PupilClassrooms", GoldenModels.SCHOOL.toArray(JavaFileObject[]::new));
    assertThat(accessor)
        .contains(".through(Enrollment.class, \"Enrollment\", \"id\", PupilClassrooms::newThroughRow)")
        .contains(".throughKeyFromAssociation(\"pupil\", (row, source) -> row.pupil = source)")
        .contains(".throughKeyToAssociation(\"classroom\", (row, target) -> row.classroom = target)")
        .contains("""
              private static Enrollment newThroughRow() {
                Enrollment row = new Enrollment();
                if (row.getId() == null) {
                  row.id = new EnrollmentId();
                }
                return row;
              }
            """);
  }

  @Test
  void embeddedIdBehindASetterAndNestedInTheThroughEntity() {
    JavaFileObject appointment = Clinic.appointmentWithEmbeddedId("private Key key;").adding("""

        public void setKey(Key key) { this.key = key; }

        @Embeddable
        public static class Key implements java.io.Serializable {
          private static final long serialVersionUID = 1L;
          Long doctorId;
          Long patientId;
        }
        """).file();
    assertThat(compiler.generated("p.DoctorPatients", Clinic.DOCTOR, Clinic.PATIENT, appointment))
        .contains(".through(Appointment.class, \"Appointment\", \"key\", DoctorPatients::newThroughRow)")
        .contains("""
              private static Appointment newThroughRow() {
                Appointment row = new Appointment();
                row.setKey(new Appointment.Key());
                return row;
              }
            """);
  }

  @Test
  void settersArePreferredToVisibleFieldsSoThatHibernateProxiesAreWrittenThrough() {
    String accessor = compiler.generated("p.DoctorPatients", Clinic.PATIENT,
        Clinic.doctor().replace("List<Patient> patients;", "Set<Patient> patients;").adding("""

            public void setPatients(Set<Patient> patients) { this.patients = patients; }
            """).file(),
        Clinic.appointment("Long doctorId;", "@ManyToOne Patient patient;").adding("""

            public void setDoctorId(long doctorId) { this.doctorId = doctorId; }
            public void setPatient(Patient patient) { this.patient = patient; }
            """).file());
    assertThat(accessor)
        .contains(".throughKeyFromValue(\"doctorId\", (row, key) -> row.setDoctorId(key))")
        .contains(".throughKeyToAssociation(\"patient\", (row, target) -> row.setPatient(target))")
        .contains(".relationField((source, targets) -> source.setPatients(new LinkedHashSet<>(targets)))");
  }

  @Test
  void aSetterOfAnotherTypeLeavesTheFieldInUse() {
    JavaFileObject doctor = Clinic.doctor().adding("""

        public void setPatients(Collection<Patient> patients) { this.patients = List.copyOf(patients); }
        """).file();
    assertThat(compiler.generated("p.DoctorPatients", Clinic.APPOINTMENT, Clinic.PATIENT, doctor))
        .contains(".relationField((source, targets) -> source.patients = targets)");
  }
}
