package dev.throughline.runtime;

import java.util.Objects;
import java.util.function.Function;
import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * One end of a relation (the source or the target): its entity class, its JPA entity name, the
 * attribute that through rows reference, whether that is the id (the processor knows), and how to
 * read that key from an instance.
 */
record EntitySide<E, K>(
    Class<E> type, String entityName, String keyAttribute, boolean keyIsId, Function<? super E, ? extends K> key) {

  EntitySide {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entityName, "entityName");
    Objects.requireNonNull(keyAttribute, "keyAttribute");
    Objects.requireNonNull(key, "key");
  }

  /** The key of an instance, or null before it has one. Reads through Hibernate proxies. */
  K keyOrNull(E entity) {
    return key.apply(unproxied(entity));
  }

  /**
   * The key of an instance, read without loading it when it is an uninitialized proxy and the key
   * is the entity's id; null before it has one.
   */
  K keyOrNull(EntityManager em, E entity) {
    LazyInitializer proxy = HibernateProxy.extractLazyInitializer(entity);
    if (proxy != null && proxy.isUninitialized() && keyIsId) {
      @SuppressWarnings("unchecked")
      K id = (K) proxy.getIdentifier();
      return id;
    }
    return keyOrNull(entity);
  }

  /**
   * The entity itself when {@code entity} is a Hibernate proxy: generated code may read and write
   * fields, which on a proxy object are not the entity's.
   */
  static <E> E unproxied(E entity) {
    @SuppressWarnings("unchecked")
    E real = (E) Hibernate.unproxy(entity);
    return real;
  }

  /** The key of an instance, which must have one. */
  K keyOf(EntityManager em, E entity) {
    K value = keyOrNull(em, entity);
    if (value == null) {
      throw new IllegalArgumentException(
          "This " + entityName + " has no " + keyAttribute
              + " yet: persist it (and flush, if its key is generated on insert) before using it in a relation");
    }
    return value;
  }
}
