package dev.throughline.it.zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Care {
  @Id @GeneratedValue Long id;
  Long keeperId;
  Long animalId;
}
