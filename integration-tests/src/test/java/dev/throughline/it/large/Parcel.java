package dev.throughline.it.large;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Parcel {
  @Id @GeneratedValue Long id;
  String label;

  protected Parcel() {}

  public Parcel(String label) {
    this.label = label;
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }
}
