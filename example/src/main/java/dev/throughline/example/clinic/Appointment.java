package dev.throughline.example.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** The through entity: it links a doctor to a patient and carries data of its own. */
// tour:begin appointment
@Entity
public class Appointment {
  @Id @GeneratedValue Long id;
  Long doctorId;            // references Doctor.id
  Long patientId;           // references Patient.pid
  LocalDate appointmentDate;

  public LocalDate getAppointmentDate() { return appointmentDate; }
  public void setAppointmentDate(LocalDate appointmentDate) { this.appointmentDate = appointmentDate; }
}
// tour:end appointment
