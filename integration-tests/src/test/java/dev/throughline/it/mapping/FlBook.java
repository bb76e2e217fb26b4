package dev.throughline.it.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/** A target with a filter: when enabled, only the books of one language are seen. */
@Entity
@Table(name = "fl_book")
@FilterDef(name = FlBook.LANGUAGE, parameters = @ParamDef(name = "language", type = String.class))
@Filter(name = FlBook.LANGUAGE, condition = "language = :language")
public class FlBook {
  /** The filter's name; its parameter is {@code language}. */
  public static final String LANGUAGE = "flBookLanguage";

  @Id @GeneratedValue Long id;
  String title;
  String language;
  String genre;

  protected FlBook() {}

  public FlBook(String title, String language) {
    this.title = title;
    this.language = language;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getLanguage() {
    return language;
  }

  public String getGenre() {
    return genre;
  }

  @Override
  public String toString() {
    return "FlBook[" + id + ", " + title + "]";
  }
}
