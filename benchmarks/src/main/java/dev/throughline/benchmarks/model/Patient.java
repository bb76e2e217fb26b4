package dev.throughline.benchmarks.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The target of every model. */
@Entity
@Table(name = "patient")
public class Patient {
  @Id Long pid;
  String name;

  protected Patient() {}

  public Long getPid() {
    return pid;
  }

  public String getName() {
    return name;
  }
}
