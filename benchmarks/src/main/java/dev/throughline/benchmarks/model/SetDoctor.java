package dev.throughline.benchmarks.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** Plain JPA: a {@code @ManyToMany} {@code Set} (its join table's primary key is the pair). */
@Entity
@Table(name = "set_doctor")
public class SetDoctor {
  @Id Long id;
  String name;

  @ManyToMany
  @JoinTable(name = "set_doctor_patient",
      joinColumns = @JoinColumn(name = "doctor_id"),
      inverseJoinColumns = @JoinColumn(name = "patient_id"))
  Set<Patient> patients = new HashSet<>();

  protected SetDoctor() {}

  public Long getId() {
    return id;
  }

  public Set<Patient> getPatients() {
    return patients;
  }
}
