package dev.throughline.it.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Linked;
import dev.throughline.NoSuchEntityException;
import dev.throughline.it.support.DatabaseTest;
import jakarta.persistence.TransactionRequiredException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API.md contract on relations by business keys: through rows hold {@code Store.code} and
 * {@code Product.sku} (unique strings), never ids. Every member takes and returns those keys;
 * targets are ordered by sku, which here differs from the order of their ids.
 */
class RetailContractTest extends DatabaseTest {

  private static final String NORTH = "NORTH";
  private static final String SOUTH = "SOUTH";
  private static final String EMPTY = "EMPTY";
  private static final String APPLE = "A100";
  private static final String BREAD = "B200";
  private static final String CHEESE = "C300";
  private static final String DATES = "D400";

  /**
   * Products persisted so that their ids do not follow their skus: Cheese, Apple, Dates, Bread.
   * NORTH sells Apple and Bread (Bread at two prices); SOUTH sells Bread and Cheese; EMPTY nothing;
   * Dates is sold nowhere.
   */
  @BeforeEach
  void stores() {
    inTransaction(session -> {
      List.of(new Store(SOUTH), new Store(NORTH), new Store(EMPTY)).forEach(session::persist);
      List.of(new Product(CHEESE, "Cheese"), new Product(APPLE, "Apple"), new Product(DATES, "Dates"),
          new Product(BREAD, "Bread")).forEach(session::persist);
      stocks(session, NORTH, BREAD, "2.50");
      stocks(session, NORTH, APPLE, "1.00");
      stocks(session, NORTH, BREAD, "2.40");
      stocks(session, SOUTH, CHEESE, "7.00");
      stocks(session, SOUTH, BREAD, "2.60");
    });
  }

  private static void stocks(Session session, String store, String sku, String price) {
    StoreProduct row = new StoreProduct();
    row.storeCode = store;
    row.productSku = sku;
    row.price = new BigDecimal(price);
    session.persist(row);
  }

  private static List<String> skus(List<Product> products) {
    return products.stream().map(Product::getSku).toList();
  }

  private static long rowCount(Session session) {
    return session.createQuery("select count(r) from StoreProduct r", Long.class).getSingleResult();
  }

  private static List<String> rows(Session session) {
    return session.createQuery("select r.storeCode || ':' || r.productSku from StoreProduct r"
        + " order by r.storeCode, r.productSku, r.id", String.class).getResultList();
  }

  private static Store store(Session session, String code) {
    return session.createQuery("from Store where code = :code", Store.class).setParameter("code", code)
        .getSingleResult();
  }

  // ---------------------------------------------------------------- reads

  @Test
  void findReturnsLinkedProductsOnceOrderedBySkuInOneStatement() {
    inTransaction(session -> {
      List<Product> north = counted(session, s -> StoreProducts.of(s, NORTH).find());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(skus(north)).containsExactly(APPLE, BREAD);
      // by sku, although Cheese has the lower id
      assertThat(skus(StoreProducts.of(session, SOUTH).find())).containsExactly(BREAD, CHEESE);
      assertThat(StoreProducts.of(session, EMPTY).find()).isEmpty();
      assertThat(StoreProducts.of(session, "NOWHERE").find()).isEmpty();
    });
  }

  @Test
  void accessorOfAnInstanceUsesItsCode() {
    inTransaction(session -> {
      Store south = store(session, SOUTH);
      assertThat(StoreProducts.of(session, south).find())
          .containsExactlyElementsOf(StoreProducts.of(session, SOUTH).find());
      assertThat(StoreProducts.of(session, south).isLinked(CHEESE)).isTrue();
    });
  }

  @Test
  void findWithRestrictionInOneStatement() {
    inTransaction(session -> {
      List<Product> products = counted(session, s -> StoreProducts.of(s, SOUTH).find(Restriction.equal(Product_.label, "Cheese")));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(skus(products)).containsExactly(CHEESE);
      assertThat(skus(StoreProducts.of(session, NORTH).find(Restriction.in(Product_.sku, List.of(BREAD, CHEESE, DATES)))))
          .containsExactly(BREAD);
      assertThat(StoreProducts.of(session, NORTH).find(Restriction.equal(Product_.label, "Dates"))).isEmpty();
      assertThat(skus(StoreProducts.of(session, NORTH).find(Restriction.unrestricted()))).containsExactly(APPLE, BREAD);
    });
  }

