package dev.throughline.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.NoSuchEntityException;
import dev.throughline.it.clinic.Appointment;
import dev.throughline.it.clinic.ClinicSeed;
import dev.throughline.it.clinic.Doctor;
import dev.throughline.it.clinic.DoctorPatients;
import dev.throughline.it.clinic.Patient;
import dev.throughline.it.clinic.Patient_;
import dev.throughline.it.support.DatabaseTest;
import jakarta.persistence.TransactionRequiredException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hibernate.Session;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input at run time on the clinic: writes outside a transaction, detached and transient
 * sources, nulls, empty collections. Each has one clear outcome, and nothing is written by a call
 * that fails.
 */
class RuntimeMisuseTest extends DatabaseTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  private ClinicSeed clinic;

  /** House sees Ann; Cuddy sees nobody; Bob is seen by nobody. */
  @BeforeEach
  void clinic() {
    clinic = fromTransaction(ClinicSeed::persist);
  }

  /** Rows of Doctor, Appointment and Patient, and the patients each doctor sees, in a new transaction. */
  private List<Object> snapshot() {
    return fromTransaction(session -> List.of(
        session.createQuery("select count(d) from Doctor d", Long.class).getSingleResult(),
        session.createQuery("select count(a) from Appointment a", Long.class).getSingleResult(),
        session.createQuery("select count(p) from Patient p", Long.class).getSingleResult(),
        pids(DoctorPatients.of(session, clinic.house()).find()),
        pids(DoctorPatients.of(session, clinic.cuddy()).find())));
  }

  private static List<Long> pids(List<Patient> patients) {
    return patients.stream().map(Patient::getPid).toList();
  }

  // ---- transactions --------------------------------------------------------------------------

  @Test
  void everyWriteOutsideATransactionIsTransactionRequiredAndWritesNothing() {
    List<Object> before = snapshot();
    try (Session session = factory.openSession()) {
      DoctorPatients patients = DoctorPatients.of(session, clinic.house());
      List<Map.Entry<String, ThrowingCallable>> writes = List.of(
          Map.entry("link", () -> patients.link(clinic.bob())),
          Map.entry("link", () -> patients.link(clinic.bob(), appointment -> appointment.setAppointmentDate(DAY))),
          Map.entry("linkAll", () -> patients.linkAll(List.of(clinic.bob()))),
          Map.entry("set", () -> patients.set(List.of(clinic.bob()))),
          Map.entry("set", () -> patients.set(List.of())),
          Map.entry("unlink", () -> patients.unlink(clinic.ann())),
          Map.entry("unlinkAll", patients::unlinkAll),
          Map.entry("create", () -> patients.create(new Patient("Eve"))),
          Map.entry("create", () -> patients.create(new Patient("Eve"), a -> a.setAppointmentDate(DAY))),
          Map.entry("delete", patients::delete),
          Map.entry("delete", () -> patients.delete(Restriction.equal(Patient_.name, "Ann"))));
      writes.forEach(write -> assertThatThrownBy(write.getValue())
          .as(write.getKey())
          .isInstanceOf(TransactionRequiredException.class)
          .hasMessageContaining("Doctor.patients." + write.getKey())
          .hasMessageContaining("transaction"));
      // Reads need none.
      assertThat(pids(patients.find())).containsExactly(clinic.ann());
      assertThat(patients.count()).isEqualTo(1);
      assertThat(patients.isLinked(clinic.ann())).isTrue();
      assertThat(patients.findById(clinic.ann())).isPresent();
      assertThat(patients.findWithThrough()).hasSize(1);
      List<Doctor> doctors = session.createQuery("from Doctor order by id", Doctor.class).getResultList();
      assertThat(DoctorPatients.include(session, doctors)).containsOnlyKeys(clinic.house(), clinic.cuddy());
      // Nothing was left behind for a later flush either.
      assertThat(session.isDirty()).isFalse();
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aSessionWhoseTransactionEndedNeedsANewOne() {
    try (Session session = factory.openSession()) {
      session.getTransaction().begin();
      DoctorPatients.of(session, clinic.cuddy()).link(clinic.bob());
      session.getTransaction().commit();
      assertThatThrownBy(() -> DoctorPatients.of(session, clinic.cuddy()).link(clinic.ann()))
          .isInstanceOf(TransactionRequiredException.class);
      session.getTransaction().begin();
      DoctorPatients.of(session, clinic.cuddy()).link(clinic.ann());
      session.getTransaction().rollback();
    }
    inTransaction(session -> assertThat(pids(DoctorPatients.of(session, clinic.cuddy()).find()))
        .containsExactly(clinic.bob()));
  }

  // ---- sources that are not managed --------------------------------------------------------------

  @Test
  void aDetachedSourceWorksByItsKey() {
    Doctor detached = fromTransaction(session -> session.find(Doctor.class, clinic.cuddy()));
    inTransaction(session -> {
      assertThat(session.contains(detached)).isFalse();
      DoctorPatients patients = DoctorPatients.of(session, detached);
      patients.linkAll(List.of(clinic.ann(), clinic.bob()));
      assertThat(pids(patients.find())).containsExactly(clinic.ann(), clinic.bob());
      Map<Long, List<Patient>> included = DoctorPatients.include(session, List.of(detached));
      assertThat(pids(included.get(clinic.cuddy()))).containsExactly(clinic.ann(), clinic.bob());
      assertThat(pids(detached.getPatients())).containsExactly(clinic.ann(), clinic.bob());
      assertThat(session.contains(detached)).as("inclusion does not attach the source").isFalse();
    });
    inTransaction(session -> assertThat(pids(DoctorPatients.of(session, clinic.cuddy()).find()))
        .containsExactly(clinic.ann(), clinic.bob()));
  }

  @Test
  void aDetachedSourceWhoseRowWasDeletedIsMissing() {
    Doctor detached = fromTransaction(session -> {
      Doctor gone = new Doctor("Gone");
      session.persist(gone);
      return gone;
    });
    inTransaction(session -> session.remove(session.find(Doctor.class, detached.getId())));
    List<Object> before = snapshot();
    inTransaction(session -> assertThatThrownBy(() -> DoctorPatients.of(session, detached).link(clinic.ann()))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
          assertThat(e.entityName()).isEqualTo("Doctor");
          assertThat(e.key()).isEqualTo(detached.getId());
        }));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aTransientSourceWithoutIdIsAnIllegalArgumentNamingTheEntity() {
    List<Object> before = snapshot();
    inTransaction(session -> assertThatThrownBy(() -> DoctorPatients.of(session, new Doctor("New")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Doctor")
        .hasMessageContaining("id"));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aSourcePersistedInTheTransactionHasItsIdAndWorks() {
    inTransaction(session -> {
      Doctor fresh = new Doctor("Fresh");
      session.persist(fresh);
      DoctorPatients.of(session, fresh).link(clinic.bob());
      assertThat(pids(DoctorPatients.of(session, fresh).find())).containsExactly(clinic.bob());
    });
  }

  // ---- nulls -----------------------------------------------------------------------------------

  @Test
  void nullArgumentsAreNullPointerExceptionsNamingTheParameter() {
    List<Object> before = snapshot();
    inTransaction(session -> {
      DoctorPatients patients = DoctorPatients.of(session, clinic.house());
      Doctor doctor = session.find(Doctor.class, clinic.house());
      assertNullNamed("em", () -> DoctorPatients.of(null, clinic.house()));
      assertNullNamed("em", () -> DoctorPatients.of(null, doctor));
      assertNullNamed("sourceKey", () -> DoctorPatients.of(session, (Long) null));
      assertNullNamed("source", () -> DoctorPatients.of(session, (Doctor) null));
      assertNullNamed("where", () -> patients.find(null));
      assertNullNamed("targetKey", () -> patients.findById(null));
      assertNullNamed("targetKey", () -> patients.isLinked(null));
      assertNullNamed("target", () -> patients.create(null));
      assertNullNamed("target", () -> patients.create(null, appointment -> appointment.setAppointmentDate(DAY)));
      assertNullNamed("throughData", () -> patients.create(new Patient("Eve"), null));
      assertNullNamed("targetKey", () -> patients.link(null));
      assertNullNamed("targetKey", () -> patients.link(null, appointment -> appointment.setAppointmentDate(DAY)));
      assertNullNamed("throughData", () -> patients.link(clinic.bob(), null));
      assertNullNamed("targetKeys", () -> patients.linkAll(null));
      assertNullNamed("targetKeys", () -> patients.set(null));
      assertNullNamed("targetKey", () -> patients.unlink(null));
      assertNullNamed("where", () -> patients.delete(null));
      assertNullNamed("em", () -> DoctorPatients.include(null, List.of(doctor)));
      assertNullNamed("sources", () -> DoctorPatients.include(session, null));
    });
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void collectionsContainingNullAreNullPointerExceptionsNamingTheParameterAndWriteNothing() {
    List<Object> before = snapshot();
    inTransaction(session -> {
      DoctorPatients patients = DoctorPatients.of(session, clinic.cuddy());
      // the null comes after valid keys: nothing before it may have been written
      assertNullNamed("targetKeys contains null", () -> patients.linkAll(Arrays.asList(clinic.ann(), clinic.bob(), null)));
      assertNullNamed("targetKeys contains null", () -> patients.set(Arrays.asList(clinic.bob(), null)));
      assertNullNamed("targetKeys contains null",
          () -> DoctorPatients.of(session, clinic.house()).set(Arrays.asList(clinic.bob(), null)));
      List<Doctor> doctors = new ArrayList<>(session.createQuery("from Doctor order by id", Doctor.class).getResultList());
      doctors.add(null);
      assertNullNamed("sources contains null", () -> DoctorPatients.include(session, doctors));
      assertThat(doctors.get(0).getPatients()).as("no source was filled").isNull();
    });
    assertThat(snapshot()).isEqualTo(before);
  }

  private static void assertNullNamed(String message, ThrowingCallable call) {
    assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(message);
  }

  // ---- empty collections -----------------------------------------------------------------------

  @Test
  void linkAllOfAnEmptyCollectionRunsNoSql() {
    inTransaction(session -> {
      for (java.util.Collection<Long> none : List.<java.util.Collection<Long>>of(List.of(), Set.of(), new ArrayList<>())) {
        List<Appointment> rows = counted(session, s -> DoctorPatients.of(s, clinic.house()).linkAll(none));
        assertThat(rows).isEmpty();
        assertThat(sql.statements()).isEmpty();
        assertThat(preparedStatements()).isZero();
      }
    });
    assertThat(snapshot().get(1)).isEqualTo(1L);
  }

  @Test
  void includeOfNoSourcesRunsNoSql() {
    inTransaction(session -> {
      Map<Long, List<Patient>> none = counted(session, s -> DoctorPatients.include(s, List.of()));
      assertThat(none).isEmpty();
      assertThat(sql.statements()).isEmpty();
      assertThat(preparedStatements()).isZero();
    });
  }

  @Test
  void setToAnEmptyCollectionIsExactlyOneDeleteAndUnlinksAll() {
    inTransaction(session -> DoctorPatients.of(session, clinic.house()).link(clinic.bob()));
    inTransaction(session -> {
      countedRun(session, s -> DoctorPatients.of(s, clinic.house()).set(List.of()));
      assertThat(sql.statements()).hasSize(1);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(preparedStatements()).isEqualTo(1);
    });
    inTransaction(session -> {
      assertThat(DoctorPatients.of(session, clinic.house()).count()).isZero();
      assertThat(session.createQuery("select count(a) from Appointment a", Long.class).getSingleResult()).isZero();
      assertThat(session.createQuery("select count(p) from Patient p", Long.class).getSingleResult())
          .as("unlinking deletes no patient").isEqualTo(2);
    });
  }
}
