package dev.throughline.benchmarks.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The join entity of the plain JPA model, indexed like {@link Appointment}. */
@Entity
@Table(name = "visit", indexes = @Index(name = "visit_doctor_patient", columnList = "doctor_id, patient_id"))
public class Visit {
  @Id Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "doctor_id")
  WalkDoctor doctor;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "patient_id")
  Patient patient;

  @Column(name = "appointment_date")
  LocalDate appointmentDate;

  protected Visit() {}

  public Patient getPatient() {
    return patient;
  }
}
