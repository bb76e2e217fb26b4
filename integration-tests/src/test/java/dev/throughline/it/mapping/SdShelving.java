package dev.throughline.it.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SoftDelete;

/** A through entity that Hibernate soft-deletes: removal sets its {@code deleted} column. */
@Entity
@Table(name = "sd_shelving")
@SoftDelete
public class SdShelving {
  @Id @GeneratedValue Long id;
  Long sdShelfId;
  Long sdBookId;
  String note;

  public Long getId() {
    return id;
  }

  public Long getSdShelfId() {
    return sdShelfId;
  }

  public Long getSdBookId() {
    return sdBookId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
