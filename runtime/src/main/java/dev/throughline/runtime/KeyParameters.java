package dev.throughline.runtime;

import jakarta.persistence.Query;
import java.util.List;

/**
 * Key lists bound one named parameter per key ({@code :k0}, {@code :k1} ...) instead of as one list
 * parameter: Hibernate caches no translation of a statement with a list parameter, since its SQL
 * changes with the list's length, and translates it again at every call. A statement with a fixed
 * number of single parameters, its key lists padded by {@link KeyChunks}, is translated once.
 */
final class KeyParameters {

  /** Names cached up to the largest chunk, so that binding allocates no strings. */
  private static final String[] NAMES = new String[KeyChunks.DEFAULT_CHUNK];

  static {
    for (int i = 0; i < NAMES.length; i++) {
      NAMES[i] = "k" + i;
    }
  }

  private KeyParameters() {}

  /** The name of the parameter of the key at {@code index}. */
  static String name(int index) {
    return index < NAMES.length ? NAMES[index] : "k" + index;
  }

  /** Binds each key to its parameter. */
  static <Q extends Query> Q bind(Q query, List<?> keys) {
    for (int i = 0; i < keys.size(); i++) {
      query.setParameter(name(i), keys.get(i));
    }
    return query;
  }
}
