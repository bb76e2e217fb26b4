package dev.throughline.it.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity
public class Appointment {
  @Id @GeneratedValue Long id;
  Long doctorId;
  Long patientId;
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
