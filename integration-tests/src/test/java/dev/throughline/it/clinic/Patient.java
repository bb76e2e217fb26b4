package dev.throughline.it.clinic;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

@Entity
public class Patient {
  @Id @GeneratedValue Long pid;
  String name;

  /** Nested inclusion: doctors, their patients, the patients' medications. */
  @Transient
  @HasManyThrough(through = Prescription.class)
  List<Medication> medications;

  protected Patient() {}

  public Patient(String name) {
    this.name = name;
  }

  public Long getPid() {
    return pid;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<Medication> getMedications() {
    return medications;
  }

  @Override
  public String toString() {
    return "Patient[" + pid + ", " + name + "]";
  }
}
