package dev.throughline.it.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A versioned target. */
@Entity
@Table(name = "vr_book")
public class VrBook extends MappingBook {
  @Version Long version;

  protected VrBook() {}

  public VrBook(String title) {
    super(title);
  }

  public Long getVersion() {
    return version;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "VrBook[" + id + ", " + title + ", v" + version + "]";
  }
}
