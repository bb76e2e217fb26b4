package dev.throughline.it.zoo;

import jakarta.persistence.Entity;

@Entity
public class Parrot extends Animal {
  String phrase;

  protected Parrot() {}

  public Parrot(String name, String phrase) {
    super(name);
    this.phrase = phrase;
  }

  public String getPhrase() {
    return phrase;
  }
}
