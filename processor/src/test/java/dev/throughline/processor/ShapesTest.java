package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.ProcessorRun.compile;
import static dev.throughline.processor.ProcessorRun.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Model shapes that must compile without warnings, generated accessor included, and what each
 * makes the accessor bind.
 */
class ShapesTest {

  @Test
  void idsOnGettersMeanPropertyAccess() {
    String accessor = generated("p.DoctorPatients",
        source("p.Doctor", """
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

              @Id @GeneratedValue public Long getId() { return id; }
              public void setId(Long id) { this.id = id; }
              @Transient public List<Patient> getPatients() { return patients; }
              public void setPatients(List<Patient> patients) { this.patients = patients; }
            }
            """),
        source("p.Appointment", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Appointment {
              private Long key;
              private Long doctor;
              private Long patient;

              @Id public Long getId() { return key; }
              public void setId(Long id) { this.key = id; }
              public Long getDoctorId() { return doctor; }
              public void setDoctorId(Long doctorId) { this.doctor = doctorId; }
              public Long getPatientId() { return patient; }
              public void setPatientId(Long patientId) { this.patient = patientId; }
            }
            """),
        source("p.Patient", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Patient {
              private long pid;

              @Id public long getPid() { return pid; }
              public void setPid(long pid) { this.pid = pid; }
            }
            """));
    assertThat(accessor)
        .contains(".sourceById(Doctor.class, \"Doctor\", \"id\", Doctor::getId)")
        .contains(".targetById(Patient.class, \"Patient\", \"pid\", Patient::getPid)")
        .contains(".through(Appointment.class, \"Appointment\", \"id\", Appointment::new)")
        .contains(".throughKeyFromValue(\"doctorId\", (row, key) -> row.setDoctorId(key))")
        .contains(".throughKeyToValue(\"patientId\", (row, key) -> row.setPatientId(key))")
        .contains(".relationField((source, targets) -> source.setPatients(targets))");
  }

  @Test
  void idInheritedFromAGenericMappedSuperclass() {
    JavaFileObject base = source("p.BaseEntity", """
        package p;

        import jakarta.persistence.*;

        @MappedSuperclass
        public abstract class BaseEntity<I> {
          @Id @GeneratedValue I id;

          public I getId() { return id; }
        }
        """);
    String accessor = generated("p.DoctorPatients", base,
        source("p.Doctor", """
            package p;

            import dev.throughline.HasManyThrough;
            import jakarta.persistence.*;
            import java.util.List;

            @Entity
            public class Doctor extends BaseEntity<Long> {
              @Transient
              @HasManyThrough(through = Appointment.class)
              List<Patient> patients;
            }
            """),
        source("p.Appointment", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Appointment extends BaseEntity<Long> {
              Long doctorId;
              Long patientId;
            }
            """),
        source("p.Patient", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Patient extends BaseEntity<Long> {}
            """));
    assertThat(accessor)
        .contains("Relation<Doctor, Long, Patient, Long, Appointment> RELATION;")
        .contains(".sourceById(Doctor.class, \"Doctor\", \"id\", Doctor::getId)")
        .contains(".through(Appointment.class, \"Appointment\", \"id\", Appointment::new)");
  }

