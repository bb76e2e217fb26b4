package dev.throughline.it.concurrency;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

/**
 * A club whose row each concurrent transaction locks first: {@code opCount} numbers the
 * operations on the club in the order they commit.
 */
@Entity
public class Club {
  @Id @GeneratedValue Long id;
  String name;
  long opCount;

  @Transient
  @HasManyThrough(through = Membership.class)
  List<Athlete> athletes;

  protected Club() {}

  public Club(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public long getOpCount() {
    return opCount;
  }

  /** Counts one more operation and returns its number. */
  public long nextOp() {
    return ++opCount;
  }

  public List<Athlete> getAthletes() {
    return athletes;
  }
}
