package dev.throughline.it.zoo;

import jakarta.persistence.Entity;

@Entity
public class Lion extends Animal {
  int maneLength;

  protected Lion() {}

  public Lion(String name, int maneLength) {
    super(name);
    this.maneLength = maneLength;
  }

  public int getManeLength() {
    return maneLength;
  }
}
