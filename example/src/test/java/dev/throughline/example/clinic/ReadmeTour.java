package dev.throughline.example.clinic;

import dev.throughline.Inclusions;
import dev.throughline.Linked;
import dev.throughline.Patch;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.Order;
import org.hibernate.query.Page;
import org.hibernate.query.SortDirection;
import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;

/**
 * The Java code of README.md's tour. Each region between {@code tour:begin} and {@code tour:end}
 * is one of README.md's Java blocks, as {@link ReadmeSnippetsTest} checks; {@link ReadmeTourTest}
 * runs the code on H2.
 */
final class ReadmeTour {

  /** What the accessor tour found, for the test to check. */
  record Found(List<Patient> all, List<Patient> some, Optional<Patient> one, long n, boolean linked, Patient eve,
      Appointment visit, Map<Long, List<Patient>> byDoctor) {}

  static Found accessor(Session session, Doctor doctor, List<Doctor> doctors, Long pid, LocalDate tomorrow,
      Long pid1, Long pid2, Long pid3, Long pid4) {
    // tour:begin accessor
    DoctorPatients patients = DoctorPatients.of(session, doctor);   // or DoctorPatients.of(session, doctorId)

    List<Patient> all = patients.find();                            // each linked patient once, by pid: 1 statement
    List<Patient> some = patients.find(Restriction.startsWith(Patient_.name, "A"));
    Optional<Patient> one = patients.findById(pid);                 // only if linked
    long n = patients.count();
    boolean linked = patients.isLinked(pid);

    Patient eve = patients.create(new Patient("Eve"), a -> a.setAppointmentDate(LocalDate.now()));
    Appointment visit = patients.link(pid, a -> a.setAppointmentDate(tomorrow));  // checks both ends exist
    patients.linkAll(List.of(pid1, pid2, pid3));                   // one existence check, batched inserts
    patients.set(List.of(pid1, pid4));                             // keeps pid1's rows and their data
    patients.unlink(pid2);                                         // one DELETE
    patients.unlinkAll();                                          // one DELETE
    patients.delete(Restriction.equal(Patient_.name, "Bob"));      // the patients and every row referencing them

    for (Linked<Patient, Appointment> row : patients.findWithThrough()) {
      System.out.println(row.target().getName() + " on " + row.through().getAppointmentDate());
    }

    Map<Long, List<Patient>> byDoctor = DoctorPatients.include(session, doctors);  // 1 statement, fills doctor.patients
    // tour:end accessor
    return new Found(all, some, one, n, linked, eve, visit, byDoctor);
  }

  static List<Patient> query(Session session, Long doctorId, LocalDate since) {
    // tour:begin query
    List<Patient> recent = DoctorPatients.of(session, doctorId).query()
        .where(Restriction.startsWith(Patient_.name, "A"))
        .whereThrough(Restriction.restrict(Appointment.class, "appointmentDate", Range.greaterThan(since)))
        .orderByThrough(Order.desc(Appointment_.appointmentDate))    // most recently seen first
        .page(Page.first(20))
        .list();

    DoctorPatients.of(session, doctorId).patch(Restriction.equal(Patient_.name, "Ann"), Patch.set(Patient_.name, "Anne"));
    // tour:end query
    return recent;
  }

  static void inclusion(Session session, List<Doctor> doctors, List<Patient> admitted) {
    // tour:begin inclusion
    DoctorPatients.inclusion()                                     // one statement per relation level and key chunk
        .orderBy(Order.asc(Patient_.name)).limit(3)                // per doctor, in SQL (row_number)
        .then(PatientMedications.inclusion())                      // nested: the patients' medications
        .load(session, doctors);

    DoctorRelations.include(session, doctors, "patients");         // by name, as a REST filter gives it
    Inclusions.load(session, admitted, PatientDoctors.inclusion(), PatientMedications.inclusion());
    // tour:end inclusion
  }

  /** What the source-query tour found, for the test to check. */
  record Sources(List<Doctor> sawAnn, List<Doctor> onlyAnn, List<Doctor> busiest, Map<Long, Long> patientsPerDoctor,
      Appointment visit) {}

  static Sources sources(Session session, LocalDate since, Long doctorId, Long pid) {
    // tour:begin sources
    List<Doctor> sawAnn = SelectionSpecification.create(Doctor.class)       // doctors who saw an Ann
        .restrict(DoctorPatients.some(Restriction.equal(Patient_.name, "Ann")))   // one EXISTS in this query
        .createQuery(session).getResultList();

    List<Doctor> onlyAnn = SelectionSpecification.create(Doctor.class)
        .restrict(Restriction.all(
            DoctorPatients.every(Restriction.equal(Patient_.name, "Ann")),   // doctors without patients too
            DoctorPatients.someThrough(Restriction.restrict(Appointment.class, "appointmentDate", Range.greaterThan(since)))))
        .createQuery(session).getResultList();

    List<Doctor> busiest = SelectionSpecification.create(Doctor.class)    // a page by number of patients
        .augment(DoctorPatients.orderByCount(SortDirection.DESCENDING))
        .sort(Order.asc(Doctor_.id))
        .createQuery(session).setPage(Page.first(10)).getResultList();
    Map<Long, Long> patientsPerDoctor = DoctorPatients.counts(session, busiest);  // 1 statement, 0 without links

    Appointment visit = DoctorPatients.of(session, doctorId).linkIfAbsent(pid, a -> a.setAppointmentDate(since));
    // tour:end sources
    return new Sources(sawAnn, onlyAnn, busiest, patientsPerDoctor, visit);
  }

  private ReadmeTour() {}
}
