package dev.throughline.it.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.UUID;

@Entity(name = "StaffEngineer")
public class Engineer {
  @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
  String name;

  protected Engineer() {}

  public Engineer(String name) {
    this.name = name;
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
