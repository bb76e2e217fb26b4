package dev.throughline.it.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Links a patient (by pid) to a medication, with a dose. */
@Entity
public class Prescription {
  @Id @GeneratedValue Long id;
  Long patientId;
  Long medicationId;
  String dose;

  public String getDose() {
    return dose;
  }

  public void setDose(String dose) {
    this.dose = dose;
  }
}
