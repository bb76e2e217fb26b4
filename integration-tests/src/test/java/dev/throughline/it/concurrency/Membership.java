package dev.throughline.it.concurrency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** At most one row per (club, athlete): the database rejects a duplicate pair. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"clubId", "athleteId"}))
public class Membership {
  @Id @GeneratedValue Long id;
  Long clubId;
  Long athleteId;

  public Long getClubId() {
    return clubId;
  }

  public Long getAthleteId() {
    return athleteId;
  }
}
