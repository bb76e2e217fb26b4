package dev.throughline.it.mapping;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;

/** A shelf whose shelvings and books are versioned. */
@Entity
@Table(name = "vr_shelf")
public class VrShelf extends MappingShelf {

  @Transient
  @HasManyThrough(through = VrShelving.class)
  List<VrBook> books;

  protected VrShelf() {}

  public VrShelf(String name) {
    super(name);
  }

  public List<VrBook> getBooks() {
    return books;
  }
}
