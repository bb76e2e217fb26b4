package dev.throughline.filter.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The target of a patient's prescriptions. */
@Entity
public class Medicine {
  @Id @GeneratedValue Long id;
  String name;

  protected Medicine() {}

  public Medicine(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
