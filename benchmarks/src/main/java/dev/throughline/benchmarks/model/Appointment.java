package dev.throughline.benchmarks.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The through row, LoopBack style: basic key columns. Seeded rows take ids below
 * {@link #FIRST_GENERATED_ID}; rows persisted by the benchmarks take them from the sequence.
 */
@Entity
@Table(name = "appointment", indexes = @Index(name = "appointment_doctor_patient", columnList = "doctor_id, patient_id"))
public class Appointment {
  public static final long FIRST_GENERATED_ID = 100_000_000L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
  @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq",
      initialValue = 100_000_000, allocationSize = 50)
  Long id;

  @Column(name = "doctor_id")
  Long doctorId;

  @Column(name = "patient_id")
  Long patientId;

  @Column(name = "appointment_date")
  LocalDate appointmentDate;

  public Appointment() {}

  public Appointment(Long doctorId, Long patientId) {
    this.doctorId = doctorId;
    this.patientId = patientId;
  }

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
}
