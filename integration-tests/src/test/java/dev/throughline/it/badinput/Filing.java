package dev.throughline.it.badinput;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Filing {
  @Id @GeneratedValue Long id;

  @Column(length = 100)
  String archiveCode;

  @Column(length = 100)
  String documentRef;

  @Column(length = 10000)
  String note;

  public Long getId() {
    return id;
  }

  public String getArchiveCode() {
    return archiveCode;
  }

  public String getDocumentRef() {
    return documentRef;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
