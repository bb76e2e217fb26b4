package dev.throughline.it.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/** A target that Hibernate soft-deletes: removal clears its {@code active} column. */
@Entity
@Table(name = "sd_book")
@SoftDelete(strategy = SoftDeleteType.ACTIVE)
public class SdBook {
  @Id @GeneratedValue Long id;
  String title;
  String genre;

  protected SdBook() {}

  public SdBook(String title) {
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
    return "SdBook[" + id + ", " + title + "]";
  }
}
