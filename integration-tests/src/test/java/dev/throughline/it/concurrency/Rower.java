package dev.throughline.it.concurrency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;

/** Removal marks the row deleted: an update, not a {@code DELETE}. */
@Entity
@SoftDelete
public class Rower {
  @Id @GeneratedValue Long id;
  String name;

  protected Rower() {}

  public Rower(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
