package dev.throughline.it.integrity;

import dev.throughline.it.clinic.Doctor;
import dev.throughline.it.clinic.DoctorPatients;
import dev.throughline.it.clinic.Patient;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/** The clinic: basic key columns ({@code Appointment.doctorId}, {@code patientId}) and no foreign keys. */
class ClinicIntegrityTest extends MissingEntityContract {

  private static final LocalDate NIGHT = LocalDate.of(2026, 12, 24);

  @Override
  String sourceEntity() {
    return "Doctor";
  }

  @Override
  String sourceKeyAttribute() {
    return "id";
  }

  @Override
  String targetEntity() {
    return "Patient";
  }

  @Override
  String targetKeyAttribute() {
    return "pid";
  }

  @Override
  String throughEntity() {
    return "Appointment";
  }

  @Override
  boolean hasForeignKeys() {
    return false;
  }

  @Override
  String danglingThroughRowSql() {
    return "insert into Appointment (id, doctorId, patientId) values (-1, -1, -1)";
  }

  @Override
  Long persistSource(Session session, String name) {
    Doctor doctor = new Doctor(name);
    session.persist(doctor);
    return doctor.getId();
  }

  @Override
  Long persistTarget(Session session, String name) {
    Patient patient = new Patient(name);
    session.persist(patient);
    return patient.getPid();
  }

  @Override
  Class<?> sourceClass() {
    return Doctor.class;
  }

  @Override
  Class<?> targetClass() {
    return Patient.class;
  }

  @Override
  void link(Session session, Long sourceKey, Long targetKey) {
    DoctorPatients.of(session, sourceKey).link(targetKey);
  }

  @Override
  void linkWithData(Session session, Long sourceKey, Long targetKey) {
    DoctorPatients.of(session, sourceKey).link(targetKey, appointment -> appointment.setAppointmentDate(NIGHT));
  }

  @Override
  void linkAll(Session session, Long sourceKey, List<Long> targetKeys) {
    DoctorPatients.of(session, sourceKey).linkAll(targetKeys);
  }

  @Override
  void set(Session session, Long sourceKey, List<Long> targetKeys) {
    DoctorPatients.of(session, sourceKey).set(targetKeys);
  }

  @Override
  void create(Session session, Long sourceKey, String name) {
    DoctorPatients.of(session, sourceKey).create(new Patient(name), appointment -> appointment.setAppointmentDate(NIGHT));
  }

  @Override
  List<Long> linkedKeys(Session session, Long sourceKey) {
    return DoctorPatients.of(session, sourceKey).find().stream().map(Patient::getPid).toList();
  }
}
