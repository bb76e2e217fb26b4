package dev.throughline.it.context;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

/** The source of a relation whose through rows are audited when removed. */
@Entity
public class Editor {
  @Id @GeneratedValue Long id;
  String name;

  @Transient
  @HasManyThrough(through = Review.class)
  List<Manuscript> manuscripts;

  protected Editor() {}

  public Editor(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }
}
