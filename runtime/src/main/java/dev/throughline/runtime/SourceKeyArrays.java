package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * Source keys bound as one array parameter, {@code = any(?)}, on PostgreSQL, as Hibernate's own
 * batch loaders bind them. PostgreSQL plans a list of single parameters for its length: for a
 * thousand keys, a tenth of a through table, it chose a scan of the whole table over the index, at
 * a third more time. An array of any length keeps one generic plan, the index's, once the statement
 * has run a few times. That plan is wrong for a large part of the table (for all 10,000 sources of
 * a table it took twice the scan's time), so arrays bind at most {@link #MOST_KEYS} keys, and longer
 * chunks keep the list, planned for their length.
 */
final class SourceKeyArrays<K> {

  /** The longest chunk bound as an array. */
  static final int MOST_KEYS = KeyChunks.PADDING_STEP;

  /** Key types that PostgreSQL's JDBC driver and Hibernate bind as arrays. */
  private static final Map<Class<?>, IntFunction<Object[]>> ARRAYS = Map.of(
      Long.class, Long[]::new, long.class, Long[]::new,
      Integer.class, Integer[]::new, int.class, Integer[]::new,
      Short.class, Short[]::new, short.class, Short[]::new,
      String.class, String[]::new, UUID.class, UUID[]::new, BigDecimal.class, BigDecimal[]::new);

  private final EntitySide<?, K> source;
  /** Found on first use: the key's Java type is the entity class's, the same in every persistence unit. */
  private volatile IntFunction<Object[]> newArray;
  private volatile boolean looked;

  SourceKeyArrays(EntitySide<?, K> source) {
    this.source = source;
  }

  /** The keys as one array for this database, or null where they are bound one parameter each. */
  Object[] arrayOrNull(EntityManager em, Dialect dialect, List<K> keys) {
    if (keys.size() > MOST_KEYS || !(dialect instanceof PostgreSQLDialect)) {
      return null;
    }
    IntFunction<Object[]> array = arrayOfKeyType(em);
    return array == null ? null : keys.toArray(array);
  }

  private IntFunction<Object[]> arrayOfKeyType(EntityManager em) {
    if (!looked) {
      newArray = ARRAYS.get(em.getMetamodel().entity(source.type()).getAttribute(source.keyAttribute()).getJavaType());
      looked = true;
    }
    return newArray;
  }
}
