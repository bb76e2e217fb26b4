package dev.throughline.it.retail;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

/** Linked by business keys: through rows hold the store's code and the product's sku, not ids. */
@Entity
public class Store {
  @Id @GeneratedValue Long id;

  @Column(unique = true, nullable = false)
  String code;

  @Transient
  @HasManyThrough(through = StoreProduct.class, keyFrom = "code", keyTo = "sku",
      throughKeyFrom = "storeCode", throughKeyTo = "productSku")
  List<Product> products;

  protected Store() {}

  public Store(String code) {
    this.code = code;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public List<Product> getProducts() {
    return products;
  }
}