  @Test
  void findByIdTakesTheSkuInOneStatement() {
    inTransaction(session -> {
      Optional<Product> bread = counted(session, s -> StoreProducts.of(s, NORTH).findById(BREAD));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(bread).hasValueSatisfying(p -> assertThat(p.getLabel()).isEqualTo("Bread"));
      assertThat(StoreProducts.of(session, NORTH).findById(CHEESE)).isEmpty();
      assertThat(StoreProducts.of(session, NORTH).findById("Z999")).isEmpty();
      assertThat(StoreProducts.of(session, EMPTY).findById(APPLE)).isEmpty();
    });
  }

  @Test
  void countAndIsLinkedInOneStatementEach() {
    inTransaction(session -> {
      long north = counted(session, s -> StoreProducts.of(s, NORTH).count());
      assertThat(sql.total()).isEqualTo(1);
      // three rows, two products
      assertThat(north).isEqualTo(2);
      assertThat(StoreProducts.of(session, EMPTY).count()).isZero();

      boolean linked = counted(session, s -> StoreProducts.of(s, SOUTH).isLinked(BREAD));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(linked).isTrue();
      assertThat(StoreProducts.of(session, SOUTH).isLinked(APPLE)).isFalse();
      assertThat(StoreProducts.of(session, NORTH).isLinked(DATES)).isFalse();
      assertThat(StoreProducts.of(session, "NOWHERE").isLinked(APPLE)).isFalse();
    });
  }

  @Test
  void findWithThroughGivesEveryRowWithItsProductOrderedBySkuInOneStatement() {
    inTransaction(session -> {
      List<Linked<Product, StoreProduct>> rows = counted(session, s -> StoreProducts.of(s, NORTH).findWithThrough());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(rows).extracting(row -> row.target().getSku()).containsExactly(APPLE, BREAD, BREAD);
      // rows of one product in the order they were made
      assertThat(rows).extracting(row -> row.through().getPrice())
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(new BigDecimal("1.00"), new BigDecimal("2.50"), new BigDecimal("2.40"));
      assertThat(rows).allSatisfy(row -> {
        assertThat(row.through().getStoreCode()).isEqualTo(NORTH);
        assertThat(row.through().getProductSku()).isEqualTo(row.target().getSku());
      });
      assertThat(rows.get(1).target()).isSameAs(rows.get(2).target());
      assertThat(StoreProducts.of(session, EMPTY).findWithThrough()).isEmpty();
    });
  }

  // ---------------------------------------------------------------- writes

  @Test
  void createPersistsTheProductAndARowHoldingBothBusinessKeys() {
    inTransaction(session -> {
      Product eggs = counted(session, s -> StoreProducts.of(s, EMPTY).create(new Product("E500", "Eggs")));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
      assertThat(eggs.getId()).isNotNull();
    });
    inTransaction(session -> {
      assertThat(skus(StoreProducts.of(session, EMPTY).find())).containsExactly("E500");
      assertThat(StoreProducts.of(session, EMPTY).findWithThrough()).singleElement().satisfies(row -> {
        assertThat(row.through().getStoreCode()).isEqualTo(EMPTY);
        assertThat(row.through().getProductSku()).isEqualTo("E500");
        assertThat(row.through().getPrice()).isNull();
      });
    });
  }

  @Test
  void createWithThroughDataSetsThePrice() {
    inTransaction(session -> {
      Store south = store(session, SOUTH);
      StoreProducts.of(session, south).create(new Product("F600", "Figs"), row -> row.setPrice(new BigDecimal("4.20")));
    });
    inTransaction(session -> {
      assertThat(skus(StoreProducts.of(session, SOUTH).find())).containsExactly(BREAD, CHEESE, "F600");
      assertThat(StoreProducts.of(session, SOUTH).findWithThrough()).last().satisfies(row -> {
        assertThat(row.through().getPrice()).isEqualByComparingTo("4.20");
        assertThat(row.through().getStoreCode()).isEqualTo(SOUTH);
      });
    });
  }

