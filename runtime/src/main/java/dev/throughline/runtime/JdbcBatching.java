package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.cfg.AvailableSettings;

/** Runs inserts so that they reach the database as JDBC batches, whatever the session's setting. */
final class JdbcBatching {

  /** Rows per JDBC batch when the application configured no larger batch size. */
  static final int BATCH_SIZE = 100;

  private JdbcBatching() {}

  /**
   * Persists or removes through {@code persistAll} and flushes with JDBC batching on. When the
   * application already batches (a session or {@code hibernate.jdbc.batch_size} setting), or
   * flushes itself ({@code MANUAL}), its own flush will do and nothing is flushed here.
   */
  static <R> R flushBatched(EntityManager em, Supplier<R> persistAll) {
    if (!FlushScope.mayFlush(em)) {
      return persistAll.get();
    }
    Session session = em.unwrap(Session.class);
    Integer sessionSize = session.getJdbcBatchSize();
    int effectiveSize = sessionSize != null ? sessionSize : configuredBatchSize(em);
    if (effectiveSize > 1) {
      return persistAll.get();
    }
    session.setJdbcBatchSize(BATCH_SIZE);
    try {
      R result = persistAll.get();
      session.flush();
      return result;
    } finally {
      session.setJdbcBatchSize(sessionSize);
    }
  }

  /**
   * The {@code hibernate.jdbc.batch_size} setting as Hibernate's mutation executor reads it: the
   * raw setting, default 1. (The session factory options report the dialect's default instead,
   * which the executor does not use.)
   */
  private static int configuredBatchSize(EntityManager em) {
    Object value = em.getEntityManagerFactory().getProperties().get(AvailableSettings.STATEMENT_BATCH_SIZE);
    if (value == null) {
      return 1;
    }
    try {
      return Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
