package dev.throughline.it.badinput;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

/**
 * String business keys with long text beside them: the keys stay short (MariaDB cannot index
 * 10,000-character columns), the document body and the filing note hold 10,000 characters.
 */
@Entity
public class Archive {
  @Id @GeneratedValue Long id;

  @Column(unique = true, nullable = false, length = 100)
  String code;

  @Transient
  @HasManyThrough(through = Filing.class, keyFrom = "code", keyTo = "ref",
      throughKeyFrom = "archiveCode", throughKeyTo = "documentRef")
  List<Document> documents;

  protected Archive() {}

  public Archive(String code) {
    this.code = code;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public List<Document> getDocuments() {
    return documents;
  }
}
