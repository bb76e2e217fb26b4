package dev.throughline.benchmarks;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sorts the statements Hibernate prepares by kind while {@link #recording} is on; off, it costs a
 * volatile read. A JDBC batch is one prepared statement however many rows it carries.
 */
public final class StatementLog implements StatementInspector {

  private static final long serialVersionUID = 1L;

  /** The kinds counted, in the order of {@link Counts}. */
  enum Kind { SELECT, INSERT, UPDATE, DELETE, SEQUENCE, OTHER }

  /** Statements of each kind. */
  public record Counts(long select, long insert, long update, long delete, long sequence, long other) {
    public long total() {
      return select + insert + update + delete + sequence + other;
    }

    /** "1 select, 10 insert" style, kinds with none left out. */
    public String describe() {
      StringBuilder text = new StringBuilder();
      append(text, select, "select");
      append(text, insert, "insert");
      append(text, update, "update");
      append(text, delete, "delete");
      append(text, sequence, "sequence");
      append(text, other, "other");
      return text.length() == 0 ? "none" : text.toString();
    }

    private static void append(StringBuilder text, long count, String kind) {
      if (count > 0) {
        text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(kind);
      }
    }
  }

  private final AtomicLongArray counts = new AtomicLongArray(Kind.values().length);
  private volatile boolean recording;

  @Override
  public String inspect(String sql) {
    if (recording) {
      counts.incrementAndGet(kindOf(sql).ordinal());
    }
    return sql;
  }

  /** Forgets what was counted and starts counting. */
  public void start() {
    for (int i = 0; i < counts.length(); i++) {
      counts.set(i, 0);
    }
    recording = true;
  }

  /** Stops counting and returns what was counted since {@link #start}. */
  public Counts stop() {
    recording = false;
    return new Counts(counts.get(0), counts.get(1), counts.get(2), counts.get(3), counts.get(4), counts.get(5));
  }

  static Kind kindOf(String sql) {
    String text = sql.stripLeading().toLowerCase(Locale.ROOT);
    if (text.contains("nextval") || text.contains("next value for")) {
      return Kind.SEQUENCE;
    }
    if (text.startsWith("select") || text.startsWith("with")) {
      return Kind.SELECT;
    }
    if (text.startsWith("insert")) {
      return Kind.INSERT;
    }
    if (text.startsWith("update")) {
      return Kind.UPDATE;
    }
    if (text.startsWith("delete")) {
      return Kind.DELETE;
    }
    return Kind.OTHER;
  }
}
