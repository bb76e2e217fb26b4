package dev.throughline.it.courses;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** LoopBack 3's COURSTU(COURID, STUID). */
@Entity
public class Courstu {
  @Id @GeneratedValue Long id;
  Long courid;
  Long stuid;

  public Long getCourid() {
    return courid;
  }

  public Long getStuid() {
    return stuid;
  }
}
