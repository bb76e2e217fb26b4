package dev.throughline.it.context;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The target: a manuscript under review. */
@Entity
public class Manuscript {
  @Id @GeneratedValue Long id;
  String title;

  protected Manuscript() {}

  public Manuscript(String title) {
    this.title = title;
  }

  public Long getId() {
    return id;
  }
}
