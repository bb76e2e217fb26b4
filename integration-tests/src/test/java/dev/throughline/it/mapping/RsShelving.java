package dev.throughline.it.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

/** A through entity whose withdrawn rows Hibernate never sees. */
@Entity
@Table(name = "rs_shelving")
@SQLRestriction("withdrawn = false")
public class RsShelving {
  @Id @GeneratedValue Long id;
  Long rsShelfId;
  Long rsBookId;
  String note;
  boolean withdrawn;

  public Long getId() {
    return id;
  }

  public Long getRsShelfId() {
    return rsShelfId;
  }

  public Long getRsBookId() {
    return rsBookId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }
}
