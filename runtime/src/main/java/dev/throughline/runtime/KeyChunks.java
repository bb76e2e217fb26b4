package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** Splits key lists so that no statement binds more keys than the database accepts. */
final class KeyChunks {

  /**
   * Keys per statement when the dialect sets no lower limit: under PostgreSQL's 32,767 bind
   * parameters per statement (which Hibernate's dialect does not declare) and MySQL's and MariaDB's
   * 65,535. Larger chunks cost less than more statements: on H2 one list of 10,000 keys runs
   * several times faster than ten of 1,000.
   */
  static final int DEFAULT_CHUNK = 16_384;

  /** Up to this length a chunk is padded to a power of two; beyond it, to a multiple of it. */
  static final int PADDING_STEP = 1_024;

  private KeyChunks() {}

  /** The chunk size for this persistence context's database. */
  static int sizeFor(EntityManager em) {
    return sizeFor(dialectOf(em));
  }

  static Dialect dialectOf(EntityManager em) {
    return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
  }

  /** The chunk size for this database. */
  static int sizeFor(Dialect dialect) {
    int size = DEFAULT_CHUNK;
    size = lower(size, dialect.getInExpressionCountLimit());
    // Leave room for the statement's other parameters.
    size = lower(size, dialect.getParameterCountLimit() - 8);
    return Math.max(size, 1);
  }

  private static int lower(int size, int limit) {
    return limit > 0 ? Math.min(size, limit) : size;
  }

  /**
   * The keys in consecutive chunks of at most {@code size}, each padded (never beyond {@code size})
   * by repeating its last key: to a power of two up to 1,024 keys, to a multiple of 1,024 beyond.
   * Repeated keys change no result of an {@code IN} predicate, and the few distinct list lengths
   * let Hibernate and the driver reuse statements.
   */
  static <E> List<List<E>> split(Collection<E> keys, int size) {
    List<List<E>> chunks = unpadded(keys, size);
    for (List<E> chunk : chunks) {
      int padded = Math.min(size, paddedLength(chunk.size()));
      E last = chunk.get(chunk.size() - 1);
      while (chunk.size() < padded) {
        chunk.add(last);
      }
    }
    return chunks;
  }

  static int paddedLength(int length) {
    if (length <= PADDING_STEP) {
      return length == 1 ? 1 : Integer.highestOneBit(length - 1) << 1;
    }
    return (length + PADDING_STEP - 1) / PADDING_STEP * PADDING_STEP;
  }

  private static <E> List<List<E>> unpadded(Collection<E> keys, int size) {
    List<List<E>> chunks = new ArrayList<>((keys.size() + size - 1) / size);
    List<E> chunk = new ArrayList<>(Math.min(size, keys.size()));
    for (E key : keys) {
      chunk.add(key);
      if (chunk.size() == size) {
        chunks.add(chunk);
        chunk = new ArrayList<>(Math.min(size, keys.size()));
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }
}
