package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Runs one accessor operation under the flush rule of the contract: under {@code AUTO} and {@code
 * COMMIT} every statement first flushes the pending changes it touches (Hibernate's automatic
 * flush), so an operation sees the earlier writes of its transaction; under {@code MANUAL} nothing
 * is ever flushed, as the application asked.
 */
final class FlushScope {

  private FlushScope() {}

  /** Runs {@code operation} with {@code COMMIT} raised to {@code AUTO} for its duration. */
  static <R> R autoFlushing(EntityManager em, Supplier<R> operation) {
    Session session = em.unwrap(Session.class);
    FlushMode mode = session.getHibernateFlushMode();
    if (mode != FlushMode.COMMIT) {
      return operation.get();
    }
    session.setHibernateFlushMode(FlushMode.AUTO);
    try {
      return operation.get();
    } finally {
      session.setHibernateFlushMode(mode);
    }
  }

  /** Whether statements may flush: false when the application flushes itself ({@code MANUAL}). */
  static boolean mayFlush(EntityManager em) {
    return em.unwrap(Session.class).getHibernateFlushMode() != FlushMode.MANUAL;
  }
}
