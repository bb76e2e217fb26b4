package dev.throughline.it.concurrency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Coaching {
  @Id @GeneratedValue Long id;
  Long crewId;
  Long coachId;
}
