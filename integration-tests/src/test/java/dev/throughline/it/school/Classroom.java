package dev.throughline.it.school;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Classroom {
  @Id @GeneratedValue Long id;
  String label;

  protected Classroom() {}

  public Classroom(String label) {
    this.label = label;
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }
}