  @Test
  void idInheritedFromAnEntitySuperclass() {
    String accessor = generated("p.DoctorPatients",
        source("p.Person", """
            package p;

            import jakarta.persistence.*;

            @Entity
            @Inheritance
            public class Person {
              @Id Long id;
            }
            """),
        source("p.Doctor", """
            package p;

            import dev.throughline.HasManyThrough;
            import jakarta.persistence.*;
            import java.util.List;

            @Entity
            public class Doctor extends Person {
              @Transient
              @HasManyThrough(through = Appointment.class)
              List<Patient> patients;
            }
            """),
        Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(accessor).contains(".sourceById(Doctor.class, \"Doctor\", \"id\", source -> source.id)");
  }

  @Test
  void entityNamesFromTheEntityAnnotation() {
    String accessor = generated("p.DoctorPatients",
        source("p.Doctor", """
            package p;

            import dev.throughline.HasManyThrough;
            import jakarta.persistence.*;
            import java.util.List;

            @Entity(name = "Doc")
            public class Doctor {
              @Id Long id;

              @Transient
              @HasManyThrough(through = Appointment.class)
              List<Patient> patients;
            }
            """),
        source("p.Appointment", """
            package p;

            import jakarta.persistence.*;

            @Entity(name = "Visit")
            public class Appointment {
              @Id Long id;
              Long doctorId;
              Long patientId;
            }
            """),
        Clinic.PATIENT);
    assertThat(accessor)
        .contains(".sourceById(Doctor.class, \"Doc\", \"id\", source -> source.id)")
        .contains(".through(Appointment.class, \"Visit\", \"id\", Appointment::new)");
  }

  @Test
  void nestedEntityClasses() {
    String accessor = generated("p.DoctorPatients", source("p.Hospital", """
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
        .contains(".sourceById(Hospital.Doctor.class, \"Doctor\", \"id\", source -> source.id)")
        .contains(".through(Hospital.Appointment.class, \"Appointment\", \"id\", Hospital.Appointment::new)")
        .contains("public static DoctorPatients of(EntityManager em, Hospital.Doctor source)");
  }

  @Test
  void manyToOneThroughKeys() {
    String accessor = generated("p.DoctorPatients", Clinic.DOCTOR, Clinic.PATIENT, source("p.Appointment", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public class Appointment {
          @Id Long id;
          @ManyToOne Doctor doctor;
          @ManyToOne(fetch = FetchType.LAZY) Patient patient;
        }
        """));
    assertThat(accessor)
        .contains(".throughKeyFromAssociation(\"doctor\", (row, source) -> row.doctor = source)")
        .contains(".throughKeyToAssociation(\"patient\", (row, target) -> row.patient = target)");
  }

  @Test
  void explicitThroughKeysBothWays() {
    String accessor = generated("p.DoctorPatients", Clinic.PATIENT,
        source("p.Doctor", """
            package p;

            import dev.throughline.HasManyThrough;
            import jakarta.persistence.*;
            import java.util.List;

            @Entity
            public class Doctor {
              @Id Long id;

              @Transient
              @HasManyThrough(through = Appointment.class, throughKeyFrom = "physicianId", throughKeyTo = "clientId")
              List<Patient> patients;
            }
            """),
        source("p.Appointment", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Appointment {
              @Id Long id;
              Long physicianId;
              long clientId;
            }
            """));
    assertThat(accessor)
        .contains(".throughKeyFromValue(\"physicianId\", (row, key) -> row.physicianId = key)")
        .contains(".throughKeyToValue(\"clientId\", (row, key) -> row.clientId = key)");
  }

  @Test
  void selfRelationBothWays() {
    Compilation compilation = compile(SelfRelation.USER, SelfRelation.FOLLOW);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.UserFollowers").contentsAsUtf8String()
        .contains(".throughKeyFromAssociation(\"followee\", (row, source) -> row.setFollowee(source))");
    assertThat(compilation).generatedSourceFile("p.UserFollowing").contentsAsUtf8String()
        .contains(".throughKeyFromAssociation(\"follower\", (row, source) -> row.setFollower(source))");
  }

  @Test
  void keysThatAreNotIds() {
    String accessor = generated("p.StoreProducts",
        source("p.Store", """
            package p;

            import dev.throughline.HasManyThrough;
            import jakarta.persistence.*;
            import java.util.List;

            @Entity
            public class Store {
              @Id Long id;
              String code;

              @Transient
              @HasManyThrough(through = StoreProduct.class, keyFrom = "code", keyTo = "sku",
                  throughKeyFrom = "storeCode", throughKeyTo = "productSku")
              List<Product> products;
            }
            """),
        source("p.Product", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Product {
              @Id Long id;
              String sku;
            }
            """),
        source("p.StoreProduct", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class StoreProduct {
              @Id Long id;
              String storeCode;
              String productSku;
            }
            """));
    assertThat(accessor)
        .contains("Relation<Store, String, Product, String, StoreProduct> RELATION;")
        .contains(".sourceByKey(Store.class, \"Store\", \"code\", source -> source.code)")
        .contains(".targetByKey(Product.class, \"Product\", \"sku\", target -> target.sku)")
        .contains("public static StoreProducts of(EntityManager em, String sourceKey)")
        .contains("public final class StoreProducts extends RelationAccessor<Store, String, Product, String, StoreProduct> {");
  }

  @Test
  void uuidKeys() {
    String accessor = generated("p.DoctorPatients",
        source("p.Doctor", """
            package p;

            import dev.throughline.HasManyThrough;
            import jakarta.persistence.*;
            import java.util.List;
            import java.util.UUID;

            @Entity
            public class Doctor {
              @Id UUID id;

              @Transient
              @HasManyThrough(through = Appointment.class)
              List<Patient> patients;
            }
            """),
        source("p.Appointment", """
            package p;

            import jakarta.persistence.*;
            import java.util.UUID;

            @Entity
            public class Appointment {
              @Id UUID id;
              UUID doctorId;
              UUID patientId;
            }
            """),
        source("p.Patient", """
            package p;

            import jakarta.persistence.*;
            import java.util.UUID;

            @Entity
            public class Patient {
              @Id UUID id;
            }
            """));
    assertThat(accessor)
        .contains("import java.util.UUID;")
        .contains("Relation<Doctor, UUID, Patient, UUID, Appointment> RELATION;")
        .contains("public static Map<UUID, List<Patient>> include(");
  }

  @Test
  void primitiveLongIdsAreBoxedKeys() {
    String accessor = generated("p.DoctorPatients",
        source("p.Doctor", """
            package p;

            import dev.throughline.HasManyThrough;
            import jakarta.persistence.*;
            import java.util.List;

            @Entity
            public class Doctor {
              @Id long id;

              @Transient
              @HasManyThrough(through = Appointment.class)
              List<Patient> patients;
            }
            """),
        source("p.Appointment", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Appointment {
              @Id long id;
              Long doctorId;
              long patientId;
            }
            """),
        source("p.Patient", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Patient {
              @Id long id;
            }
            """));
    assertThat(accessor)
        .contains("Relation<Doctor, Long, Patient, Long, Appointment> RELATION;")
        .contains("extends RelationAccessor<Doctor, Long, Patient, Long, Appointment> {")
        .contains("public static DoctorPatients of(EntityManager em, Long sourceKey)");
  }

  @Test
  void setAndCollectionFields() {
    Compilation compilation = compile(Clinic.APPOINTMENT, Clinic.PATIENT, source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.Collection;
        import java.util.Set;

        @Entity
        public class Doctor {
          @Id Long id;

          @Transient
          @HasManyThrough(through = Appointment.class)
          Set<Patient> patients;

          @Transient
          @HasManyThrough(through = Appointment.class)
          Collection<Patient> allPatients;
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.DoctorPatients").contentsAsUtf8String()
        .contains(".relationField((source, targets) -> source.patients = new LinkedHashSet<>(targets))");
    assertThat(compilation).generatedSourceFile("p.DoctorAllPatients").contentsAsUtf8String()
        .contains(".relationField((source, targets) -> source.allPatients = targets)");
  }

  @Test
  void entitiesInOtherPackages() {
    String accessor = generated("p.DoctorPatients",
        source("p.Doctor", """
            package p;

            import dev.throughline.HasManyThrough;
            import jakarta.persistence.*;
            import java.util.List;
            import q.Appointment;
            import r.Patient;

            @Entity
            public class Doctor {
              @Id Long id;

              @Transient
              @HasManyThrough(through = Appointment.class)
              List<Patient> patients;
            }
            """),
        source("q.Appointment", """
            package q;

            import jakarta.persistence.*;

            @Entity
            public class Appointment {
              @Id Long id;
              public Long doctorId;
              private Long patientId;

              public void setPatientId(Long patientId) { this.patientId = patientId; }
            }
            """),
        source("r.Patient", """
            package r;

            import jakarta.persistence.*;

            @Entity
            public class Patient {
              @Id protected Long id;

              public Long getId() { return id; }
            }
            """));
    assertThat(accessor)
        .contains("import q.Appointment;")
        .contains("import r.Patient;")
        .contains(".targetById(Patient.class, \"Patient\", \"id\", Patient::getId)")
        .contains(".throughKeyFromValue(\"doctorId\", (row, key) -> row.doctorId = key)")
        .contains(".throughKeyToValue(\"patientId\", (row, key) -> row.setPatientId(key))");
  }

  @Test
  void embeddedIdAsKey() {
    String accessor = generated("p.DoctorPatients",
        source("p.DoctorKey", """
            package p;

            import jakarta.persistence.Embeddable;

            @Embeddable
            public record DoctorKey(String country, String licence) {}
            """),
        source("p.Doctor", """
            package p;

            import dev.throughline.HasManyThrough;
            import jakarta.persistence.*;
            import java.util.List;

            @Entity
            public class Doctor {
              @EmbeddedId DoctorKey key;

              @Transient
              @HasManyThrough(through = Appointment.class, throughKeyFrom = "doctor")
              List<Patient> patients;
            }
            """),
        source("p.Appointment", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Appointment {
              @Id Long id;
              @Embedded DoctorKey doctor;
              Long patientId;
            }
            """),
        Clinic.PATIENT);
    assertThat(accessor)
        .contains("Relation<Doctor, DoctorKey, Patient, Long, Appointment> RELATION;")
        .contains(".sourceById(Doctor.class, \"Doctor\", \"key\", source -> source.key)");
  }

  @Test
  void throughEntityWithAnIdClassOrdersByItsFirstIdAttribute() {
    String accessor = generated("p.DoctorPatients", Clinic.DOCTOR, Clinic.PATIENT, source("p.Appointment", """
        package p;

        import jakarta.persistence.*;
        import java.io.Serializable;

        @Entity
        @IdClass(Appointment.Key.class)
        public class Appointment {
          @Id Long doctorId;
          @Id Long patientId;

          public record Key(Long doctorId, Long patientId) implements Serializable {}
        }
        """));
    assertThat(accessor).contains(".through(Appointment.class, \"Appointment\", \"doctorId\", Appointment::new)");
  }

  @Test
  void embeddedIdThroughRowsGetAnEmptyIdForMapsIdToFill() {
    String accessor = generated("school.PupilClassrooms", GoldenModels.SCHOOL.toArray(JavaFileObject[]::new));
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
    String accessor = generated("p.DoctorPatients", Clinic.DOCTOR, Clinic.PATIENT, source("p.Appointment", """
        package p;

        import jakarta.persistence.*;
        import java.io.Serializable;

        @Entity
        public class Appointment {
          @EmbeddedId private Key key;
          @ManyToOne @MapsId("doctorId") Doctor doctor;
          @ManyToOne @MapsId("patientId") Patient patient;

          public void setKey(Key key) { this.key = key; }

          @Embeddable
          public static class Key implements Serializable {
            private static final long serialVersionUID = 1L;
            Long doctorId;
            Long patientId;
          }
        }
        """));
    assertThat(accessor)
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
    String accessor = generated("p.DoctorPatients", Clinic.PATIENT,
        source("p.Doctor", """
            package p;

            import dev.throughline.HasManyThrough;
            import jakarta.persistence.*;
            import java.util.Set;

            @Entity
            public class Doctor {
              @Id Long id;

              @Transient
              @HasManyThrough(through = Appointment.class)
              Set<Patient> patients;

              public void setPatients(Set<Patient> patients) { this.patients = patients; }
            }
            """),
        source("p.Appointment", """
            package p;

            import jakarta.persistence.*;

            @Entity
            public class Appointment {
              @Id Long id;
              Long doctorId;
              @ManyToOne Patient patient;

              public void setDoctorId(long doctorId) { this.doctorId = doctorId; }
              public void setPatient(Patient patient) { this.patient = patient; }
            }
            """));
    assertThat(accessor)
        .contains(".throughKeyFromValue(\"doctorId\", (row, key) -> row.setDoctorId(key))")
        .contains(".throughKeyToAssociation(\"patient\", (row, target) -> row.setPatient(target))")
        .contains(".relationField((source, targets) -> source.setPatients(new LinkedHashSet<>(targets)))");
  }

  @Test
  void aSetterOfAnotherTypeLeavesTheFieldInUse() {
    String accessor = generated("p.DoctorPatients", Clinic.APPOINTMENT, Clinic.PATIENT, source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.Collection;
        import java.util.List;

        @Entity
        public class Doctor {
          @Id Long id;

          @Transient
          @HasManyThrough(through = Appointment.class)
          List<Patient> patients;

          public void setPatients(Collection<Patient> patients) { this.patients = List.copyOf(patients); }
        }
        """));
    assertThat(accessor).contains(".relationField((source, targets) -> source.patients = targets)");
  }

  /** Compiles the sources, which must succeed without warnings, and returns one generated file. */
  private static String generated(String accessor, JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    try {
      return compilation.generatedSourceFile(accessor).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
