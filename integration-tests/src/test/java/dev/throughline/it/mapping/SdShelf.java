package dev.throughline.it.mapping;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;

/** A shelf whose shelvings and books are soft-deleted. */
@Entity
@Table(name = "sd_shelf")
public class SdShelf extends MappingShelf {

  @Transient
  @HasManyThrough(through = SdShelving.class)
  List<SdBook> books;

  protected SdShelf() {}

  public SdShelf(String name) {
    super(name);
  }

  public List<SdBook> getBooks() {
    return books;
  }
}
