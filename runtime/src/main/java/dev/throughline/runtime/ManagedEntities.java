package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * What the caller's persistence context holds, read from Hibernate's own bookkeeping without SQL:
 * a write that changes rows behind the session's back uses it to find the instances it must
 * detach or refresh. An empty session costs nothing.
 */
final class ManagedEntities {

  private ManagedEntities() {}

  /**
   * The live instances of {@code type} (or its subclasses) that the persistence context manages
   * and that {@code filter} accepts; instances already removed in this session are left out.
   */
  static <E> List<E> of(EntityManager em, Class<E> type, BiPredicate<? super E, EntityEntry> filter) {
    PersistenceContext context = em.unwrap(SessionImplementor.class).getPersistenceContextInternal();
    if (context.getNumberOfManagedEntities() == 0) {
      return List.of();
    }
    List<E> found = new ArrayList<>();
    for (Map.Entry<Object, EntityEntry> managed : context.reentrantSafeEntityEntries()) {
      Object entity = managed.getKey();
      EntityEntry entry = managed.getValue();
      if (type.isInstance(entity) && !entry.getStatus().isDeletedOrGone()) {
        E instance = type.cast(entity);
        if (filter.test(instance, entry)) {
          found.add(instance);
        }
      }
    }
    return found;
  }

  /** Every live instance of {@code type} in the persistence context. */
  static <E> List<E> of(EntityManager em, Class<E> type) {
    return of(em, type, (entity, entry) -> true);
  }

  /** Detaches each instance: afterwards the session neither returns nor flushes it. */
  static void detachAll(EntityManager em, List<?> instances) {
    for (Object instance : instances) {
      if (em.contains(instance)) {
        em.detach(instance);
      }
    }
  }

  /** The value of a persistent attribute of a managed instance, as Hibernate holds it. */
  static Object attribute(EntityEntry entry, Object entity, String attribute) {
    return entry.getPersister().getPropertyValue(entity, attribute);
  }

  /** Whether the instance's row is in the database already (false while its insert is pending). */
  static boolean isInDatabase(EntityManager em, Object entity) {
    EntityEntry entry = em.unwrap(SessionImplementor.class).getPersistenceContextInternal().getEntry(entity);
    return entry != null && entry.isExistsInDatabase();
  }
}
