package dev.throughline.it.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.NoSuchEntityException;
import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.contract.RelationContract;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The relation contract on relations by business keys: through rows hold {@code Store.code} and
 * {@code Product.sku}, never ids. Every member takes and returns those keys; targets are ordered by
 * sku, which here differs from the order of their ids.
 */
class RetailContractTest extends RelationContract<Store, String, Product, String, StoreProduct> {

  RetailContractTest() {
    super(Fixtures::storeProducts);
  }

  /**
   * Where the database compares the string keys case-insensitively (MariaDB's default collation),
   * "ann" and "ANN" are one key: isLinked("ann") is true. set() then must keep the row of that key
   * with its price, as the database compares keys. On H2 and PostgreSQL "ann" is no product and
   * set() fails with NoSuchEntityException, as it should.
   */
  @Test
  void setKeepsTheRowOfAKeyTheDatabaseConsidersEqual() {
    String lowerCase = target(ANN).toLowerCase(Locale.ROOT);
    boolean sameKey = fromTransaction(session -> of(session, source(FIRST)).isLinked(lowerCase));
    if (!sameKey) {
      inTransaction(session -> assertThatThrownBy(() -> of(session, source(FIRST)).set(List.of(lowerCase, target(BOB))))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(lowerCase)));
      return;
    }
    inTransaction(session -> of(session, source(FIRST)).set(List.of(lowerCase, target(BOB))));
    inTransaction(session -> assertThat(of(session, source(FIRST)).findWithThrough())
        .filteredOn(row -> row.target().getSku().equals(target(ANN)))
        .singleElement().satisfies(row -> {
          assertThat(row.through().getProductSku()).isEqualTo(target(ANN));
          assertThat(row.through().getPrice()).isEqualByComparingTo(data(1));
        }));
  }
}
