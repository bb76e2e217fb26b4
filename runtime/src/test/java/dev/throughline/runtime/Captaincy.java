package dev.throughline.runtime;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A through entity with @ManyToOne keys. */
@Entity
class Captaincy {
  @Id @GeneratedValue Long id;
  @ManyToOne(fetch = FetchType.LAZY) Team team;
  @ManyToOne(fetch = FetchType.LAZY) Player player;
  String season;
}
