package dev.throughline.runtime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

@Entity
class Team {
  @Id @GeneratedValue Long id;
  String name;
  @Transient List<Player> players;
  @Transient List<Player> captains;

  Team() {}

  Team(String name) {
    this.name = name;
  }
}
