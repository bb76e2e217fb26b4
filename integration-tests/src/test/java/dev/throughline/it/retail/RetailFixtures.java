package dev.throughline.it.retail;

import dev.throughline.it.contract.RelationFixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/**
 * Store.products as the shared test contracts use it: through rows hold {@code Store.code} and
 * {@code Product.sku} (unique strings), never ids. A product's sku is its label in capitals.
 */
public final class RetailFixtures {

  private static final List<String> PRICES = List.of("2.50", "1.00", "2.40", "2.60", "7.00", "4.20", "0.90");

  private RetailFixtures() {}

  /** Stores and products are persisted backwards, so that their ids do not follow their keys. */
  public static RelationFixture<Store, String, Product, String, StoreProduct> storeProducts() {
    return RelationFixture.<Store, String, Product, String, StoreProduct>relation("Store.products",
            StoreProducts::of, StoreProducts::of, StoreProducts::include, StoreProducts::inclusion)
        .sources(Store_.code, Store::new, Store::getCode, Store::getProducts)
        .targets(Product_.sku, Product_.label, label -> new Product(sku(label), label), Product::getSku, Product::getLabel)
        .through(StoreProduct.class, RetailFixtures::stocks,
            (session, row) -> row.getStoreCode(), (session, row) -> row.getProductSku())
        .data(PRICES, (row, price) -> row.setPrice(new BigDecimal(price)),
            row -> row.getPrice() == null ? null : row.getPrice().toPlainString())
        .missing("WEST", "Z999")
        .persistSources(RetailFixtures::persistBackwards)
        .persistTargets(RetailFixtures::persistBackwards)
        .naturalSourceKeys();
  }

  /** The sku of the product with this label. */
  static String sku(String label) {
    return label.toUpperCase(Locale.ROOT);
  }

  /** A new row of a product a store sells, not yet persisted. */
  static StoreProduct stocks(Session session, String store, String sku) {
    StoreProduct row = new StoreProduct();
    row.storeCode = store;
    row.productSku = sku;
    return row;
  }

  private static <E> void persistBackwards(Session session, List<E> entities) {
    for (int i = entities.size() - 1; i >= 0; i--) {
      session.persist(entities.get(i));
    }
  }
}
