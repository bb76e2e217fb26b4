package dev.throughline.it.concurrency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Athlete {
  @Id @GeneratedValue Long id;
  String name;

  protected Athlete() {}

  public Athlete(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
