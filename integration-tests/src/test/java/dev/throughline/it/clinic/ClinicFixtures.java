package dev.throughline.it.clinic;

import dev.throughline.it.contract.RelationFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.hibernate.Session;

/** The clinic's Doctor.patients as the shared test contracts use it. */
public final class ClinicFixtures {

  /** A week of days: the dates of the contract's appointments. */
  private static final List<String> WEEK = IntStream.rangeClosed(23, 29).mapToObj(day -> "2026-11-" + day).toList();

  private ClinicFixtures() {}

  /** Doctor.patients through Appointment's basic key columns; an appointment's own data is its date. */
  public static RelationFixture<Doctor, Long, Patient, Long, Appointment> doctorPatients() {
    return RelationFixture.<Doctor, Long, Patient, Long, Appointment>relation("Doctor.patients",
            DoctorPatients::of, DoctorPatients::of, DoctorPatients::include, DoctorPatients::inclusion)
        .sources(Doctor_.id, Doctor::new, Doctor::getId, Doctor::getPatients)
        .targets(Patient_.pid, Patient_.name, Patient::new, Patient::getPid, Patient::getName)
        .through(Appointment.class, ClinicFixtures::appointment,
            (session, row) -> row.getDoctorId(), (session, row) -> row.getPatientId())
        .data(WEEK, (row, day) -> row.setAppointmentDate(LocalDate.parse(day)),
            row -> Objects.toString(row.getAppointmentDate(), null))
        .missing(-7L, -3L);
  }

  /** A new appointment between a doctor and a patient, not yet persisted. */
  public static Appointment appointment(Session session, Long doctor, Long patient) {
    Appointment appointment = new Appointment();
    appointment.doctorId = doctor;
    appointment.patientId = patient;
    return appointment;
  }
}
