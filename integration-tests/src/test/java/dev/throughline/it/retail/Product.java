package dev.throughline.it.retail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Product {
  @Id @GeneratedValue Long id;

  @Column(unique = true, nullable = false)
  String sku;

  String label;

  protected Product() {}

  public Product(String sku, String label) {
    this.sku = sku;
    this.label = label;
  }

  public Long getId() {
    return id;
  }

  public String getSku() {
    return sku;
  }

  public String getLabel() {
    return label;
  }
}
