package dev.throughline.runtime;

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
final class SourceKeyArrays {

  /** The longest chunk bound as an array. */
  static final int MOST_KEYS = KeyChunks.PADDING_STEP;

  /** The key types bound as arrays: those the integration tests bind on PostgreSQL. */
  private static final Map<Class<?>, IntFunction<Object[]>> ARRAYS =
      Map.of(Long.class, Long[]::new, String.class, String[]::new, UUID.class, UUID[]::new);

  private SourceKeyArrays() {}

  /**
   * The keys, all of one type, as one array for this database, or null where they are bound one
   * parameter each.
   */
  static Object[] arrayOrNull(Dialect dialect, List<?> keys) {
    if (keys.isEmpty() || keys.size() > MOST_KEYS || !(dialect instanceof PostgreSQLDialect)) {
      return null;
    }
    IntFunction<Object[]> array = ARRAYS.get(keys.get(0).getClass());
    return array == null ? null : keys.toArray(array);
  }
}
