package dev.throughline.it.mapping;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;

/** A shelf whose shelvings and books are versioned. */
@Entity
@Table(name = "vr_shelf")
public class VrShelf {
  @Id @GeneratedValue Long id;
  String name;

  @Transient
  @HasManyThrough(through = VrShelving.class)
  List<VrBook> books;

  protected VrShelf() {}

  public VrShelf(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<VrBook> getBooks() {
    return books;
  }
}
