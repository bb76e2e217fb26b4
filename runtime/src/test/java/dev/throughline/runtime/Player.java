package dev.throughline.runtime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
class Player {
  @Id @GeneratedValue Long id;
  String name;

  Player() {}

  Player(String name) {
    this.name = name;
  }

  /** A getter, because instances may be proxies created by {@code getReference}. */
  String getName() {
    return name;
  }
}
