package dev.throughline.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records every SQL statement Hibernate prepares. Sequence fetches are kept apart: the pooled
 * optimizer fetches one value per 50 ids, so they depend on what ran before, not on the operation.
 * A JDBC batch is one prepared statement, however many rows it carries.
 */
public final class SqlLog implements StatementInspector {

  private static final long serialVersionUID = 1L;
  private static final Pattern SEQUENCE = Pattern.compile("next value for|nextval\\(|\\.nextval");

  private final List<String> statements = new ArrayList<>();

  @Override
  public synchronized String inspect(String sql) {
    statements.add(sql);
    return sql;
  }

  /** Forgets what was recorded. */
  public synchronized void reset() {
    statements.clear();
  }

  /** The statements recorded since the last reset, sequence fetches left out. */
  public synchronized List<String> statements() {
    return statements.stream().filter(sql -> !SEQUENCE.matcher(sql.toLowerCase(Locale.ROOT)).find()).toList();
  }

  /** How many statements (sequence fetches left out) start with this verb: select, insert, update, delete. */
  public synchronized long count(String verb) {
    String prefix = verb.toLowerCase(Locale.ROOT);
    return statements().stream()
        .filter(sql -> sql.stripLeading().toLowerCase(Locale.ROOT).startsWith(prefix))
        .count();
  }

  /** The number of statements recorded since the last reset, sequence fetches left out. */
  public synchronized int total() {
    return statements().size();
  }

  @Override
  public synchronized String toString() {
    return String.join("\n", statements());
  }
}
