package dev.throughline.it.library;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

@Entity
public class Author {
  @Id @GeneratedValue Long id;
  String name;

  /** Through keys inferred from Authorship's single @ManyToOne of each type. */
  @Transient
  @HasManyThrough(through = Authorship.class)
  List<Book> books;

  protected Author() {}

  public Author(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<Book> getBooks() {
    return books;
  }
}
