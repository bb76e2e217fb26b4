package dev.throughline.it.large;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(indexes = {@Index(columnList = "crateId"), @Index(columnList = "parcelId")})
public class Packing {
  @Id @GeneratedValue Long id;
  Long crateId;
  Long parcelId;

  public Long getCrateId() {
    return crateId;
  }

  public Long getParcelId() {
    return parcelId;
  }
}
