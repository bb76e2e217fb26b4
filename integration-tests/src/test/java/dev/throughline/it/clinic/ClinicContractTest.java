package dev.throughline.it.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Linked;
import dev.throughline.NoSuchEntityException;
import dev.throughline.it.support.DatabaseTest;
import dev.throughline.RelationAccessor;
import jakarta.persistence.TransactionRequiredException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every member of the generated accessor on the seeds' Doctor, Appointment and Patient (Patient
 * keyed by {@code pid}), with the SQL statements each one takes.
 */
class ClinicRelationTest extends DatabaseTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

  private Long house;
  private Long wilson;
  private Long cuddy;
  private Long ann;
  private Long bob;
  private Long cid;
  private Long dee;

  /** House sees Ann twice and Bob once; Wilson sees Bob and Cid; Cuddy nobody; Dee sees nobody. */
  @BeforeEach
  void clinic() {
    inTransaction(session -> {
      Doctor h = new Doctor("House");
      Doctor w = new Doctor("Wilson");
      Doctor c = new Doctor("Cuddy");
      Patient a = new Patient("Ann");
      Patient b = new Patient("Bob");
      Patient ci = new Patient("Cid");
      Patient d = new Patient("Dee");
      List.of(h, w, c, a, b, ci, d).forEach(session::persist);
      house = h.getId();
      wilson = w.getId();
      cuddy = c.getId();
      ann = a.getPid();
      bob = b.getPid();
      cid = ci.getPid();
      dee = d.getPid();
      appointment(session, house, ann, MONDAY);
      appointment(session, house, ann, TUESDAY);
      appointment(session, house, bob, MONDAY);
      appointment(session, wilson, bob, TUESDAY);
      appointment(session, wilson, cid, MONDAY);
    });
  }

  private static void appointment(org.hibernate.Session session, Long doctor, Long patient, LocalDate date) {
    Appointment appointment = new Appointment();
    appointment.doctorId = doctor;
    appointment.patientId = patient;
    appointment.appointmentDate = date;
    session.persist(appointment);
  }

  private static List<String> names(List<Patient> patients) {
    return patients.stream().map(Patient::getName).toList();
  }

  @Test
  void findReturnsEachLinkedTargetOnceOrderedByKeyInOneStatement() {
    inTransaction(session -> {
      List<Patient> patients = counted(session, s -> DoctorPatients.of(s, house).find());
      assertThat(names(patients)).containsExactly("Ann", "Bob");
      assertThat(sql.total()).isEqualTo(1);
      assertThat(names(DoctorPatients.of(session, cuddy).find())).isEmpty();
    });
  }

  @Test
  void accessorOfAnInstanceAndOfAKeyAgree() {
    inTransaction(session -> {
      Doctor doctor = session.find(Doctor.class, wilson);
      assertThat(DoctorPatients.of(session, doctor).find())
          .containsExactlyElementsOf(DoctorPatients.of(session, wilson).find());
    });
  }

  @Test
  void findWithRestrictionFiltersTargetsInOneStatement() {
    inTransaction(session -> {
      List<Patient> patients = counted(session,
          s -> DoctorPatients.of(s, wilson).find(Restriction.startsWith(Patient_.name, "C")));
      assertThat(names(patients)).containsExactly("Cid");
      assertThat(sql.total()).isEqualTo(1);
      assertThat(DoctorPatients.of(session, house).find(Restriction.equal(Patient_.name, "Cid"))).isEmpty();
      assertThat(names(DoctorPatients.of(session, house).find(Restriction.unrestricted())))
          .containsExactly("Ann", "Bob");
    });
  }

  @Test
  void findByIdReturnsOnlyLinkedTargets() {
    inTransaction(session -> {
      Optional<Patient> found = counted(session, s -> DoctorPatients.of(s, house).findById(bob));
      assertThat(found)
          .hasValueSatisfying(p -> assertThat(p.getName()).isEqualTo("Bob"));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(DoctorPatients.of(session, house).findById(cid)).isEmpty();
      assertThat(DoctorPatients.of(session, house).findById(-1L)).isEmpty();
    });
  }

  @Test
  void countCountsDistinctTargetsInOneStatement() {
    inTransaction(session -> {
      long count = counted(session, s -> DoctorPatients.of(s, house).count());
      assertThat(count).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(DoctorPatients.of(session, cuddy).count()).isZero();
    });
  }

  @Test
  void isLinkedTellsWhetherAThroughRowLinksThePairInOneStatement() {
    inTransaction(session -> {
      boolean linked = counted(session, s -> DoctorPatients.of(s, house).isLinked(ann));
      assertThat(linked).isTrue();
      assertThat(sql.total()).isEqualTo(1);
      assertThat(DoctorPatients.of(session, house).isLinked(cid)).isFalse();
      assertThat(DoctorPatients.of(session, cuddy).isLinked(ann)).isFalse();
    });
  }

  @Test
  void findWithThroughReturnsEveryThroughRowWithItsTargetInOneStatement() {
    inTransaction(session -> {
      List<Linked<Patient, Appointment>> rows =
          counted(session, s -> DoctorPatients.of(s, house).findWithThrough());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(rows).extracting(row -> row.target().getName()).containsExactly("Ann", "Ann", "Bob");
      assertThat(rows).extracting(row -> row.through().getAppointmentDate())
          .containsExactly(MONDAY, TUESDAY, MONDAY);
      assertThat(rows).allSatisfy(row -> {
        assertThat(row.through().getDoctorId()).isEqualTo(house);
        assertThat(row.through().getPatientId()).isEqualTo(row.target().getPid());
      });
    });
  }

  @Test
  void createPersistsTargetAndThroughRow() {
    Long eve = fromTransaction(session -> {
      Patient created = counted(session, s -> DoctorPatients.of(s, cuddy).create(new Patient("Eve")));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
      return created.getPid();
    });
    inTransaction(session -> {
      assertThat(names(DoctorPatients.of(session, cuddy).find())).containsExactly("Eve");
      assertThat(session.find(Patient.class, eve).getName()).isEqualTo("Eve");
    });
  }

  @Test
  void createFillsThroughDataBeforePersisting() {
    inTransaction(session -> DoctorPatients.of(session, cuddy)
        .create(new Patient("Eve"), appointment -> appointment.setAppointmentDate(TUESDAY)));
    inTransaction(session -> {
      List<Linked<Patient, Appointment>> rows = DoctorPatients.of(session, cuddy).findWithThrough();
      assertThat(rows).singleElement().satisfies(row -> {
        assertThat(row.target().getName()).isEqualTo("Eve");
        assertThat(row.through().getAppointmentDate()).isEqualTo(TUESDAY);
        assertThat(row.through().getDoctorId()).isEqualTo(cuddy);
      });
    });
  }

  @Test
  void createForAMissingSourceWritesNothing() {
    inTransaction(session -> assertThatThrownBy(() -> DoctorPatients.of(session, -7L).create(new Patient("Eve")))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
          assertThat(e.entityName()).isEqualTo("Doctor");
          assertThat(e.keyAttribute()).isEqualTo("id");
          assertThat(e.key()).isEqualTo(-7L);
          assertThat(e).hasMessage("No Doctor with id -7");
        }));
    inTransaction(session -> assertThat(session.createQuery("select count(p) from Patient p", Long.class)
        .getSingleResult()).isEqualTo(4));
  }

  @Test
  void linkPersistsOneThroughRowAfterOneExistenceCheck() {
    inTransaction(session -> {
      Appointment appointment = counted(session, s -> DoctorPatients.of(s, cuddy).link(dee));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(2);
      assertThat(appointment.getDoctorId()).isEqualTo(cuddy);
      assertThat(appointment.getPatientId()).isEqualTo(dee);
      assertThat(appointment.getId()).isNotNull();
    });
    inTransaction(session -> assertThat(names(DoctorPatients.of(session, cuddy).find())).containsExactly("Dee"));
  }

  @Test
  void linkWithThroughDataAndRepeatedLinksMakeSeveralRows() {
    inTransaction(session -> {
      DoctorPatients patients = DoctorPatients.of(session, cuddy);
      patients.link(dee, appointment -> appointment.setAppointmentDate(MONDAY));
      patients.link(dee, appointment -> appointment.setAppointmentDate(TUESDAY));
    });
    inTransaction(session -> {
      DoctorPatients patients = DoctorPatients.of(session, cuddy);
      assertThat(patients.count()).isEqualTo(1);
      assertThat(patients.findWithThrough()).extracting(row -> row.through().getAppointmentDate())
          .containsExactlyInAnyOrder(MONDAY, TUESDAY);
    });
  }

  @Test
  void linkToAMissingTargetOrSourceWritesNothing() {
    inTransaction(session -> {
      assertThatThrownBy(() -> DoctorPatients.of(session, cuddy).link(-3L))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo("Patient");
            assertThat(e.keyAttribute()).isEqualTo("pid");
            assertThat(e.key()).isEqualTo(-3L);
          });
      assertThatThrownBy(() -> DoctorPatients.of(session, -4L).link(dee))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo("Doctor");
            assertThat(e.key()).isEqualTo(-4L);
          });
    });
    inTransaction(session -> assertThat(appointmentCount(session)).isEqualTo(5));
  }

  @Test
  void linkAllInsertsInOneBatchAfterOneExistenceCheck() {
    inTransaction(session -> {
      List<Appointment> rows = counted(session, s -> DoctorPatients.of(s, cuddy).linkAll(List.of(ann, bob, dee)));
      assertThat(rows).extracting(Appointment::getPatientId).containsExactly(ann, bob, dee);
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
    });
    inTransaction(session -> assertThat(names(DoctorPatients.of(session, cuddy).find()))
        .containsExactly("Ann", "Bob", "Dee"));
  }

  @Test
  void linkAllOfManyKeysReusesOneBatchedInsert() {
    List<Long> many = fromTransaction(session -> {
      List<Long> keys = new ArrayList<>();
      IntStream.range(0, 250).forEach(i -> {
        Patient patient = new Patient("P" + i);
        session.persist(patient);
        keys.add(patient.getPid());
      });
      return keys;
    });
    inTransaction(session -> {
      counted(session, s -> DoctorPatients.of(s, cuddy).linkAll(many));
      // one existence check for all 250 keys; the batched insert is prepared once and executed per 100 rows
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(factory.getStatistics().getEntityInsertCount()).isEqualTo(250);
    });
    inTransaction(session -> assertThat(DoctorPatients.of(session, cuddy).count()).isEqualTo(250));
  }

  @Test
  void linkAllWithAMissingKeyWritesNothing() {
    inTransaction(session -> assertThatThrownBy(() -> DoctorPatients.of(session, cuddy).linkAll(List.of(ann, -9L)))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(-9L)));
    inTransaction(session -> assertThatThrownBy(() -> DoctorPatients.of(session, -9L).linkAll(List.of(ann)))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.entityName()).isEqualTo("Doctor")));
    inTransaction(session -> assertThat(appointmentCount(session)).isEqualTo(5));
  }

  @Test
  void linkAllOfNothingRunsNoSql() {
    inTransaction(session -> {
      List<Appointment> rows = counted(session, s -> DoctorPatients.of(s, cuddy).linkAll(List.of()));
      assertThat(rows).isEmpty();
      assertThat(sql.total()).isZero();
    });
  }

  @Test
  void setKeepsRowsOfKeptKeysLinksMissingOnesAndUnlinksTheRest() {
    List<Long> annRows = fromTransaction(session -> DoctorPatients.of(session, house).findWithThrough().stream()
        .filter(row -> row.target().getPid().equals(ann)).map(row -> row.through().getId()).toList());
    inTransaction(session -> {
      counted(session, s -> {
        DoctorPatients.of(s, house).set(List.of(ann, cid));
        return null;
      });
      // current links, existence of the added key, one delete, one insert
      assertThat(sql.count("select")).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
    });
    inTransaction(session -> {
      List<Linked<Patient, Appointment>> rows = DoctorPatients.of(session, house).findWithThrough();
      assertThat(rows).extracting(row -> row.target().getName()).containsExactly("Ann", "Ann", "Cid");
      assertThat(rows.subList(0, 2)).extracting(row -> row.through().getId()).containsExactlyElementsOf(annRows);
      assertThat(rows.subList(0, 2)).extracting(row -> row.through().getAppointmentDate())
          .containsExactly(MONDAY, TUESDAY);
      assertThat(names(DoctorPatients.of(session, wilson).find())).containsExactly("Bob", "Cid");
    });
  }

  @Test
  void setToWhatIsLinkedIsOneQuery() {
    inTransaction(session -> {
      counted(session, s -> {
        DoctorPatients.of(s, house).set(List.of(bob, ann, ann));
        return null;
      });
      assertThat(sql.total()).isEqualTo(1);
    });
    inTransaction(session -> assertThat(DoctorPatients.of(session, house).findWithThrough()).hasSize(3));
  }

  @Test
  void setToNothingUnlinksAllInOneDelete() {
    inTransaction(session -> {
      counted(session, s -> {
        DoctorPatients.of(s, house).set(List.of());
        return null;
      });
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
    });
    inTransaction(session -> assertThat(DoctorPatients.of(session, house).count()).isZero());
  }

  @Test
  void setWithAMissingKeyOrSourceWritesNothing() {
    inTransaction(session -> assertThatThrownBy(() -> DoctorPatients.of(session, house).set(List.of(cid, -1L)))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(-1L)));
    inTransaction(session -> assertThatThrownBy(() -> DoctorPatients.of(session, -2L).set(List.of(cid)))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.entityName()).isEqualTo("Doctor")));
    inTransaction(session -> {
      assertThat(names(DoctorPatients.of(session, house).find())).containsExactly("Ann", "Bob");
      assertThat(appointmentCount(session)).isEqualTo(5);
    });
  }

  @Test
  void unlinkDeletesEveryRowOfThePairInOneStatement() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> DoctorPatients.of(s, house).unlink(ann));
      assertThat(unlinked).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(DoctorPatients.of(session, house).unlink(ann)).isZero();
      assertThat(DoctorPatients.of(session, house).unlink(cid)).isZero();
    });
    inTransaction(session -> {
      assertThat(names(DoctorPatients.of(session, house).find())).containsExactly("Bob");
      assertThat(session.find(Patient.class, ann)).isNotNull();
    });
  }

  @Test
  void unlinkAllDeletesEveryRowOfTheSourceInOneStatement() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> DoctorPatients.of(s, house).unlinkAll());
      assertThat(unlinked).isEqualTo(3);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(DoctorPatients.of(session, house).unlinkAll()).isZero();
      assertThat(DoctorPatients.of(session, -5L).unlinkAll()).isZero();
    });
    inTransaction(session -> {
      assertThat(DoctorPatients.of(session, house).count()).isZero();
      assertThat(names(DoctorPatients.of(session, wilson).find())).containsExactly("Bob", "Cid");
    });
  }

  @Test
  void deleteRemovesLinkedTargetsAndEveryRowReferencingThem() {
    inTransaction(session -> {
      int deleted = counted(session, s -> DoctorPatients.of(s, house).delete());
      assertThat(deleted).isEqualTo(2);
      // the linked keys, then one delete of their through rows and one of the targets
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
    });
    inTransaction(session -> {
      assertThat(session.find(Patient.class, ann)).isNull();
      assertThat(session.find(Patient.class, bob)).isNull();
      assertThat(names(DoctorPatients.of(session, wilson).find())).containsExactly("Cid");
      assertThat(appointmentCount(session)).isEqualTo(1);
    });
  }

  @Test
  void deleteWithRestrictionRemovesOnlyMatchingTargets() {
    inTransaction(session -> assertThat(
        DoctorPatients.of(session, house).delete(Restriction.equal(Patient_.name, "Bob"))).isEqualTo(1));
    inTransaction(session -> {
      assertThat(names(DoctorPatients.of(session, house).find())).containsExactly("Ann");
      assertThat(names(DoctorPatients.of(session, wilson).find())).containsExactly("Cid");
      assertThat(session.find(Patient.class, bob)).isNull();
    });
    inTransaction(session -> assertThat(DoctorPatients.of(session, cuddy).delete()).isZero());
  }

  @Test
  void includeLoadsEverySourcesTargetsInOneStatementAndSetsTheField() {
    inTransaction(session -> {
      List<Doctor> doctors = session.createQuery("from Doctor order by id", Doctor.class).getResultList();
      Map<Long, List<Patient>> byDoctor = counted(session, s -> DoctorPatients.include(s, doctors));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(names(byDoctor.get(house))).containsExactly("Ann", "Bob");
      assertThat(names(byDoctor.get(wilson))).containsExactly("Bob", "Cid");
      assertThat(byDoctor.get(cuddy)).isEmpty();
      assertThat(doctors).extracting(doctor -> names(doctor.getPatients()))
          .containsExactly(List.of("Ann", "Bob"), List.of("Bob", "Cid"), List.of());
    });
  }

  @Test
  void includeDoesNotGrowWithTheNumberOfSources() {
    inTransaction(session -> {
      for (int i = 0; i < 300; i++) {
        Doctor doctor = new Doctor("D" + i);
        session.persist(doctor);
        appointment(session, doctor.getId(), i % 2 == 0 ? ann : dee, MONDAY);
      }
    });
    for (int sources : new int[] {1, 3, 303}) {
      inTransaction(session -> {
        List<Doctor> doctors = session.createQuery("from Doctor order by id", Doctor.class)
            .setMaxResults(sources).getResultList();
        Map<Long, List<Patient>> byDoctor = counted(session, s -> DoctorPatients.include(s, doctors));
        assertThat(byDoctor).hasSize(sources);
        assertThat(sql.total()).as("statements for %d sources", sources).isEqualTo(1);
      });
    }
  }

  /** Code written once for any relation takes the accessors' common type and works on each of them. */
  @Test
  void accessorsServeCodeWrittenForAnyRelation() {
    inTransaction(session -> {
      RelationAccessor<Doctor, Long, Patient, Long, Appointment> patients = DoctorPatients.of(session, wilson);
      assertThat(names(linkedTargets(patients))).containsExactly("Bob", "Cid");
      assertThat(patients.sourceKey()).isEqualTo(wilson);
      assertThat(patients).hasToString("Doctor.patients[" + wilson + "]");
      assertThat(relink(patients, dee)).isEqualTo(1);
      assertThat(names(DoctorPatients.of(session, wilson).find())).containsExactly("Bob", "Cid", "Dee");
    });
  }

  private static <T, TK> List<T> linkedTargets(RelationAccessor<?, ?, T, TK, ?> relation) {
    return relation.find();
  }

  /** Unlinks and links the target again: generic code over any accessor. */
  private static <TK> int relink(RelationAccessor<?, ?, ?, TK, ?> relation, TK targetKey) {
    int unlinked = relation.unlink(targetKey);
    relation.link(targetKey);
    return unlinked + (relation.isLinked(targetKey) ? 1 : 0);
  }

  /** One more source than one statement binds (16,384 keys): two statements, nothing lost at the seam. */
  @Test
  void includeSplitsOnlyBeyondOneChunkOfKeys() {
    int sources = 16_384 + 1;
    inTransaction(session -> {
      session.setJdbcBatchSize(500);
      for (int i = 0; i < sources - 2; i++) {
        Doctor doctor = new Doctor("D" + i);
        session.persist(doctor);
        appointment(session, doctor.getId(), i % 2 == 0 ? ann : dee, MONDAY);
        if (i % 1_000 == 999) {
          session.flush();
          session.clear();
        }
      }
    });
    inTransaction(session -> {
      List<Doctor> doctors = session.createQuery("from Doctor order by id", Doctor.class).getResultList();
      assertThat(doctors).hasSize(sources + 1); // house, wilson, cuddy and the new ones
      Map<Long, List<Patient>> byDoctor = counted(session, s -> DoctorPatients.include(s, doctors));
      assertThat(sql.total()).isEqualTo(2);
      assertThat(byDoctor).hasSize(sources + 1);
      assertThat(byDoctor.values().stream().mapToInt(List::size).sum()).isEqualTo(2 + 2 + sources - 2);
      Doctor last = doctors.get(doctors.size() - 1);
      assertThat(names(byDoctor.get(last.getId()))).containsExactly((sources - 3) % 2 == 0 ? "Ann" : "Dee");
      assertThat(names(last.getPatients())).isEqualTo(names(byDoctor.get(last.getId())));
    });
  }

  @Test
  void includeOfNothingRunsNoSql() {
    inTransaction(session -> {
      Map<Long, List<Patient>> included = counted(session, s -> DoctorPatients.include(s, List.of()));
      assertThat(included).isEmpty();
      assertThat(sql.total()).isZero();
    });
  }

  @Test
  void writesWithoutATransactionFailClearly() {
    try (var session = factory.openSession()) {
      DoctorPatients patients = DoctorPatients.of(session, house);
      assertThat(patients.find()).hasSize(2);
      assertThatThrownBy(() -> patients.link(dee))
          .isInstanceOf(TransactionRequiredException.class)
          .hasMessageContaining("Doctor.patients.link")
          .hasMessageContaining("active transaction");
      assertThatThrownBy(patients::unlinkAll).isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(() -> patients.linkAll(List.of())).isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(() -> patients.set(List.of(ann))).isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(() -> patients.create(new Patient("X"))).isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(patients::delete).isInstanceOf(TransactionRequiredException.class);
    }
    inTransaction(session -> assertThat(appointmentCount(session)).isEqualTo(5));
  }

  @Test
  void nullArgumentsAreNullPointerExceptionsNamingTheParameter() {
    inTransaction(session -> {
      DoctorPatients patients = DoctorPatients.of(session, house);
      assertThatThrownBy(() -> DoctorPatients.of(null, house)).hasMessage("em");
      assertThatThrownBy(() -> DoctorPatients.of(session, (Long) null)).hasMessage("sourceKey");
      assertThatThrownBy(() -> DoctorPatients.of(session, (Doctor) null)).hasMessage("source");
      assertThatThrownBy(() -> patients.link(null)).isInstanceOf(NullPointerException.class).hasMessage("targetKey");
      assertThatThrownBy(() -> patients.find(null)).isInstanceOf(NullPointerException.class).hasMessage("where");
      assertThatThrownBy(() -> patients.create(null)).isInstanceOf(NullPointerException.class).hasMessage("target");
      assertThatThrownBy(() -> patients.linkAll(null)).isInstanceOf(NullPointerException.class).hasMessage("targetKeys");
      assertThatThrownBy(() -> patients.set(java.util.Arrays.asList(ann, null)))
          .isInstanceOf(NullPointerException.class).hasMessage("targetKeys contains null");
      assertThatThrownBy(() -> DoctorPatients.include(session, null)).hasMessage("sources");
    });
  }

  @Test
  void aSourceWithoutKeyIsRejected() {
    inTransaction(session -> assertThatThrownBy(() -> DoctorPatients.of(session, new Doctor("New")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Doctor has no id"));
  }

  private static long appointmentCount(org.hibernate.Session session) {
    return session.createQuery("select count(a) from Appointment a", Long.class).getSingleResult();
  }
}
