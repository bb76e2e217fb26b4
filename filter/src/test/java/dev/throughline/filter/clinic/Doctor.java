package dev.throughline.filter.clinic;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

/** A source: a doctor has many patients through appointments. */
@Entity
public class Doctor {
  @Id @GeneratedValue Long id;
  String name;

  @Transient
  @HasManyThrough(through = Appointment.class)
  List<Patient> patients;

  protected Doctor() {}

  public Doctor(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<Patient> getPatients() {
    return patients;
  }
}
