package dev.throughline.it.integrity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A through entity with basic key columns that the database also constrains: the read-only
 * associations map the same columns, so Hibernate creates foreign keys to Nurse and Ward, while
 * Throughline writes and queries the basic attributes.
 */
@Entity
public class Shift {
  @Id @GeneratedValue Long id;
  Long nurseId;
  Long wardId;
  String slot;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "nurseId", insertable = false, updatable = false)
  Nurse nurse;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "wardId", insertable = false, updatable = false)
  Ward ward;

  public Long getId() {
    return id;
  }

  public Long getNurseId() {
    return nurseId;
  }

  public Long getWardId() {
    return wardId;
  }

  public String getSlot() {
    return slot;
  }

  public void setSlot(String slot) {
    this.slot = slot;
  }
}
