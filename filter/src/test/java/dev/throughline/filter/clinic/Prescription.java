package dev.throughline.filter.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Links a patient to a medicine. */
@Entity
public class Prescription {
  @Id @GeneratedValue Long id;
  Long patientId;
  Long medicineId;
}
