package dev.throughline.it.badinput;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Document {
  @Id @GeneratedValue Long id;

  @Column(unique = true, nullable = false, length = 100)
  String ref;

  @Column(length = 10000)
  String body;

  protected Document() {}

  public Document(String ref, String body) {
    this.ref = ref;
    this.body = body;
  }

  public Long getId() {
    return id;
  }

  public String getRef() {
    return ref;
  }

  public String getBody() {
    return body;
  }
}
