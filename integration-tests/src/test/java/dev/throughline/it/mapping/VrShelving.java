package dev.throughline.it.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A versioned through entity. */
@Entity
@Table(name = "vr_shelving")
public class VrShelving {
  @Id @GeneratedValue Long id;
  @Version Integer version;
  Long vrShelfId;
  Long vrBookId;
  String note;

  public Long getId() {
    return id;
  }

  public Integer getVersion() {
    return version;
  }

  public Long getVrShelfId() {
    return vrShelfId;
  }

  public Long getVrBookId() {
    return vrBookId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
