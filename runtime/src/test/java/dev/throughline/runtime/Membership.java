package dev.throughline.runtime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A through entity with basic key attributes. */
@Entity
class Membership {
  @Id @GeneratedValue Long id;
  Long teamId;
  Long playerId;
  int number;
}
