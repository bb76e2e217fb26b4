package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** Runs inserts so that they reach the database as JDBC batches, whatever the session's setting. */
final class JdbcBatching {

  /** Rows per JDBC batch when the application configured no larger batch size. */
  static final int BATCH_SIZE = 100;

  private JdbcBatching() {}

  /**
   * Persists through {@code persistAll} and flushes with JDBC batching on. When the application
   * already batches (a session or {@code hibernate.jdbc.batch_size} setting), its own flush will
   * batch and nothing is flushed here.
   */
  static <R> R flushBatched(EntityManager em, Supplier<R> persistAll) {
    Session session = em.unwrap(Session.class);
    Integer sessionSize = session.getJdbcBatchSize();
    int factorySize = session.getFactory()
        .unwrap(SessionFactoryImplementor.class)
        .getSessionFactoryOptions()
        .getJdbcBatchSize();
    if ((sessionSize != null && sessionSize > 1) || (sessionSize == null && factorySize > 1)) {
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
}
