package dev.throughline.it.mapping;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What every shelf of the mapping models has: the source of each model's relation. */
@MappedSuperclass
public abstract class MappingShelf {
  @Id @GeneratedValue Long id;
  String name;

  protected MappingShelf() {}

  protected MappingShelf(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
