package dev.throughline.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.it.support.DatabaseTest;
import dev.throughline.it.support.TestDatabase;
import dev.throughline.it.support.TestSessions;
import jakarta.persistence.LockModeType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Concurrent link, unlink and set on a real database server, checked against a serial replay.
 *
 * <p>8 threads run 2,000 random operations each over 20 clubs and 30 athletes, each operation in
 * its own transaction. A transaction first locks its club's row and increments the club's {@code
 * opCount}, so the committed operations of one club are totally ordered by that number. The test
 * retries transactions that fail with a serialization failure or a deadlock (SQLState 40001,
 * 40P01, MariaDB error 1213); Throughline itself must not retry, so every retry is counted here.
 * Afterwards each club's committed operations are replayed in {@code opCount} order on an
 * in-memory model; the links in the database must equal it exactly, every operation must have
 * observed what the model says it should have (whether the athlete was linked, how many rows
 * unlink deleted), and the unique constraint must never have been needed.
 *
 * <p>PostgreSQL and MariaDB only: H2 serializes too much to say anything about concurrency.
 */
class ConcurrentWritesTest extends DatabaseTest {

  static final int THREADS = 8;
  static final int OPERATIONS_PER_THREAD = 2_000;
  static final int CLUBS = 20;
  static final int ATHLETES = 30;
  static final int MAX_SET_SIZE = 5;

  /** An operation on one club's athletes. */
  sealed interface Op permits LinkIfAbsent, Unlink, SetTo {}

  /** Links the athlete unless it is linked already; observes whether it linked. */
  record LinkIfAbsent(long athlete) implements Op {}

  /** Unlinks the athlete; observes how many rows were deleted. */
  record Unlink(long athlete) implements Op {}

  /** Sets the club's athletes to exactly these. */
  record SetTo(List<Long> athletes) implements Op {}

  /** A committed operation: its club, its number in the club's serial order, what it observed. */
  record Committed(long club, long opCount, Op op, Object observed) {}

