package dev.throughline.example.clinic;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

// tour:begin patient
@Entity
public class Patient {
  @Id @GeneratedValue Long pid;
  String name;

  @Transient
  @HasManyThrough(through = Appointment.class)
  List<Doctor> doctors;                                // the other way through Appointment: PatientDoctors

  @Transient
  @HasManyThrough(through = Prescription.class)
  List<Medication> medications;                        // PatientMedications

  protected Patient() {}
  public Patient(String name) { this.name = name; }
  public Long getPid() { return pid; }
  public String getName() { return name; }
  public List<Doctor> getDoctors() { return doctors; }
  public List<Medication> getMedications() { return medications; }
  @Override public String toString() { return name; }
}
// tour:end patient
