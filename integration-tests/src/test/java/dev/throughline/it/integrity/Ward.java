package dev.throughline.it.integrity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Ward {
  @Id @GeneratedValue Long id;
  String name;

  protected Ward() {}

  public Ward(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  @Override
  public String toString() {
    return "Ward[" + id + ", " + name + "]";
  }
}
