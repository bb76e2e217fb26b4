package dev.throughline.it.mapping;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What every book of the mapping models has: the target of each model's relation. */
@MappedSuperclass
public abstract class MappingBook {
  @Id @GeneratedValue Long id;
  String title;
  String genre;

  protected MappingBook() {}

  protected MappingBook(String title) {
    this.title = title;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getGenre() {
    return genre;
  }

  public void setGenre(String genre) {
    this.genre = genre;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + ", " + title + "]";
  }
}
