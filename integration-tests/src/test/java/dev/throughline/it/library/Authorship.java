package dev.throughline.it.library;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A JPA-style join entity: two @ManyToOne associations and data of its own. */
@Entity
public class Authorship {
  @Id @GeneratedValue Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  Author author;

  @ManyToOne(optional = false)
  Book book;

  String role;

  public Author getAuthor() {
    return author;
  }

  public Book getBook() {
    return book;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
