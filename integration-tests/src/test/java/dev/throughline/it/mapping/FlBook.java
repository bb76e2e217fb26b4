package dev.throughline.it.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/** A target with a filter: when enabled, only the books of one language are seen. */
@Entity
@Table(name = "fl_book")
@FilterDef(name = FlBook.LANGUAGE, parameters = @ParamDef(name = "language", type = String.class))
@Filter(name = FlBook.LANGUAGE, condition = "language = :language")
public class FlBook extends MappingBook {
  /** The filter's name; its parameter is {@code language}. */
  public static final String LANGUAGE = "flBookLanguage";

  String language;

  protected FlBook() {}

  public FlBook(String title, String language) {
    super(title);
    this.language = language;
  }

  public String getLanguage() {
    return language;
  }

}
