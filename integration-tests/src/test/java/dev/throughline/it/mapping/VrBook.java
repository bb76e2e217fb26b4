package dev.throughline.it.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A versioned target. */
@Entity
@Table(name = "vr_book")
public class VrBook {
  @Id @GeneratedValue Long id;
  @Version Long version;
  String title;
  String genre;

  protected VrBook() {}

  public VrBook(String title) {
    this.title = title;
  }

  public Long getId() {
    return id;
  }

  public Long getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getGenre() {
    return genre;
  }

  public void setGenre(String genre) {
    this.genre = genre;
  }

  @Override
  public String toString() {
    return "VrBook[" + id + ", " + title + ", v" + version + "]";
  }
}
