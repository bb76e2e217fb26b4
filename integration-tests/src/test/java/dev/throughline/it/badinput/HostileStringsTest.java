package dev.throughline.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Linked;
import dev.throughline.NoSuchEntityException;
import dev.throughline.it.retail.Product;
import dev.throughline.it.retail.Product_;
import dev.throughline.it.retail.Store;
import dev.throughline.it.retail.StoreProduct;
import dev.throughline.it.retail.StoreProducts;
import dev.throughline.it.support.DatabaseTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.hibernate.Session;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * String keys and restriction values that break naive SQL building, on the retail model (stores
 * and products linked by {@code Store.code} and {@code Product.sku}): each round-trips unchanged
 * through every read and write, and the tables are intact afterwards.
 *
 * <p>The values are distinct even under MariaDB's default collation (utf8mb4_general_ci), which
 * ignores case and accents and weighs every emoji alike: they differ in other characters too.
 */
class HostileStringsTest extends DatabaseTest {

  /** Store codes, product skus and product labels alike. */
  static final List<String> HOSTILE = List.of(
      "O'Brien",
      "it''s",
      "\"double\"",
      "'; drop table StoreProduct; --",
      "\"); delete from Product; --",
      "back\\slash\\",
      "\\'; select 1; --",
      "%",
      "_",
      "50%_off",
      "tab\there\nnewline",
      "Crème brûlée à la française",
      "Ωμέγα",
      "東京タワー",
      "pizza 🍕",
      "coder 👩‍💻",
      "flag 🇫🇷 ok");

  private final Map<String, Long> productIds = new LinkedHashMap<>();

  @BeforeEach
  void storesAndProducts() {
    inTransaction(session -> {
      for (String value : HOSTILE) {
        session.persist(new Store(value));
        Product product = new Product(value, value);
        session.persist(product);
        productIds.put(value, product.getId());
      }
      session.persist(new Product("plain", "plain"));
    });
  }

  /** Store i is linked to products i and i+1 (wrapping). */
  private static List<String> expectedSkus(int store) {
    return List.of(HOSTILE.get(store), HOSTILE.get((store + 1) % HOSTILE.size()));
  }

  private void linkEachStoreToTwoProducts() {
    inTransaction(session -> forEachStore((i, code) -> {
      StoreProducts products = StoreProducts.of(session, code);
      StoreProduct row = products.link(expectedSkus(i).get(0));
      assertThat(row.getStoreCode()).isEqualTo(code);
      assertThat(row.getProductSku()).isEqualTo(code);
      StoreProduct priced = products.link(expectedSkus(i).get(1), r -> r.setPrice(new BigDecimal("9.99")));
      assertThat(priced.getProductSku()).isEqualTo(expectedSkus(i).get(1));
    }));
  }

  /** Runs the work for each hostile string, which is a store's code, with its index. */
  private static void forEachStore(BiConsumer<Integer, String> work) {
    for (int i = 0; i < HOSTILE.size(); i++) {
      work.accept(i, HOSTILE.get(i));
    }
  }

  private static List<String> skus(List<Product> products) {
    return products.stream().map(Product::getSku).toList();
  }

  @Test
  void linkFindFindByIdIsLinkedAndCountRoundTripEveryString() {
    linkEachStoreToTwoProducts();
    inTransaction(session -> forEachStore((i, code) -> {
      StoreProducts products = StoreProducts.of(session, code);
      List<String> expected = expectedSkus(i);
      String unlinked = HOSTILE.get((i + 2) % HOSTILE.size());
      assertThat(skus(products.find())).as(code).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(products.find()).extracting(Product::getLabel).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(products.count()).as(code).isEqualTo(2);
      for (String sku : expected) {
        assertThat(products.isLinked(sku)).as("%s linked to %s", code, sku).isTrue();
        assertThat(products.findById(sku)).as(sku).hasValueSatisfying(product -> {
          assertThat(product.getSku()).isEqualTo(sku);
          assertThat(product.getId()).isEqualTo(productIds.get(sku));
        });
      }
      assertThat(products.isLinked(unlinked)).as("%s linked to %s", code, unlinked).isFalse();
      assertThat(products.findById(unlinked)).isEmpty();
      assertThat(products.findWithThrough()).allSatisfy(row -> {
        assertThat(row.through().getStoreCode()).isEqualTo(code);
        assertThat(row.through().getProductSku()).isEqualTo(row.target().getSku());
      });
    }));
    assertTablesIntact(2L * HOSTILE.size());
  }

  @Test
  void restrictionValuesRoundTripEveryString() {
    linkEachStoreToTwoProducts();
    inTransaction(session -> forEachStore((i, code) -> {
      for (String label : expectedSkus(i)) {
        List<Product> found = StoreProducts.of(session, code).find(Restriction.equal(Product_.label, label));
        assertThat(found).as("%s where label = %s", code, label).singleElement()
            .satisfies(product -> assertThat(product.getLabel()).isEqualTo(label));
      }
      String unlinked = HOSTILE.get((i + 2) % HOSTILE.size());
      assertThat(StoreProducts.of(session, code).find(Restriction.equal(Product_.label, unlinked))).isEmpty();
    }));
    assertTablesIntact(2L * HOSTILE.size());
  }

