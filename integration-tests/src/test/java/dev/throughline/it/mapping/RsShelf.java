package dev.throughline.it.mapping;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;

/** A shelf whose shelvings and books carry an {@code @SQLRestriction}. */
@Entity
@Table(name = "rs_shelf")
public class RsShelf extends MappingShelf {

  @Transient
  @HasManyThrough(through = RsShelving.class)
  List<RsBook> books;

  protected RsShelf() {}

  public RsShelf(String name) {
    super(name);
  }

  public List<RsBook> getBooks() {
    return books;
  }
}
