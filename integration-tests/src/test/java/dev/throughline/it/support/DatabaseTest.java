package dev.throughline.it.support;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;

/** Base of the integration tests: an empty database before each test, transactions, SQL counts. */
public abstract class DatabaseTest {

  protected final SessionFactory factory = TestSessions.factory();
  protected final SqlLog sql = TestSessions.sql();

  @BeforeEach
  void emptyDatabase() {
    factory.getSchemaManager().truncateMappedObjects();
    factory.getStatistics().clear();
    sql.reset();
  }

  /** Runs work in its own session and committed transaction. */
  public void inTransaction(Consumer<Session> work) {
    factory.inTransaction(work);
  }

  /** Runs work in its own session and committed transaction and returns its result. */
  public <R> R fromTransaction(Function<Session, R> work) {
    return factory.fromTransaction(work);
  }

  /** Persists the entities in their order and returns their ids, in the same order. */
  protected <E> List<Long> persisted(Session session, Function<E, Long> id, List<E> entities) {
    entities.forEach(session::persist);
    return entities.stream().map(id).toList();
  }

  /**
   * Runs work in a new session and transaction, with the SQL log and statistics reset just
   * before, and flushes before returning, so that the statements counted are all of them.
   */
  public <R> R counted(Session session, Function<Session, R> work) {
    session.flush();
    sql.reset();
    factory.getStatistics().clear();
    R result = work.apply(session);
    session.flush();
    return result;
  }

  /** The same for work that returns nothing. */
  public void countedRun(Session session, Consumer<Session> work) {
    counted(session, s -> {
      work.accept(s);
      return null;
    });
  }

  /** Statements Hibernate prepared since the last reset (its statistics, sequence fetches included). */
  protected long preparedStatements() {
    return factory.getStatistics().getPrepareStatementCount();
  }

  /** Asserts on the statements the work counted last ran. */
  public StatementsAssert assertStatements() {
    return new StatementsAssert(sql, "");
  }

  /** The same, saying in a failure what was counted ("for 3 sources"). */
  public StatementsAssert assertStatements(String context, Object... args) {
    return new StatementsAssert(sql, String.format(context, args) + ": ");
  }
}
