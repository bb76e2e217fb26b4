package dev.throughline.filter.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** Links a doctor to a patient. */
@Entity
public class Appointment {
  @Id @GeneratedValue Long id;
  Long doctorId;
  Long patientId;
  LocalDate appointmentDate;
}
