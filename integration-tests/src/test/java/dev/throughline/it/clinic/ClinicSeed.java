package dev.throughline.it.clinic;

import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.contract.RelationFixture;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/**
 * A small clinic, as tests of the caller's session start from it: House sees Ann (one
 * appointment, on {@link #DAY}), Cuddy sees nobody, and nobody sees Bob.
 *
 * @param house the key of House
 * @param cuddy the key of Cuddy
 * @param ann the pid of Ann
 * @param bob the pid of Bob
 */
public record ClinicSeed(Long house, Long cuddy, Long ann, Long bob) {

  /** The day of House's appointment with Ann. */
  public static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  /** Persists the clinic in the session's transaction. */
  public static ClinicSeed persist(Session session) {
    RelationFixture<Doctor, Long, Patient, Long, Appointment> clinic = Fixtures.doctorPatients();
    List<Long> doctors = clinic.persistSources(session, List.of("House", "Cuddy"));
    List<Long> patients = clinic.persistTargets(session, List.of("Ann", "Bob")).stream().map(Patient::getPid).toList();
    ClinicSeed seed = new ClinicSeed(doctors.get(0), doctors.get(1), patients.get(0), patients.get(1));
    DoctorPatients.of(session, seed.house()).link(seed.ann(), appointment -> appointment.setAppointmentDate(DAY));
    return seed;
  }
}
