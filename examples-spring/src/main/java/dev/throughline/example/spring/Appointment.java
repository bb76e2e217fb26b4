package dev.throughline.example.spring;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** The through entity: it links a doctor to a patient and carries data of its own. */
@Entity
@JsonPropertyOrder({"id", "doctorId", "patientId", "appointmentDate"})
public class Appointment {
  @Id @GeneratedValue Long id;
  Long doctorId; // references Doctor.id
  Long patientId; // references Patient.pid
  LocalDate appointmentDate;

  public Long getId() {
    return id;
  }

  public Long getDoctorId() {
    return doctorId;
  }

  public Long getPatientId() {
    return patientId;
  }

  public LocalDate getAppointmentDate() {
    return appointmentDate;
  }

  public void setAppointmentDate(LocalDate appointmentDate) {
    this.appointmentDate = appointmentDate;
  }
}