  @Test
  void includeKeysEverySourceByItsExactString() {
    linkEachStoreToTwoProducts();
    inTransaction(session -> {
      List<Store> stores = session.createQuery("from Store order by id", Store.class).getResultList();
      Map<String, List<Product>> byCode = StoreProducts.include(session, stores);
      assertThat(byCode.keySet()).containsExactlyInAnyOrderElementsOf(HOSTILE);
      for (Store store : stores) {
        List<String> expected = expectedSkus(HOSTILE.indexOf(store.getCode()));
        assertThat(skus(byCode.get(store.getCode()))).as(store.getCode()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(skus(store.getProducts())).containsExactlyInAnyOrderElementsOf(expected);
      }
    });
  }

  @Test
  void setAndUnlinkRoundTripEveryString() {
    linkEachStoreToTwoProducts();
    inTransaction(session -> forEachStore((i, code) -> {
      // keep product i (and its row), drop i+1, add i+2 and i+3
      List<String> wanted = List.of(
          HOSTILE.get((i + 2) % HOSTILE.size()), HOSTILE.get(i), HOSTILE.get((i + 3) % HOSTILE.size()));
      StoreProducts.of(session, code).set(wanted);
    }));
    inTransaction(session -> forEachStore((i, code) -> {
      StoreProducts products = StoreProducts.of(session, code);
      assertThat(skus(products.find())).as(code).containsExactlyInAnyOrder(
          HOSTILE.get(i), HOSTILE.get((i + 2) % HOSTILE.size()), HOSTILE.get((i + 3) % HOSTILE.size()));
      List<Linked<Product, StoreProduct>> kept = products.findWithThrough().stream()
          .filter(row -> row.target().getSku().equals(code)).toList();
      assertThat(kept).as("the kept row of %s", code).singleElement()
          .satisfies(row -> assertThat(row.through().getPrice()).isNull());
      // set to what is linked changes nothing
      products.set(skus(products.find()));
      assertThat(products.count()).isEqualTo(3);
    }));
    assertTablesIntact(3L * HOSTILE.size());
    inTransaction(session -> forEachStore((i, code) -> {
      StoreProducts products = StoreProducts.of(session, code);
      assertThat(products.unlink(HOSTILE.get(i))).as(code).isEqualTo(1);
      assertThat(products.unlink(HOSTILE.get(i))).isZero();
      assertThat(products.isLinked(HOSTILE.get(i))).isFalse();
      assertThat(products.count()).isEqualTo(2);
    }));
    assertTablesIntact(2L * HOSTILE.size());
  }

  @Test
  void linkAllAndCreateRoundTripEveryString() {
    inTransaction(session -> {
      StoreProducts first = StoreProducts.of(session, HOSTILE.get(0));
      assertThat(first.linkAll(HOSTILE)).extracting(StoreProduct::getProductSku).containsExactlyElementsOf(HOSTILE);
      StoreProducts last = StoreProducts.of(session, HOSTILE.get(HOSTILE.size() - 1));
      for (String value : HOSTILE) {
        last.create(new Product("new " + value, "new " + value), row -> row.setPrice(BigDecimal.ONE));
      }
    });
    inTransaction(session -> {
      assertThat(skus(StoreProducts.of(session, HOSTILE.get(0)).find())).containsExactlyInAnyOrderElementsOf(HOSTILE);
      assertThat(StoreProducts.of(session, HOSTILE.get(HOSTILE.size() - 1)).find())
          .extracting(Product::getLabel)
          .containsExactlyInAnyOrderElementsOf(HOSTILE.stream().map(value -> "new " + value).toList());
    });
  }

  @Test
  void missingKeysAreReportedExactlyAsGiven() {
    List<String> missing = List.of("'; drop table Product; --", "O'Neil", "ghost 👻", "\\");
    inTransaction(session -> {
      for (String key : missing) {
        assertThatThrownBy(() -> StoreProducts.of(session, HOSTILE.get(0)).link(key))
            .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
              assertThat(e.entityName()).isEqualTo("Product");
              assertThat(e.keyAttribute()).isEqualTo("sku");
              assertThat(e.key()).isEqualTo(key);
            });
        assertThatThrownBy(() -> StoreProducts.of(session, key).linkAll(List.of(HOSTILE.get(0))))
            .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
              assertThat(e.entityName()).isEqualTo("Store");
              assertThat(e.keyAttribute()).isEqualTo("code");
              assertThat(e.key()).isEqualTo(key);
            });
      }
    });
    assertTablesIntact(0);
  }

  /** Every table is still there and holds what the test made: its stores, products and links. */
  private void assertTablesIntact(long links) {
    inTransaction(session -> {
      assertThat(nativeCount(session, "Store")).isEqualTo(HOSTILE.size());
      assertThat(nativeCount(session, "Product")).isEqualTo(HOSTILE.size() + 1);
      assertThat(nativeCount(session, "StoreProduct")).isEqualTo(links);
      List<String> codes = new ArrayList<>(
          session.createQuery("select s.code from Store s", String.class).getResultList());
      assertThat(codes).containsExactlyInAnyOrderElementsOf(HOSTILE);
      assertThat(session.createQuery("select p.label from Product p where p.sku = p.label", String.class)
          .getResultList()).hasSize(HOSTILE.size() + 1);
    });
  }

  private static long nativeCount(Session session, String table) {
    return ((Number) session.createNativeQuery("select count(*) from " + table, Object.class).getSingleResult())
        .longValue();
  }
}
