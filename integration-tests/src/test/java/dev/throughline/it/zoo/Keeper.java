package dev.throughline.it.zoo;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

@Entity
public class Keeper {
  @Id @GeneratedValue Long id;
  String name;

  /** The target is the root of an inheritance hierarchy. */
  @Transient
  @HasManyThrough(through = Care.class)
  List<Animal> animals;

  protected Keeper() {}

  public Keeper(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
