package dev.throughline.it.mapping;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;

/** A shelf whose shelvings and books carry an {@code @SQLRestriction}. */
@Entity
@Table(name = "rs_shelf")
public class RsShelf {
  @Id @GeneratedValue Long id;
  String name;

  @Transient
  @HasManyThrough(through = RsShelving.class)
  List<RsBook> books;

  protected RsShelf() {}

  public RsShelf(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<RsBook> getBooks() {
    return books;
  }
}
