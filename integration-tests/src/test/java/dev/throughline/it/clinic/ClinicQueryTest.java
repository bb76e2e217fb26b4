package dev.throughline.it.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Linked;
import dev.throughline.Patch;
import dev.throughline.RelationQuery;
import dev.throughline.it.support.DatabaseTest;
import java.time.LocalDate;
import java.time.chrono.ChronoLocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.query.Order;
import org.hibernate.query.Page;
import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code query()} and {@code patch} checked against a plain in-memory model of the same random
 * appointments: every answer is compared with what Java streams compute, and each is one statement.
 */
class ClinicQueryTest extends DatabaseTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  /** One appointment in the in-memory model. */
  private record Visit(long appointmentId, long doctor, long patient, String patientName, LocalDate date) {}

  private final List<Visit> visits = new ArrayList<>();
  private final List<Long> doctors = new ArrayList<>();
  private final Map<Long, String> patientNames = new java.util.HashMap<>();

  @BeforeEach
  void randomClinic() {
    Random random = new Random(20261121);
    inTransaction(session -> {
      List<Patient> patients = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        // Names collide on purpose (ten distinct), so that ties are broken by pid.
        Patient patient = new Patient("Name" + (char) ('A' + random.nextInt(10)));
        session.persist(patient);
        patients.add(patient);
        patientNames.put(patient.getPid(), patient.name);
      }
      for (int d = 0; d < 6; d++) {
        Doctor doctor = new Doctor("Doctor" + d);
        session.persist(doctor);
        doctors.add(doctor.getId());
        int links = d == 5 ? 0 : 5 + random.nextInt(25);
        for (int i = 0; i < links; i++) {
          Patient patient = patients.get(random.nextInt(patients.size()));
          Appointment appointment = new Appointment();
          appointment.doctorId = doctor.getId();
          appointment.patientId = patient.getPid();
          appointment.appointmentDate = START.plusDays(random.nextInt(300));
          session.persist(appointment);
          session.flush();
          visits.add(new Visit(appointment.getId(), doctor.getId(), patient.getPid(), patient.name, appointment.appointmentDate));
        }
      }
    });
  }

  /**
   * A range of dates as {@code restrict} wants it. {@code LocalDate} is {@code
   * Comparable<ChronoLocalDate>}, so Hibernate's {@code Range} factories type it as a range of
   * {@code ChronoLocalDate}.
   */
  @SuppressWarnings("unchecked")
  private static Range<LocalDate> dates(Range<? extends ChronoLocalDate> range) {
    return (Range<LocalDate>) range;
  }

  private List<Visit> visitsOf(long doctor, Predicate<Visit> where) {
    return visits.stream().filter(v -> v.doctor() == doctor).filter(where).toList();
  }

  /** Distinct patients of the visits, ordered by the comparator, then pid. */
  private static List<Long> patients(List<Visit> visits, Comparator<Long> order) {
    return visits.stream().map(Visit::patient).distinct()
        .sorted(order.thenComparing(Comparator.naturalOrder())).toList();
  }

  private static List<Long> pids(List<Patient> patients) {
    return patients.stream().map(Patient::getPid).toList();
  }

  @Test
  void listMatchesTheModelForEveryDoctorWithRestrictionsOrdersAndPages() {
    LocalDate cut = START.plusDays(150);
    inTransaction(session -> {
      for (long doctor : doctors) {
        RelationQuery<Patient, Appointment> query = DoctorPatients.of(session, doctor).query();

        assertThat(pids(counted(session, s -> query.list()))).as("all of %d", doctor)
            .containsExactlyElementsOf(patients(visitsOf(doctor, v -> true), Comparator.comparing(p -> 0)));
        assertThat(sql.total()).isEqualTo(1);

        List<Visit> late = visitsOf(doctor, v -> v.date().isAfter(cut));
        RelationQuery<Patient, Appointment> lateByName = query
            .whereThrough(Restriction.restrict(Appointment_.appointmentDate, dates(Range.greaterThan(cut))))
            .orderBy(Order.desc(Patient_.name));
        Comparator<Long> byNameDesc = Comparator.comparing((Long p) -> patientNames.get(p)).reversed();
        assertThat(pids(counted(session, s -> lateByName.list())))
            .containsExactlyElementsOf(patients(late, byNameDesc));
        assertThat(sql.total()).isEqualTo(1);

        List<Long> expectedPage = patients(late, byNameDesc).stream().skip(2).limit(3).toList();
        assertThat(pids(counted(session, s -> lateByName.offset(2).limit(3).list()))).containsExactlyElementsOf(expectedPage);
        assertThat(sql.total()).isEqualTo(1);
        assertThat(pids(lateByName.page(Page.page(3, 0)).list()))
            .containsExactlyElementsOf(patients(late, byNameDesc).stream().limit(3).toList());

        long count = counted(session, s -> lateByName.count());
        assertThat(count).isEqualTo(patients(late, byNameDesc).size());
        assertThat(sql.total()).isEqualTo(1);
        boolean exists = counted(session, s -> lateByName.exists());
        assertThat(exists).isEqualTo(!late.isEmpty());
        assertThat(sql.total()).isEqualTo(1);

        List<Visit> named = visitsOf(doctor, v -> v.patientName().compareTo("NameE") < 0);
        assertThat(pids(query.where(Restriction.lessThan(Patient_.name, "NameE")).list()))
            .containsExactlyElementsOf(patients(named, Comparator.comparing(p -> 0)));
      }
    });
  }

  @Test
  void orderingByAThroughAttributeUsesEachTargetsEarliestOrLatestRow() {
    inTransaction(session -> {
      for (long doctor : doctors) {
        List<Visit> all = visitsOf(doctor, v -> true);
        Map<Long, LocalDate> latest = all.stream().collect(Collectors.toMap(Visit::patient, Visit::date,
            (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, LocalDate> earliest = all.stream().collect(Collectors.toMap(Visit::patient, Visit::date,
            (a, b) -> a.isBefore(b) ? a : b));
        RelationQuery<Patient, Appointment> query = DoctorPatients.of(session, doctor).query();

        List<Patient> mostRecentFirst = counted(session,
            s -> query.orderByThrough(Order.desc(Appointment_.appointmentDate)).list());
        assertThat(sql.total()).isEqualTo(1);
        assertThat(pids(mostRecentFirst)).containsExactlyElementsOf(
            patients(all, Comparator.comparing((Long p) -> latest.get(p)).reversed()));
        assertThat(pids(query.orderByThrough(Order.asc(Appointment_.appointmentDate)).limit(4).list()))
            .containsExactlyElementsOf(patients(all, Comparator.comparing((Long p) -> earliest.get(p))).stream().limit(4).toList());
      }
    });
  }

  @Test
  void withThroughGivesEveryMatchingRowWithItsTarget() {
    LocalDate cut = START.plusDays(100);
    inTransaction(session -> {
      for (long doctor : doctors) {
        List<Visit> expected = visitsOf(doctor, v -> !v.date().isBefore(cut)).stream()
            .sorted(Comparator.comparing(Visit::date).reversed().thenComparing(Visit::patient).thenComparing(Visit::appointmentId))
            .toList();
        List<Linked<Patient, Appointment>> rows = counted(session, s -> DoctorPatients.of(s, doctor).query()
            .whereThrough(Restriction.restrict(Appointment_.appointmentDate, dates(Range.greaterThanOrEqualTo(cut))))
            .orderByThrough(Order.desc(Appointment_.appointmentDate))
            .withThrough());
        assertThat(sql.total()).isEqualTo(1);
        assertThat(rows).extracting(row -> row.through().getId())
            .containsExactlyElementsOf(expected.stream().map(Visit::appointmentId).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row.target().getPid()).isEqualTo(row.through().getPatientId()));
      }
    });
  }

  @Test
  void streamScrollsEveryTargetOnceAndDetachesIt() {
    long doctor = doctors.get(0);
    inTransaction(session -> {
      List<Long> streamed;
      try (Stream<Patient> stream = counted(session, s -> DoctorPatients.of(s, doctor).query().stream())) {
        streamed = stream.map(patient -> {
          assertThat(session.contains(patient)).isFalse();
          return patient.getPid();
        }).toList();
      }
      assertThat(sql.total()).isEqualTo(1);
      assertThat(streamed).containsExactlyElementsOf(patients(visitsOf(doctor, v -> true), Comparator.comparing(p -> 0)));
    });
  }

  @Test
  void patchUpdatesLinkedTargetsInOneStatementAndRefusesTheKey() {
    long doctor = doctors.get(1);
    List<Long> linked = patients(visitsOf(doctor, v -> true), Comparator.comparing(p -> 0));
    List<Long> linkedNamedA = linked.stream().filter(p -> patientNames.get(p).equals("NameA")).toList();
    inTransaction(session -> {
      int changed = counted(session, s -> DoctorPatients.of(s, doctor)
          .patch(Restriction.equal(Patient_.name, "NameA"), Patch.set(Patient_.name, "Renamed")));
      assertThat(sql.count("update")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(changed).isEqualTo(linkedNamedA.size());
    });
    inTransaction(session -> {
      List<Long> renamed = pids(session.createQuery("from Patient where name = 'Renamed' order by pid", Patient.class).getResultList());
      assertThat(renamed).containsExactlyElementsOf(linkedNamedA);
      assertThat(DoctorPatients.of(session, doctor).patch(Patch.set(Patient_.name, "All"))).isEqualTo(linked.size());
      assertThatThrownBy(() -> DoctorPatients.of(session, doctor).patch(Patch.set(Patient_.pid, 1L)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot change Patient.pid");
    });
  }
}
