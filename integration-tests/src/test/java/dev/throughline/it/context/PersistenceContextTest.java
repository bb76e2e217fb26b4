package dev.throughline.it.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.Patch;
import dev.throughline.it.clinic.Appointment;
import dev.throughline.it.clinic.ClinicSeed;
import dev.throughline.it.clinic.Doctor;
import dev.throughline.it.clinic.DoctorPatients;
import dev.throughline.it.clinic.Patient;
import dev.throughline.it.clinic.Patient_;
import dev.throughline.it.support.DatabaseTest;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.FlushMode;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API.md section 3 on the clinic: the accessors share the caller's session with the
 * application's own {@code persist}, {@code find} and flush modes, and leave it true.
 */
class PersistenceContextTest extends DatabaseTest {

  private ClinicSeed clinic;

  /** House sees Ann; Cuddy sees nobody; Bob is seen by nobody. */
  @BeforeEach
  void clinic() {
    clinic = fromTransaction(ClinicSeed::persist);
  }

  /** The patient's name as a new session reads it; null when there is no such patient. */
  private String patientName(Long pid) {
    Patient patient = fromTransaction(session -> session.find(Patient.class, pid));
    return patient == null ? null : patient.getName();
  }

  private long rowsInDatabase() {
    return fromTransaction(session -> session.createQuery("select count(a) from Appointment a", Long.class)
        .getSingleResult());
  }

  @Test
  void aRowLinkedThenUnlinkedInOneTransactionIsNoLongerManaged() {
    inTransaction(session -> {
      Appointment row = DoctorPatients.of(session, clinic.house()).link(clinic.bob());
      int removed = DoctorPatients.of(session, clinic.house()).unlink(clinic.bob());
      assertThat(removed).isEqualTo(1);
      assertThat(session.contains(row)).isFalse();
      assertThat(session.find(Appointment.class, row.getId())).isNull();
    });
    assertThat(rowsInDatabase()).isEqualTo(1);
  }

  @Test
  void unlinkingCostsOneStatementWhenTheSessionHoldsNoRow() {
    inTransaction(session -> {
      int removed = counted(session, s -> DoctorPatients.of(s, clinic.house()).unlink(clinic.ann()));
      assertThat(removed).isEqualTo(1);
      assertThat(sql.total()).as(sql.toString()).isEqualTo(1);
    });
  }

  @Test
  void rowsLoadedBeforeUnlinkAllAreNoLongerManaged() {
    inTransaction(session -> {
      Appointment loaded = session.createQuery("from Appointment", Appointment.class).getSingleResult();
      int removed = counted(session, s -> DoctorPatients.of(s, clinic.house()).unlinkAll());
      assertThat(removed).isEqualTo(1);
      assertThat(sql.total()).as("detaching costs no SQL: " + sql).isEqualTo(1);
      assertThat(session.contains(loaded)).isFalse();
      assertThat(session.find(Appointment.class, loaded.getId())).isNull();
    });
  }

  @Test
  void setDetachesTheRowsItRemovesAndKeepsTheOthersManaged() {
    inTransaction(session -> {
      Appointment annRow = session.createQuery("from Appointment", Appointment.class).getSingleResult();
      Appointment bobRow = DoctorPatients.of(session, clinic.house()).link(clinic.bob());
      DoctorPatients.of(session, clinic.house()).set(List.of(clinic.bob()));
      assertThat(session.contains(annRow)).isFalse();
      assertThat(session.find(Appointment.class, annRow.getId())).isNull();
      assertThat(session.contains(bobRow)).isTrue();
    });
  }

  @Test
  void deletedTargetsAndTheirRowsAreNoLongerManaged() {
    inTransaction(session -> {
      Patient patient = session.find(Patient.class, clinic.ann());
      Appointment row = session.createQuery("from Appointment", Appointment.class).getSingleResult();
      int deleted = DoctorPatients.of(session, clinic.house()).delete();
      assertThat(deleted).isEqualTo(1);
      assertThat(session.contains(patient)).isFalse();
      assertThat(session.find(Patient.class, clinic.ann())).isNull();
      assertThat(session.contains(row)).isFalse();
      assertThat(session.find(Appointment.class, row.getId())).isNull();
    });
    assertThat(patientName(clinic.ann())).isNull();
  }

  @Test
  void aPatchShowsInManagedInstancesAndLaterReads() {
    inTransaction(session -> {
      Patient patient = session.find(Patient.class, clinic.ann());
      Patient unlinked = session.find(Patient.class, clinic.bob());
      int patched = DoctorPatients.of(session, clinic.house()).patch(Patch.set(Patient_.name, "Anne"));
      assertThat(patched).isEqualTo(1);
      assertThat(patient.getName()).isEqualTo("Anne");
      assertThat(unlinked.getName()).isEqualTo("Bob");
      DoctorPatients patients = DoctorPatients.of(session, clinic.house());
      assertThat(patients.find()).extracting(Patient::getName).containsExactly("Anne");
      assertThat(patients.query().where(Restriction.equal(Patient_.name, "Anne")).list())
          .containsExactly(patient);
    });
  }

