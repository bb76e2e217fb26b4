package dev.throughline.runtime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A through entity with basic key attributes. */
@Entity
class Membership {
  @Id @GeneratedValue Long id;
  Long teamId;
  Long playerId;
  int number;
  /** Of a type that {@link SourceKeyArrays} does not bind as an array. */
  LocalDate since;
}
