package dev.throughline.it.concurrency;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

/** A crew whose rowers are soft-deleted and whose coaches are restricted and filtered. */
@Entity
public class Crew {
  @Id @GeneratedValue Long id;
  String name;

  @Transient
  @HasManyThrough(through = Seat.class)
  List<Rower> rowers;

  @Transient
  @HasManyThrough(through = Coaching.class)
  List<Coach> coaches;

  protected Crew() {}

  public Crew(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
