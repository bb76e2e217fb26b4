package dev.throughline.it.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

/** A target whose inactive rows Hibernate never sees. */
@Entity
@Table(name = "rs_book")
@SQLRestriction("active = true")
public class RsBook extends MappingBook {
  boolean active = true;

  protected RsBook() {}

  public RsBook(String title) {
    super(title);
  }

}
