package dev.throughline.it.integrity;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

/** The source of a relation whose through rows have basic key columns and foreign-key constraints. */
@Entity
public class Nurse {
  @Id @GeneratedValue Long id;
  String name;

  /** Through keys default to Shift's basic {@code nurseId} and {@code wardId}. */
  @Transient
  @HasManyThrough(through = Shift.class)
  List<Ward> wards;

  protected Nurse() {}

  public Nurse(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<Ward> getWards() {
    return wards;
  }
}
