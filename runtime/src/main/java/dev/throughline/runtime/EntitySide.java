package dev.throughline.runtime;

import java.util.Objects;
import java.util.function.Function;

/**
 * One end of a relation (the source or the target): its entity class, its JPA entity name, the
 * attribute that through rows reference and how to read that key from an instance.
 */
record EntitySide<E, K>(
    Class<E> type, String entityName, String keyAttribute, Function<? super E, ? extends K> key) {

  EntitySide {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entityName, "entityName");
    Objects.requireNonNull(keyAttribute, "keyAttribute");
    Objects.requireNonNull(key, "key");
  }

  /** The key of an instance, which must have one. */
  K keyOf(E entity) {
    K value = key.apply(entity);
    if (value == null) {
      throw new IllegalArgumentException(
          "This " + entityName + " has no " + keyAttribute
              + " yet: persist it (and flush, if its key is generated on insert) before using it in a relation");
    }
    return value;
  }
}
