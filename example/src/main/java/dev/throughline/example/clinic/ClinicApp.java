package dev.throughline.example.clinic;

import dev.throughline.Linked;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.stat.Statistics;

/** The clinic of LoopBack's hasManyThrough docs, with Throughline, on embedded H2. */
public final class ClinicApp {

  public static void main(String[] args) {
    try (SessionFactory factory = sessionFactory()) {
      Ids ids = factory.fromTransaction(session -> {
        Doctor house = new Doctor("Dr. House");
        Doctor wilson = new Doctor("Dr. Wilson");
        session.persist(house);
        session.persist(wilson);
        // create: a new patient and the appointment that links it, with the appointment's own data.
        Patient ann = DoctorPatients.of(session, house)
            .create(new Patient("Ann"), a -> a.setAppointmentDate(LocalDate.of(2026, 12, 1)));
        Patient bob = DoctorPatients.of(session, house)
            .create(new Patient("Bob"), a -> a.setAppointmentDate(LocalDate.of(2026, 12, 2)));
        // link: an existing patient to another doctor.
        DoctorPatients.of(session, wilson).link(bob.getPid(), a -> a.setAppointmentDate(LocalDate.of(2026, 12, 3)));
        return new Ids(house.getId(), wilson.getId(), ann.getPid(), bob.getPid());
      });

      System.out.println("== Doctors, their patients and appointment dates");
      factory.inTransaction(session -> {
        for (Doctor doctor : session.createQuery("from Doctor order by name", Doctor.class).getResultList()) {
          System.out.println(doctor.getName() + ":");
          for (Linked<Patient, Appointment> visit : DoctorPatients.of(session, doctor).findWithThrough()) {
            System.out.println("  " + visit.target().getName() + " on " + visit.through().getAppointmentDate());
          }
        }
      });

      System.out.println("== Wilson links Ann, House unlinks Bob");
      factory.inTransaction(session -> {
        DoctorPatients.of(session, ids.wilson()).link(ids.ann(), a -> a.setAppointmentDate(LocalDate.of(2026, 12, 4)));
        int removed = DoctorPatients.of(session, ids.house()).unlink(ids.bob());
        System.out.println("  appointments removed: " + removed);
        System.out.println("  House sees " + DoctorPatients.of(session, ids.house()).find());
        System.out.println("  Wilson sees " + DoctorPatients.of(session, ids.wilson()).find()
            + " (is Ann linked? " + DoctorPatients.of(session, ids.wilson()).isLinked(ids.ann()) + ")");
      });

      System.out.println("== Patients of all doctors, included at once");
      factory.inTransaction(session -> {
        List<Doctor> doctors = session.createQuery("from Doctor order by name", Doctor.class).getResultList();
        Statistics statistics = factory.getStatistics();
        statistics.clear();
        DoctorPatients.include(session, doctors);
        long statements = statistics.getPrepareStatementCount();
        doctors.forEach(doctor -> System.out.println("  " + doctor.getName() + ": " + doctor.getPatients()));
        System.out.println("  SQL statements for " + doctors.size() + " doctors: " + statements);
      });
    }
  }

  private static SessionFactory sessionFactory() {
    Configuration configuration = new Configuration()
        .addAnnotatedClass(Doctor.class)
        .addAnnotatedClass(Appointment.class)
        .addAnnotatedClass(Patient.class)
        .addAnnotatedClass(Prescription.class)
        .addAnnotatedClass(Medication.class);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, "jdbc:h2:mem:clinic;DB_CLOSE_DELAY=-1");
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
    configuration.setProperty(AvailableSettings.GENERATE_STATISTICS, "true");
    return configuration.buildSessionFactory();
  }

  private record Ids(Long house, Long wilson, Long ann, Long bob) {}

  private ClinicApp() {}
}
