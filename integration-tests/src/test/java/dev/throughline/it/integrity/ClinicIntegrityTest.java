package dev.throughline.it.integrity;

import dev.throughline.it.clinic.Appointment;
import dev.throughline.it.clinic.Doctor;
import dev.throughline.it.clinic.Patient;
import dev.throughline.it.contract.Fixtures;

/** The clinic: basic key columns ({@code Appointment.doctorId}, {@code patientId}) and no foreign keys. */
class ClinicIntegrityTest extends MissingEntityContract<Doctor, Patient, Appointment> {

  ClinicIntegrityTest() {
    super(Fixtures::doctorPatients, false, "insert into Appointment (id, doctorId, patientId) values (-1, -1, -1)");
  }
}
