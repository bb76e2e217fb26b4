package dev.throughline.filter.clinic;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** A target with an attribute of every type a filter converts to, and a relation of its own. */
@Entity
public class Patient {
  @Id @GeneratedValue Long pid;
  String name;
  LocalDate born;
  LocalDateTime registered;
  Instant seen;
  UUID card;
  @Enumerated(EnumType.STRING) Level level;
  Integer visits;
  double weight;
  BigDecimal balance;
  boolean insured;
  LocalTime usualTime;
  OffsetDateTime lastCall;
  ZonedDateTime nextCall;
  Character initial;
  BigInteger points;
  Short floor;
  byte room;
  Float height;

  @Transient
  @HasManyThrough(through = Prescription.class)
  List<Medicine> medicines;

  protected Patient() {}

  public Patient(String name) {
    this.name = name;
  }

  public Long getPid() {
    return pid;
  }

  public String getName() {
    return name;
  }

  public List<Medicine> getMedicines() {
    return medicines;
  }

  @Override
  public String toString() {
    return name;
  }
}
