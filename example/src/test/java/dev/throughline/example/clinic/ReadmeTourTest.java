package dev.throughline.example.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Runs README.md's tour ({@link ReadmeTour}) on embedded H2 and checks what it does. */
class ReadmeTourTest {

  private SessionFactory factory;

  @BeforeEach
  void start(TestInfo test) {
    Configuration configuration = new Configuration()
        .addAnnotatedClass(Doctor.class)
        .addAnnotatedClass(Appointment.class)
        .addAnnotatedClass(Patient.class)
        .addAnnotatedClass(Prescription.class)
        .addAnnotatedClass(Medication.class);
    String database = "tour_" + test.getTestMethod().orElseThrow().getName();
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
    factory = configuration.buildSessionFactory();
  }

  @AfterEach
  void stop() {
    factory.close();
  }

  @Test
  void accessorTour() {
    Doctor house = persist(new Doctor("Dr. House"));
    Doctor wilson = persist(new Doctor("Dr. Wilson"));
    Patient ann = persist(new Patient("Ann"));
    Patient alice = persist(new Patient("Alice"));
    Patient bob = persist(new Patient("Bob"));
    Patient carl = persist(new Patient("Carl"));
    Patient dora = persist(new Patient("Dora"));
    appointment(house, ann, "2026-01-10");
    appointment(house, alice, "2026-03-01");
    appointment(house, bob, "2026-02-01");
    appointment(wilson, bob, "2026-02-02");
    LocalDate tomorrow = LocalDate.now().plusDays(1);

    ReadmeTour.Found found = factory.fromTransaction(session -> {
      List<Doctor> doctors = session.createQuery("from Doctor order by name", Doctor.class).getResultList();
      return ReadmeTour.accessor(session, doctors.get(0), doctors, ann.getPid(), tomorrow,
          carl.getPid(), dora.getPid(), bob.getPid(), alice.getPid());
    });

    assertThat(names(found.all())).containsExactlyInAnyOrder("Ann", "Alice", "Bob");
    assertThat(names(found.some())).containsExactlyInAnyOrder("Ann", "Alice");
    assertThat(found.one()).map(Patient::getName).contains("Ann");
    assertThat(found.n()).isEqualTo(3);
    assertThat(found.linked()).isTrue();
    assertThat(found.eve().getPid()).isNotNull();
    assertThat(found.visit().getAppointmentDate()).isEqualTo(tomorrow);
    // unlinkAll() left Dr. House without patients; Bob, whom the tour deletes only among them, stays Wilson's.
    assertThat(found.byDoctor().getOrDefault(house.getId(), List.of())).isEmpty();
    assertThat(names(found.byDoctor().get(wilson.getId()))).containsExactly("Bob");
  }

  @Test
  void queryTour() {
    Doctor house = persist(new Doctor("Dr. House"));
    appointment(house, persist(new Patient("Ann")), "2026-01-10");
    appointment(house, persist(new Patient("Alice")), "2026-03-01");
    appointment(house, persist(new Patient("Abe")), "2025-12-01");
    appointment(house, persist(new Patient("Bob")), "2026-05-01");

    List<Patient> recent =
        factory.fromTransaction(session -> ReadmeTour.query(session, house.getId(), LocalDate.of(2026, 1, 1)));

    // Ann was read into the session before the patch renamed her, so her instance shows the new name.
    assertThat(names(recent)).containsExactly("Alice", "Anne");
    List<String> patched = factory.fromTransaction(session -> names(DoctorPatients.of(session, house.getId()).find()));
    assertThat(patched).containsExactlyInAnyOrder("Anne", "Alice", "Abe", "Bob");
  }

  /** README.md's other way to restrict a date: the metamodel attribute and a cast range. */
  @Test
  @SuppressWarnings("unchecked")
  void castRangeOfDatesRestrictsAsTheNamedAttributeDoes() {
    Doctor house = persist(new Doctor("Dr. House"));
    appointment(house, persist(new Patient("Ann")), "2026-01-10");
    appointment(house, persist(new Patient("Abe")), "2025-12-01");
    LocalDate since = LocalDate.of(2026, 1, 1);

    List<String> named = factory.fromTransaction(session -> names(DoctorPatients.of(session, house.getId()).query()
        .whereThrough(Restriction.restrict(Appointment.class, "appointmentDate", Range.greaterThan(since)))
        .list()));
    List<String> cast = factory.fromTransaction(session -> names(DoctorPatients.of(session, house.getId()).query()
        .whereThrough(Restriction.restrict(Appointment_.appointmentDate, (Range<LocalDate>) (Range<?>) Range.greaterThan(since)))
        .list()));

    assertThat(named).containsExactly("Ann");
    assertThat(cast).isEqualTo(named);
  }

