package dev.throughline.benchmarks.model;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;

/** The Throughline source: its patients are reached through {@link Appointment} rows. */
@Entity
@Table(name = "doctor")
public class Doctor {
  @Id Long id;
  String name;

  @Transient
  @HasManyThrough(through = Appointment.class)
  List<Patient> patients;

  protected Doctor() {}

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<Patient> getPatients() {
    return patients;
  }

  /** What a hand-written inclusion does with its results. */
  public void setPatients(List<Patient> patients) {
    this.patients = patients;
  }
}
