package dev.throughline.it.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;

/** A target whose inactive rows Hibernate never sees. */
@Entity
@Table(name = "rs_book")
@SQLRestriction("active = true")
public class RsBook {
  @Id @GeneratedValue Long id;
  String title;
  String genre;
  boolean active = true;

  protected RsBook() {}

  public RsBook(String title) {
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
    return "RsBook[" + id + ", " + title + "]";
  }
}