  @Test
  void sourcesTour() {
    Doctor house = persist(new Doctor("Dr. House"));
    Doctor wilson = persist(new Doctor("Dr. Wilson"));
    Doctor idle = persist(new Doctor("Dr. Idle"));
    Patient ann = persist(new Patient("Ann"));
    Patient bob = persist(new Patient("Bob"));
    appointment(house, ann, "2026-01-10");
    appointment(house, bob, "2026-01-11");
    appointment(wilson, ann, "2026-02-01");
    appointment(wilson, ann, "2026-02-02");

    ReadmeTour.Sources found = factory.fromTransaction(
        session -> ReadmeTour.sources(session, LocalDate.of(2026, 1, 1), idle.getId(), bob.getPid()));

    assertThat(found.sawAnn()).extracting(Doctor::getName).containsExactlyInAnyOrder("Dr. House", "Dr. Wilson");
    // every(...) holds for Dr. Idle, who has no patients, but someThrough(...) does not.
    assertThat(found.onlyAnn()).extracting(Doctor::getName).containsExactly("Dr. Wilson");
    assertThat(found.busiest()).extracting(Doctor::getName).containsExactly("Dr. House", "Dr. Wilson", "Dr. Idle");
    assertThat(found.patientsPerDoctor()).containsExactly(
        Map.entry(house.getId(), 2L), Map.entry(wilson.getId(), 1L), Map.entry(idle.getId(), 0L));
    assertThat(found.visit().getAppointmentDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    long idleCount = factory.fromTransaction(session -> DoctorPatients.of(session, idle.getId()).count());
    assertThat(idleCount).isEqualTo(1);
  }

  @Test
  void inclusionTour() {
    Doctor house = persist(new Doctor("Dr. House"));
    Doctor wilson = persist(new Doctor("Dr. Wilson"));
    Patient ann = persist(new Patient("Ann"));
    Patient bob = persist(new Patient("Bob"));
    for (String name : List.of("Alice", "Abe", "Carl")) {
      appointment(house, persist(new Patient(name)), "2026-01-01");
    }
    appointment(house, ann, "2026-01-02");
    appointment(wilson, bob, "2026-01-03");
    appointment(house, bob, "2026-01-04");
    Medication aspirin = persist(new Medication("Aspirin"));
    Medication vicodin = persist(new Medication("Vicodin"));
    prescription(ann, aspirin);
    prescription(ann, vicodin);
    prescription(bob, aspirin);

    factory.inTransaction(session -> {
      List<Doctor> doctors = session.createQuery("from Doctor order by name", Doctor.class).getResultList();
      List<Patient> admitted = session.createQuery("from Patient where name in ('Ann', 'Bob') order by name", Patient.class)
          .getResultList();
      ReadmeTour.inclusion(session, doctors, admitted);

      // By name, the second inclusion gives each doctor all patients, not the first three.
      assertThat(names(doctors.get(0).getPatients())).containsExactlyInAnyOrder("Abe", "Alice", "Ann", "Bob", "Carl");
      assertThat(names(doctors.get(1).getPatients())).containsExactly("Bob");
      Patient annLoaded = admitted.get(0);
      Patient bobLoaded = admitted.get(1);
      assertThat(annLoaded.getDoctors()).extracting(Doctor::getName).containsExactly("Dr. House");
      assertThat(bobLoaded.getDoctors()).extracting(Doctor::getName).containsExactlyInAnyOrder("Dr. House", "Dr. Wilson");
      assertThat(annLoaded.getMedications()).extracting(Medication::getName).containsExactlyInAnyOrder("Aspirin", "Vicodin");
      assertThat(bobLoaded.getMedications()).extracting(Medication::getName).containsExactly("Aspirin");
    });
  }

  private <E> E persist(E entity) {
    factory.inTransaction(session -> session.persist(entity));
    return entity;
  }

  private void appointment(Doctor doctor, Patient patient, String date) {
    Appointment appointment = new Appointment();
    appointment.doctorId = doctor.getId();
    appointment.patientId = patient.getPid();
    appointment.setAppointmentDate(LocalDate.parse(date));
    persist(appointment);
  }

  private void prescription(Patient patient, Medication medication) {
    Prescription prescription = new Prescription();
    prescription.patientId = patient.getPid();
    prescription.medicationId = medication.getId();
    persist(prescription);
  }

  private static List<String> names(List<Patient> patients) {
    return patients.stream().map(Patient::getName).toList();
  }
}