  @Test
  void createForAMissingStoreWritesNothing() {
    inTransaction(session -> assertThatThrownBy(() -> StoreProducts.of(session, "WEST").create(new Product("G700", "Grapes")))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
          assertThat(e.entityName()).isEqualTo("Store");
          assertThat(e.keyAttribute()).isEqualTo("code");
          assertThat(e.key()).isEqualTo("WEST");
          assertThat(e).hasMessage("No Store with code WEST");
        }));
    inTransaction(session -> assertThat(session.createQuery("select count(p) from Product p", Long.class)
        .getSingleResult()).isEqualTo(4));
  }

  @Test
  void linkBySkuAfterOneCheckAndOneInsert() {
    inTransaction(session -> {
      StoreProduct row = counted(session, s -> StoreProducts.of(s, EMPTY).link(DATES));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(2);
      assertThat(row.id).isNotNull();
      assertThat(row.getStoreCode()).isEqualTo(EMPTY);
      assertThat(row.getProductSku()).isEqualTo(DATES);

      StoreProduct priced = StoreProducts.of(session, SOUTH).link(APPLE, r -> r.setPrice(new BigDecimal("0.90")));
      assertThat(priced.getPrice()).isEqualByComparingTo("0.90");
      assertThat(priced.getProductSku()).isEqualTo(APPLE);
    });
    inTransaction(session -> {
      assertThat(skus(StoreProducts.of(session, EMPTY).find())).containsExactly(DATES);
      assertThat(skus(StoreProducts.of(session, SOUTH).find())).containsExactly(APPLE, BREAD, CHEESE);
      assertThat(StoreProducts.of(session, SOUTH).findWithThrough().get(0).through().getPrice())
          .isEqualByComparingTo("0.90");
    });
  }

  @Test
  void linkToAMissingSkuOrStoreWritesNothing() {
    inTransaction(session -> {
      assertThatThrownBy(() -> StoreProducts.of(session, NORTH).link("Z999"))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo("Product");
            assertThat(e.keyAttribute()).isEqualTo("sku");
            assertThat(e.key()).isEqualTo("Z999");
            assertThat(e).hasMessage("No Product with sku Z999");
          });
      assertThatThrownBy(() -> StoreProducts.of(session, "WEST").link(APPLE))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo("Store");
            assertThat(e.keyAttribute()).isEqualTo("code");
            assertThat(e.key()).isEqualTo("WEST");
          });
      // an unsaved store has a code, but no row: it is missing like any other
      assertThatThrownBy(() -> StoreProducts.of(session, new Store("NEW")).link(APPLE))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo("NEW"));
    });
    inTransaction(session -> assertThat(rowCount(session)).isEqualTo(5));
  }

  @Test
  void linkAllBySkusInOneBatchAfterOneCheck() {
    inTransaction(session -> {
      List<StoreProduct> linked = counted(session, s -> StoreProducts.of(s, EMPTY).linkAll(List.of(DATES, APPLE, CHEESE)));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(linked).extracting(StoreProduct::getProductSku).containsExactly(DATES, APPLE, CHEESE);
      assertThat(linked).extracting(StoreProduct::getStoreCode).containsOnly(EMPTY);
      assertThat(StoreProducts.of(session, EMPTY).linkAll(List.of())).isEmpty();
    });
    inTransaction(session -> assertThat(skus(StoreProducts.of(session, EMPTY).find()))
        .containsExactly(APPLE, CHEESE, DATES));
    inTransaction(session -> assertThatThrownBy(() -> StoreProducts.of(session, SOUTH).linkAll(List.of(DATES, "Z999")))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
          assertThat(e.entityName()).isEqualTo("Product");
          assertThat(e.key()).isEqualTo("Z999");
        }));
    inTransaction(session -> assertThatThrownBy(() -> StoreProducts.of(session, "WEST").linkAll(List.of(DATES)))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.entityName()).isEqualTo("Store")));
    inTransaction(session -> assertThat(rowCount(session)).isEqualTo(8));
  }

  @Test
  void setBySkusKeepsPricesOfKeptProducts() {
    inTransaction(session -> {
      counted(session, s -> {
        StoreProducts.of(s, NORTH).set(List.of(BREAD, DATES));
        return null;
      });
      assertThat(sql.count("select")).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(4);
    });
    inTransaction(session -> {
      List<Linked<Product, StoreProduct>> rows = StoreProducts.of(session, NORTH).findWithThrough();
      assertThat(rows).extracting(row -> row.target().getSku()).containsExactly(BREAD, BREAD, DATES);
      assertThat(rows.get(0).through().getPrice()).isEqualByComparingTo("2.50");
      assertThat(rows.get(1).through().getPrice()).isEqualByComparingTo("2.40");
      assertThat(rows.get(2).through().getPrice()).isNull();
      assertThat(skus(StoreProducts.of(session, SOUTH).find())).containsExactly(BREAD, CHEESE);
      assertThat(session.createQuery("select count(p) from Product p", Long.class).getSingleResult()).isEqualTo(4);
    });
    inTransaction(session -> {
      counted(session, s -> {
        StoreProducts.of(s, NORTH).set(List.of(DATES, BREAD, BREAD));
        return null;
      });
      assertThat(sql.total()).isEqualTo(1);
      assertThatThrownBy(() -> StoreProducts.of(session, NORTH).set(List.of(APPLE, "Z999")))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo("Z999"));
      assertThatThrownBy(() -> StoreProducts.of(session, "WEST").set(List.of(APPLE)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo("WEST"));
    });
    inTransaction(session -> {
      StoreProducts.of(session, NORTH).set(List.of());
      assertThat(StoreProducts.of(session, NORTH).count()).isZero();
    });
    inTransaction(session -> assertThat(rows(session)).containsExactly("SOUTH:B200", "SOUTH:C300"));
  }

  /** Writes not yet flushed are seen by the reads and writes that follow in the same transaction. */
  @Test
  void readsAndWritesInOneTransactionSeeEachOther() {
    inTransaction(session -> {
      StoreProducts empty = StoreProducts.of(session, EMPTY);
      empty.link(DATES);
      assertThat(empty.isLinked(DATES)).isTrue();
      assertThat(empty.count()).isEqualTo(1);
      Product eggs = empty.create(new Product("E500", "Eggs"));
      assertThat(empty.find()).containsExactly(session.find(Product.class, findId(session, DATES)), eggs);
      empty.link("E500");
      assertThat(empty.findWithThrough()).hasSize(3);
      assertThat(empty.unlink("E500")).isEqualTo(2);
      empty.set(List.of(APPLE, DATES));
      assertThat(skus(empty.find())).containsExactly(APPLE, DATES);
      assertThat(empty.unlinkAll()).isEqualTo(2);
      assertThat(empty.find()).isEmpty();
    });
    inTransaction(session -> {
      assertThat(StoreProducts.of(session, EMPTY).count()).isZero();
      assertThat(session.createQuery("select count(p) from Product p", Long.class).getSingleResult()).isEqualTo(5);
    });
  }

  private static Long findId(Session session, String sku) {
    return session.createQuery("select p.id from Product p where p.sku = :sku", Long.class)
        .setParameter("sku", sku).getSingleResult();
  }

  @Test
  void unlinkBySkuAndUnlinkAllInOneDeleteEach() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> StoreProducts.of(s, NORTH).unlink(BREAD));
      assertThat(unlinked).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(StoreProducts.of(session, NORTH).unlink(BREAD)).isZero();
      assertThat(StoreProducts.of(session, NORTH).unlink("Z999")).isZero();

      int all = counted(session, s -> StoreProducts.of(s, SOUTH).unlinkAll());
      assertThat(all).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(StoreProducts.of(session, "NOWHERE").unlinkAll()).isZero();
    });
    inTransaction(session -> {
      assertThat(rows(session)).containsExactly("NORTH:A100");
      assertThat(session.createQuery("select count(p) from Product p", Long.class).getSingleResult()).isEqualTo(4);
    });
  }

  @Test
  void deleteRemovesProductsAndEveryRowReferencingThemAlsoOfOtherStores() {
    inTransaction(session -> {
      int deleted = counted(session, s -> StoreProducts.of(s, NORTH).delete());
      assertThat(deleted).isEqualTo(2);
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
    });
    inTransaction(session -> {
      assertThat(session.createQuery("select p.sku from Product p order by p.sku", String.class).getResultList())
          .containsExactly(CHEESE, DATES);
      // SOUTH's Bread row went with the product
      assertThat(rows(session)).containsExactly("SOUTH:C300");
      assertThat(skus(StoreProducts.of(session, SOUTH).find())).containsExactly(CHEESE);
      assertThat(session.createQuery("select count(s) from Store s", Long.class).getSingleResult()).isEqualTo(3);
    });
  }

  @Test
  void deleteWithRestrictionRemovesOnlyMatchingProductsAndTheirRowsEverywhere() {
    inTransaction(session -> {
      int deleted = counted(session, s -> StoreProducts.of(s, SOUTH).delete(Restriction.startsWith(Product_.label, "B")));
      assertThat(deleted).isEqualTo(1);
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(2);
      assertThat(StoreProducts.of(session, EMPTY).delete()).isZero();
      assertThat(StoreProducts.of(session, NORTH).delete(Restriction.equal(Product_.sku, CHEESE))).isZero();
    });
    inTransaction(session -> {
      assertThat(rows(session)).containsExactly("NORTH:A100", "SOUTH:C300");
      assertThat(session.createQuery("select count(p) from Product p", Long.class).getSingleResult()).isEqualTo(3);
    });
  }

  // ---------------------------------------------------------------- inclusion

  @Test
  void includeLoadsEveryStoresProductsByCodeInOneStatement() {
    inTransaction(session -> {
      List<Store> stores = session.createQuery("from Store order by id", Store.class).getResultList();
      Map<String, List<Product>> byCode = counted(session, s -> StoreProducts.include(s, stores));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(byCode).containsOnlyKeys(NORTH, SOUTH, EMPTY);
      assertThat(skus(byCode.get(NORTH))).containsExactly(APPLE, BREAD);
      assertThat(skus(byCode.get(SOUTH))).containsExactly(BREAD, CHEESE);
      assertThat(byCode.get(EMPTY)).isEmpty();
      // stores were persisted SOUTH, NORTH, EMPTY
      assertThat(stores).extracting(store -> skus(store.getProducts()))
          .containsExactly(List.of(BREAD, CHEESE), List.of(APPLE, BREAD), List.of());
      assertThat(byCode.get(NORTH).get(1)).isSameAs(byCode.get(SOUTH).get(0));
    });
  }

  @Test
  void includeDoesNotGrowWithTheNumberOfSources() {
    List<String> codes = new ArrayList<>();
    inTransaction(session -> {
      for (int i = 0; i < 100; i++) {
        String code = String.format("S%03d", i);
        session.persist(new Store(code));
        stocks(session, code, i % 2 == 0 ? APPLE : DATES, "1.00");
        codes.add(code);
      }
    });
    for (int sources : new int[] {1, 3, 103}) {
      inTransaction(session -> {
        List<Store> stores = session.createQuery("from Store order by id", Store.class)
            .setMaxResults(sources).getResultList();
        Map<String, List<Product>> byCode = counted(session, s -> StoreProducts.include(s, stores));
        assertThat(byCode).hasSize(sources);
        assertThat(sql.total()).as("statements for %d stores", sources).isEqualTo(1);
      });
    }
    inTransaction(session -> {
      List<Store> stores = session.createQuery("from Store where code like 'S0%' order by code", Store.class).getResultList();
      Map<String, List<Product>> byCode = StoreProducts.include(session, stores);
      assertThat(byCode.keySet()).containsExactlyElementsOf(codes);
      assertThat(skus(byCode.get("S000"))).containsExactly(APPLE);
      assertThat(skus(byCode.get("S099"))).containsExactly(DATES);
    });
  }

  // ---------------------------------------------------------------- misuse

  @Test
  void writesWithoutATransactionFailClearly() {
    try (var session = factory.openSession()) {
      StoreProducts products = StoreProducts.of(session, NORTH);
      assertThat(products.count()).isEqualTo(2);
      assertThatThrownBy(() -> products.link(DATES))
          .isInstanceOf(TransactionRequiredException.class)
          .hasMessageContaining("Store.products.link")
          .hasMessageContaining("active transaction");
      assertThatThrownBy(() -> products.set(List.of(DATES))).isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(() -> products.unlink(APPLE)).isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(products::delete).isInstanceOf(TransactionRequiredException.class);
    }
    inTransaction(session -> assertThat(rowCount(session)).isEqualTo(5));
  }

  @Test
  void nullArgumentsNameTheParameter() {
    inTransaction(session -> {
      assertThatThrownBy(() -> StoreProducts.of(session, (String) null)).hasMessage("sourceKey");
      assertThatThrownBy(() -> StoreProducts.of(session, NORTH).findById(null)).hasMessage("targetKey");
      assertThatThrownBy(() -> StoreProducts.of(session, NORTH).linkAll(java.util.Arrays.asList(APPLE, null)))
          .hasMessage("targetKeys contains null");
      assertThatThrownBy(() -> StoreProducts.include(session, null)).hasMessage("sources");
    });
  }

  /**
   * Where the database compares the string keys case-insensitively (MariaDB's default collation),
   * "a100" and "A100" are one key: isLinked("a100") is true. set() then must keep the row of that
   * key with its price, as the database compares keys. On H2 and PostgreSQL "a100" is no product
   * and set() fails with NoSuchEntityException, as it should.
   */
  @Test
  void setKeepsTheRowOfAKeyTheDatabaseConsidersEqual() {
    boolean sameKey = fromTransaction(session -> StoreProducts.of(session, NORTH).isLinked("a100"));
    if (!sameKey) {
      inTransaction(session -> assertThatThrownBy(() -> StoreProducts.of(session, NORTH).set(List.of("a100", BREAD)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo("a100")));
      return;
    }
    inTransaction(session -> StoreProducts.of(session, NORTH).set(List.of("a100", BREAD)));
    inTransaction(session -> assertThat(StoreProducts.of(session, NORTH).findWithThrough())
        .filteredOn(row -> row.target().getSku().equals(APPLE))
        .singleElement().satisfies(row -> {
          assertThat(row.through().getProductSku()).isEqualTo(APPLE);
          assertThat(row.through().getPrice()).isEqualByComparingTo("1.00");
        }));
  }
}
