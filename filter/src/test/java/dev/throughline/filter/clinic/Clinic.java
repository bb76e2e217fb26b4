package dev.throughline.filter.clinic;

import dev.throughline.filter.Filters;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The test clinic on embedded H2: doctors House (Ann, Bob, C_d 100%), Wilson (Bob, dee) and Cuddy
 * (nobody); Ann takes aspirin and ibuprofen, Bob ibuprofen. Filters know the relations of doctors
 * and patients.
 */
public final class Clinic implements AutoCloseable {

  public static final UUID ANN_CARD = UUID.fromString("11111111-1111-1111-1111-111111111111");

  private final SessionFactory factory;
  private final Filters filters;

  private Clinic(String database) {
    Configuration configuration = new Configuration()
        .addAnnotatedClass(Doctor.class)
        .addAnnotatedClass(Appointment.class)
        .addAnnotatedClass(Patient.class)
        .addAnnotatedClass(Prescription.class)
        .addAnnotatedClass(Medicine.class);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
    configuration.setProperty(AvailableSettings.GENERATE_STATISTICS, "true");
    factory = configuration.buildSessionFactory();
    filters = Filters.of(factory.getMetamodel())
        .withRelations(Doctor.class, DoctorRelations.names(), DoctorRelations::inclusion)
        .withRelations(Patient.class, PatientRelations.names(), PatientRelations::inclusion);
  }

  /** The clinic above in its own in-memory database. */
  public static Clinic open(String database) {
    Clinic clinic = new Clinic(database);
    clinic.factory.inTransaction(Clinic::seed);
    return clinic;
  }

  public Filters filters() {
    return filters;
  }

  public SessionFactory factory() {
    return factory;
  }

  /** Runs {@code work} in a transaction that is rolled back, statistics cleared before. */
  public <R> R read(Function<Session, R> work) {
    try (Session session = factory.openSession()) {
      session.beginTransaction();
      try {
        factory.getStatistics().clear();
        return work.apply(session);
      } finally {
        session.getTransaction().rollback();
      }
    }
  }

  /** Statements prepared since the last {@link #read} began. */
  public long statements() {
    return factory.getStatistics().getPrepareStatementCount();
  }

  /** Adds {@code count} doctors, each with two of the existing patients; returns their ids. */
  public List<Long> addDoctors(int count) {
    List<Long> ids = new ArrayList<>();
    factory.inTransaction(session -> {
      List<Patient> patients = session.createQuery("from Patient order by pid", Patient.class).getResultList();
      for (int i = 0; i < count; i++) {
        Doctor doctor = new Doctor("Dr. " + i);
        session.persist(doctor);
        appointment(session, doctor, patients.get(i % patients.size()));
        appointment(session, doctor, patients.get((i + 1) % patients.size()));
        ids.add(doctor.id);
      }
    });
    return ids;
  }

  @Override
  public void close() {
    factory.close();
  }

  private static void seed(Session session) {
    Patient ann = patient(session, "Ann", "1980-01-15", Level.HIGH, 3, 61.5, "10.50", true);
    ann.registered = LocalDateTime.parse("2026-01-01T09:00:00");
    ann.seen = Instant.parse("2026-01-01T09:00:00Z");
    ann.card = ANN_CARD;
    ann.usualTime = LocalTime.parse("09:30:00");
    ann.lastCall = OffsetDateTime.parse("2026-01-02T08:00:00Z");
    ann.nextCall = ZonedDateTime.parse("2026-03-02T08:00:00Z");
    ann.initial = 'A';
    ann.points = new BigInteger("12345678901234567890");
    ann.floor = 3;
    ann.room = 12;
    ann.height = 1.5f;
    Patient bob = patient(session, "Bob", "1990-06-30", Level.LOW, 1, 80.0, "0", false);
    bob.registered = LocalDateTime.parse("2026-02-01T10:00:00");
    bob.seen = Instant.parse("2026-02-01T10:00:00Z");
    Patient cid = patient(session, "C_d 100%", "2000-12-31", null, null, 70.25, "99.99", true);
    Patient dee = patient(session, "dee", "1970-03-03", Level.LOW, 7, 55.0, "5", false);
    Doctor house = doctor(session, "Dr. House");
    Doctor wilson = doctor(session, "Dr. Wilson");
    doctor(session, "Dr. Cuddy");
    appointment(session, house, ann);
    appointment(session, house, bob);
    appointment(session, house, cid);
    appointment(session, wilson, bob);
    appointment(session, wilson, dee);
    Medicine aspirin = new Medicine("Aspirin");
    Medicine ibuprofen = new Medicine("Ibuprofen");
    session.persist(aspirin);
    session.persist(ibuprofen);
    prescription(session, ann, aspirin);
    prescription(session, ann, ibuprofen);
    prescription(session, bob, ibuprofen);
  }

  private static Patient patient(Session session, String name, String born, Level level, Integer visits, double weight,
      String balance, boolean insured) {
    Patient patient = new Patient(name);
    patient.born = LocalDate.parse(born);
    patient.level = level;
    patient.visits = visits;
    patient.weight = weight;
    patient.balance = new BigDecimal(balance);
    patient.insured = insured;
    session.persist(patient);
    return patient;
  }

  private static Doctor doctor(Session session, String name) {
    Doctor doctor = new Doctor(name);
    session.persist(doctor);
    return doctor;
  }

  private static void appointment(Session session, Doctor doctor, Patient patient) {
    Appointment appointment = new Appointment();
    appointment.doctorId = doctor.id;
    appointment.patientId = patient.pid;
    appointment.appointmentDate = LocalDate.of(2026, 1, 1);
    session.persist(appointment);
  }

  private static void prescription(Session session, Patient patient, Medicine medicine) {
    Prescription prescription = new Prescription();
    prescription.patientId = patient.pid;
    prescription.medicineId = medicine.id;
    session.persist(prescription);
  }
}
