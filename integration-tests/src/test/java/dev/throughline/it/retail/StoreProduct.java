package dev.throughline.it.retail;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class StoreProduct {
  @Id @GeneratedValue Long id;
  String storeCode;
  String productSku;
  BigDecimal price;

  public String getStoreCode() {
    return storeCode;
  }

  public String getProductSku() {
    return productSku;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }
}
