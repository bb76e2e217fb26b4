package dev.throughline.it.large;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

/** Source of the large-data tests; their rows are made with native SQL, far from the sequences. */
@Entity
public class Crate {
  @Id @GeneratedValue Long id;
  String label;

  @Transient
  @HasManyThrough(through = Packing.class)
  List<Parcel> parcels;

  protected Crate() {}

  public Crate(String label) {
    this.label = label;
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public List<Parcel> getParcels() {
    return parcels;
  }
}
