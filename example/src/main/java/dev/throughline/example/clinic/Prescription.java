package dev.throughline.example.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Links a patient to a medication, with a dose. */
@Entity
public class Prescription {
  @Id @GeneratedValue Long id;
  Long patientId; // references Patient.pid
  Long medicationId; // references Medication.id
  String dose;

  public String getDose() {
    return dose;
  }

  public void setDose(String dose) {
    this.dose = dose;
  }
}
