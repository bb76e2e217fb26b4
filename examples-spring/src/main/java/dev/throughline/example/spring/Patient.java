package dev.throughline.example.spring;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The target, keyed by {@code pid} as in LoopBack's docs. */
@Entity
@JsonPropertyOrder({"pid", "name"})
public class Patient {
  @Id @GeneratedValue Long pid;
  String name;

  protected Patient() {}

  public Patient(String name) {
    this.name = name;
  }

  public Long getPid() {
    return pid;
  }

  public String getName() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