  @Test
  void concurrentLinkUnlinkAndSetMatchASerialReplay() throws Exception {
    TestDatabase db = TestDatabase.current();
    Assumptions.assumeFalse(db.isH2(), "concurrency runs on the PostgreSQL and MariaDB servers");

    List<Long> clubs = new ArrayList<>();
    List<Long> athletes = new ArrayList<>();
    inTransaction(session -> {
      for (int i = 0; i < CLUBS; i++) {
        Club club = new Club("club " + i);
        session.persist(club);
        clubs.add(club.getId());
      }
      for (int i = 0; i < ATHLETES; i++) {
        Athlete athlete = new Athlete("athlete " + i);
        session.persist(athlete);
        athletes.add(athlete.getId());
      }
    });

    Queue<Committed> committed = new ConcurrentLinkedQueue<>();
    AtomicLong retries = new AtomicLong();
    long started = System.nanoTime();
    try (SessionFactory pool = poolOf(THREADS + 2)) {
      ExecutorService executor = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          Random random = new Random(20261122L * 31 + t);
          workers.add(executor.submit(() -> {
            for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
              long club = clubs.get(random.nextInt(clubs.size()));
              Op op = randomOp(random, athletes);
              committed.add(runWithRetries(pool, club, op, retries));
            }
            return null;
          }));
        }
        for (Future<?> worker : workers) {
          worker.get(10, TimeUnit.MINUTES);
        }
      } finally {
        executor.shutdownNow();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("Concurrency on %s: %,d operations by %d threads over %d clubs and %d athletes,"
            + " %,d retries, wall time %.1f s (%.0f operations/s)%n",
        db.name(), committed.size(), THREADS, CLUBS, ATHLETES, retries.get(), seconds, committed.size() / seconds);

    assertThat(committed).hasSize(THREADS * OPERATIONS_PER_THREAD);
    Map<Long, Set<Long>> model = replay(committed, clubs);
    assertDatabaseEquals(model, committed);
  }

  private static Op randomOp(Random random, List<Long> athletes) {
    switch (random.nextInt(3)) {
      case 0:
        return new LinkIfAbsent(athletes.get(random.nextInt(athletes.size())));
      case 1:
        return new Unlink(athletes.get(random.nextInt(athletes.size())));
      default:
        int size = random.nextInt(MAX_SET_SIZE + 1);
        Set<Long> subset = new LinkedHashSet<>();
        while (subset.size() < size) {
          subset.add(athletes.get(random.nextInt(athletes.size())));
        }
        return new SetTo(List.copyOf(subset));
    }
  }

  /** One operation in its own transaction, retried after serialization failures and deadlocks. */
  private static Committed runWithRetries(SessionFactory pool, long clubId, Op op, AtomicLong retries) {
    while (true) {
      try (Session session = pool.openSession()) {
        Transaction transaction = session.beginTransaction();
        try {
          Club club = session.find(Club.class, clubId, LockModeType.PESSIMISTIC_WRITE);
          long opCount = club.nextOp();
          Object observed = apply(ClubAthletes.of(session, clubId), op);
          transaction.commit();
          return new Committed(clubId, opCount, op, observed);
        } catch (RuntimeException e) {
          if (transaction.isActive()) {
            transaction.rollback();
          }
          if (!isRetryable(e)) {
            throw e;
          }
          retries.incrementAndGet();
        }
      }
    }
  }

  private static Object apply(ClubAthletes athletes, Op op) {
    if (op instanceof LinkIfAbsent link) {
      if (athletes.isLinked(link.athlete())) {
        return false;
      }
      athletes.link(link.athlete());
      return true;
    }
    if (op instanceof Unlink unlink) {
      return athletes.unlink(unlink.athlete());
    }
    athletes.set(((SetTo) op).athletes());
    return null;
  }

  /** A serialization failure or deadlock anywhere in the cause chain. */
  static boolean isRetryable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          String state = next.getSQLState();
          if ("40001".equals(state) || "40P01".equals(state) || next.getErrorCode() == 1213) {
            return true;
          }
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /**
   * Replays each club's operations in commit order, checking that the numbers are exactly 1..n
   * and that each operation observed what the model held at its turn.
   */
  private static Map<Long, Set<Long>> replay(Queue<Committed> committed, List<Long> clubs) {
    Map<Long, List<Committed>> byClub = new HashMap<>();
    clubs.forEach(club -> byClub.put(club, new ArrayList<>()));
    committed.forEach(op -> byClub.get(op.club()).add(op));
    Map<Long, Set<Long>> model = new TreeMap<>();
    for (Map.Entry<Long, List<Committed>> club : byClub.entrySet()) {
      List<Committed> ops = club.getValue();
      ops.sort(Comparator.comparingLong(Committed::opCount));
      Set<Long> linked = new TreeSet<>();
      for (int i = 0; i < ops.size(); i++) {
        Committed op = ops.get(i);
        assertThat(op.opCount()).as("operation numbers of club %d", club.getKey()).isEqualTo(i + 1L);
        if (op.op() instanceof LinkIfAbsent link) {
          assertThat(op.observed()).as("%s", op).isEqualTo(!linked.contains(link.athlete()));
          linked.add(link.athlete());
        } else if (op.op() instanceof Unlink unlink) {
          assertThat(op.observed()).as("%s", op).isEqualTo(linked.contains(unlink.athlete()) ? 1 : 0);
          linked.remove(unlink.athlete());
        } else {
          linked = new TreeSet<>(((SetTo) op.op()).athletes());
        }
      }
      model.put(club.getKey(), linked);
    }
    return model;
  }

  private void assertDatabaseEquals(Map<Long, Set<Long>> model, Queue<Committed> committed) {
    inTransaction(session -> {
      Map<Long, Set<Long>> actual = new TreeMap<>();
      model.keySet().forEach(club -> actual.put(club, new TreeSet<>()));
      List<Object[]> pairs = session.createQuery(
          "select m.clubId, m.athleteId from Membership m", Object[].class).getResultList();
      Set<List<Long>> distinct = new HashSet<>();
      for (Object[] pair : pairs) {
        assertThat(distinct.add(List.of((Long) pair[0], (Long) pair[1])))
            .as("(club, athlete) %s appears once", List.of(pair)).isTrue();
        actual.get((Long) pair[0]).add((Long) pair[1]);
      }
      assertThat(actual).isEqualTo(model);
      List<Object[]> duplicates = session.createQuery(
          "select m.clubId, m.athleteId, count(*) from Membership m group by m.clubId, m.athleteId having count(*) > 1",
          Object[].class).getResultList();
      assertThat(duplicates).isEmpty();
      // the accessor agrees with the table
      for (Map.Entry<Long, Set<Long>> club : model.entrySet()) {
        List<Long> found = ClubAthletes.of(session, club.getKey()).find().stream().map(Athlete::getId).toList();
        assertThat(found).as("club %d", club.getKey()).containsExactlyElementsOf(club.getValue());
      }
      Map<Long, Long> opsPerClub = new HashMap<>();
      committed.forEach(op -> opsPerClub.merge(op.club(), 1L, Long::sum));
      for (Club club : session.createQuery("from Club", Club.class).getResultList()) {
        assertThat(club.getOpCount()).isEqualTo(opsPerClub.getOrDefault(club.getId(), 0L));
      }
    });
  }

  /**
   * A factory of its own with a connection per thread (the shared one pools 4), on the schema the
   * shared factory created; it maps only the club model.
   */
  private static SessionFactory poolOf(int connections) {
    TestSessions.factory();
    TestDatabase db = TestDatabase.current();
    Configuration configuration = new Configuration()
        .addAnnotatedClass(Club.class)
        .addAnnotatedClass(Membership.class)
        .addAnnotatedClass(Athlete.class);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, db.url());
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, db.user());
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, db.password());
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
    configuration.setProperty(AvailableSettings.POOL_SIZE, String.valueOf(connections));
    return configuration.buildSessionFactory();
  }
}
