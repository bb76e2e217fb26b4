package dev.throughline.it.mapping;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;

/** A shelf whose shelvings and books are soft-deleted. */
@Entity
@Table(name = "sd_shelf")
public class SdShelf {
  @Id @GeneratedValue Long id;
  String name;

  @Transient
  @HasManyThrough(through = SdShelving.class)
  List<SdBook> books;

  protected SdShelf() {}

  public SdShelf(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<SdBook> getBooks() {
    return books;
  }
}