  @Test
  void aPatchOfAQueryRefreshesOnlyTheManagedInstancesItChanged() {
    inTransaction(session -> DoctorPatients.of(session, clinic.house()).link(clinic.bob()));
    inTransaction(session -> {
      Patient annInstance = session.find(Patient.class, clinic.ann());
      Patient bobInstance = session.find(Patient.class, clinic.bob());
      int patched = counted(session, s -> DoctorPatients.of(s, clinic.house()).query()
          .where(Restriction.equal(Patient_.name, "Bob")).patch(Patch.set(Patient_.name, "Robert")));
      assertThat(patched).isEqualTo(1);
      assertThat(bobInstance.getName()).isEqualTo("Robert");
      assertThat(annInstance.getName()).isEqualTo("Ann");
      // Keys of the managed matches, the update, one refresh.
      assertThat(sql.total()).as(sql.toString()).isEqualTo(3);
    });
  }

  @Test
  void aPatchCostsOneStatementWhenTheSessionHoldsNoTarget() {
    inTransaction(session -> {
      counted(session, s -> DoctorPatients.of(s, clinic.house()).patch(Patch.set(Patient_.name, "Anne")));
      assertThat(sql.total()).as(sql.toString()).isEqualTo(1);
    });
  }

  @Test
  void underCommitFlushModeUnlinkSeesTheRowLinkedBefore() {
    inTransaction(session -> {
      session.setFlushMode(FlushModeType.COMMIT);
      Appointment row = DoctorPatients.of(session, clinic.house()).link(clinic.bob());
      assertThat(DoctorPatients.of(session, clinic.house()).isLinked(clinic.bob())).isTrue();
      assertThat(DoctorPatients.of(session, clinic.house()).unlink(clinic.bob())).isEqualTo(1);
      assertThat(session.contains(row)).isFalse();
      assertThat(session.getFlushMode()).isEqualTo(FlushModeType.COMMIT);
    });
    assertThat(rowsInDatabase()).isEqualTo(1);
  }

  @Test
  void underCommitFlushModeReadsSeeEarlierWrites() {
    inTransaction(session -> {
      session.setFlushMode(FlushModeType.COMMIT);
      DoctorPatients.of(session, clinic.house()).link(clinic.bob());
      assertThat(DoctorPatients.of(session, clinic.house()).count()).isEqualTo(2);
      assertThat(DoctorPatients.of(session, clinic.house()).find()).extracting(Patient::getName)
          .containsExactly("Ann", "Bob");
    });
  }

  @Test
  void readsNeverFlushAManualSession() {
    inTransaction(session -> {
      session.setHibernateFlushMode(FlushMode.MANUAL);
      Patient patient = session.find(Patient.class, clinic.ann());
      patient.setName("Unsaved");
      Doctor doctor = session.find(Doctor.class, clinic.house());
      sql.reset();
      DoctorPatients.include(session, List.of(doctor));
      DoctorPatients.of(session, clinic.house()).find();
      DoctorPatients.of(session, clinic.house()).count();
      DoctorPatients.of(session, clinic.house()).query().list();
      DoctorPatients.inclusion().limit(1).load(session, List.of(doctor));
      assertThat(sql.count("update")).as(sql.toString()).isZero();
      assertThat(session.getHibernateFlushMode()).isEqualTo(FlushMode.MANUAL);
      session.clear();
    });
    assertThat(patientName(clinic.ann())).isEqualTo("Ann");
  }

  @Test
  void inclusionUnderAutoFlushModeSeesUnflushedLinks() {
    inTransaction(session -> {
      Doctor doctor = session.find(Doctor.class, clinic.house());
      DoctorPatients.of(session, clinic.house()).link(clinic.bob());
      assertThat(DoctorPatients.include(session, List.of(doctor)).get(clinic.house()))
          .extracting(Patient::getName).containsExactly("Ann", "Bob");
    });
  }

  @Test
  void streamDetachesOnlyWhatItLoadedItself() {
    inTransaction(session -> DoctorPatients.of(session, clinic.house()).link(clinic.bob()));
    inTransaction(session -> {
      Patient managed = session.find(Patient.class, clinic.ann());
      List<Patient> streamed;
      try (Stream<Patient> stream = DoctorPatients.of(session, clinic.house()).query().stream()) {
        streamed = stream.toList();
      }
      assertThat(streamed).extracting(Patient::getName).containsExactly("Ann", "Bob");
      assertThat(streamed.get(0)).isSameAs(managed);
      assertThat(session.contains(managed)).isTrue();
      assertThat(session.contains(streamed.get(1))).isFalse();
      managed.setName("Annie");
    });
    assertThat(patientName(clinic.ann())).isEqualTo("Annie");
  }

  @Test
  void existsAgreesWithListOnEveryPageAndCountIgnoresPaging() {
    inTransaction(session -> DoctorPatients.of(session, clinic.house()).link(clinic.bob()));
    inTransaction(session -> {
      var query = DoctorPatients.of(session, clinic.house()).query();
      for (int offset = 0; offset <= 3; offset++) {
        for (int limit = 0; limit <= 3; limit++) {
          var page = query.offset(offset).limit(limit);
          assertThat(page.exists()).as("offset %d, limit %d", offset, limit).isEqualTo(!page.list().isEmpty());
          assertThat(page.count()).as("offset %d, limit %d", offset, limit).isEqualTo(2);
        }
      }
    });
  }

  @Test
  void aManagedPatientRenamedBeforeAPatchIsFlushedFirstUnderAuto() {
    inTransaction(session -> {
      Patient patient = session.find(Patient.class, clinic.ann());
      patient.setName("Annabel");
      DoctorPatients.of(session, clinic.house()).query().where(Restriction.equal(Patient_.name, "Annabel"))
          .patch(Patch.set(Patient_.name, "Bel"));
      assertThat(patient.getName()).isEqualTo("Bel");
    });
    assertThat(patientName(clinic.ann())).isEqualTo("Bel");
  }

}
