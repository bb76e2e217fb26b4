package dev.throughline.it.mapping;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;

/** A shelf whose shelvings and books carry Hibernate filters. */
@Entity
@Table(name = "fl_shelf")
public class FlShelf extends MappingShelf {

  @Transient
  @HasManyThrough(through = FlShelving.class)
  List<FlBook> books;

  protected FlShelf() {}

  public FlShelf(String name) {
    super(name);
  }

  public List<FlBook> getBooks() {
    return books;
  }
}
