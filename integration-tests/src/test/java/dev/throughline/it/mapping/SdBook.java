package dev.throughline.it.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/** A target that Hibernate soft-deletes: removal clears its {@code active} column. */
@Entity
@Table(name = "sd_book")
@SoftDelete(strategy = SoftDeleteType.ACTIVE)
public class SdBook extends MappingBook {

  protected SdBook() {}

  public SdBook(String title) {
    super(title);
  }

}
