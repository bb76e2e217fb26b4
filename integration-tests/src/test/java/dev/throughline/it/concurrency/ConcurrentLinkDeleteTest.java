package dev.throughline.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.NoSuchEntityException;
import dev.throughline.it.support.DatabaseTest;
import dev.throughline.it.support.TestDatabase;
import dev.throughline.it.support.TestSessions;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code link}, {@code linkAll}, {@code set} and {@code create} racing {@code delete} of their
 * targets on a schema without foreign keys (through keys are plain {@code Long} attributes).
 *
 * <p>Whatever the interleaving, no through row may be left naming a target or source that no
 * longer exists: a write that checked its target before a concurrent delete committed must either
 * have its row removed by that delete, or wait for the delete and fail with {@link
 * NoSuchEntityException}. Deadlock victims and serialization failures are retried and counted;
 * Throughline itself does not retry.
 *
 * <p>PostgreSQL and MariaDB only: H2 serializes too much to say anything about concurrency.
 */
class ConcurrentLinkDeleteTest extends DatabaseTest {

  static final int LINKERS = 3;
  static final int DELETERS = 2;
  static final long RUN_MILLIS = 5_000;
  /** On a slow machine the run goes on, up to four times as long, until this many targets were deleted. */
  static final int MIN_DELETED_TARGETS = 20;
  static final int MAX_OPERATIONS_PER_THREAD = 20_000;
  static final int MAX_ATTEMPTS = 20;
  static final int CLUBS = 6;
  static final int ATHLETES = 16;

  /** What the threads of one run saw. */
  static final class Tally {
    final AtomicLong committed = new AtomicLong();
    final AtomicLong missingTarget = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong abandoned = new AtomicLong();
    final AtomicLong deletedTargets = new AtomicLong();
  }

  @Test
  void linksRacingDeletesOfTheirTargetsLeaveNoDanglingThroughRow() throws Exception {
    TestDatabase db = TestDatabase.current();
    Assumptions.assumeFalse(db.isH2(), "concurrency runs on the PostgreSQL and MariaDB servers");

    List<Long> clubs = new ArrayList<>();
    Set<Long> athletes = ConcurrentHashMap.newKeySet();
    AtomicLong names = new AtomicLong();
    inTransaction(session -> {
      for (int i = 0; i < CLUBS; i++) {
        Club club = new Club("club " + i);
        session.persist(club);
        clubs.add(club.getId());
      }
      for (int i = 0; i < ATHLETES; i++) {
        Athlete athlete = new Athlete(athleteName(names.incrementAndGet()));
        session.persist(athlete);
        athletes.add(athlete.getId());
      }
    });

    Tally tally = new Tally();
    try (SessionFactory pool = poolOf(LINKERS + DELETERS + 2)) {
      long started = System.nanoTime();
      long deadline = started + TimeUnit.MILLISECONDS.toNanos(RUN_MILLIS);
      long latest = started + TimeUnit.MILLISECONDS.toNanos(4 * RUN_MILLIS);
      ExecutorService executor = Executors.newFixedThreadPool(LINKERS + DELETERS);
      try {
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < LINKERS + DELETERS; t++) {
          Random random = new Random(20261205L * 31 + t);
          boolean linker = t < LINKERS;
          workers.add(executor.submit(() -> {
            for (int i = 0; i < MAX_OPERATIONS_PER_THREAD; i++) {
              long now = System.nanoTime();
              if (now > latest || (now > deadline && tally.deletedTargets.get() >= MIN_DELETED_TARGETS)) {
                break;
              }
              long club = clubs.get(random.nextInt(clubs.size()));
              if (linker) {
                link(pool, tally, random, club, athletes, names);
              } else {
                delete(pool, tally, random, club);
              }
            }
            return null;
          }));
        }
        for (Future<?> worker : workers) {
          worker.get(2, TimeUnit.MINUTES);
        }
      } finally {
        executor.shutdownNow();
      }
    }

    long dangling = danglingThroughRows();
    System.out.printf("Link against delete on %s: %,d transactions committed, %,d targets deleted,"
            + " %,d writes refused for a missing target, %,d retries, %,d abandoned;"
            + " %,d through rows naming a missing row%n",
        db.name(), tally.committed.get(), tally.deletedTargets.get(), tally.missingTarget.get(),
        tally.retries.get(), tally.abandoned.get(), dangling);
    assertThat(tally.deletedTargets.get()).as("targets deleted").isPositive();
    assertThat(dangling).as("through rows naming a missing athlete or club").isZero();
  }

  /**
   * While a transaction holds a {@code link} uncommitted, another transaction updates the linked
   * target's name (not its key) without waiting: the link locks the target the way a foreign-key
   * check does ({@code FOR KEY SHARE}), not against updates of its other columns.
   */
  @Test
  void anUncommittedLinkDoesNotBlockUpdatesOfItsTargetsOtherColumns() throws Exception {
    TestDatabase db = TestDatabase.current();
    Assumptions.assumeTrue(db.name().equals("postgresql"), "FOR KEY SHARE is PostgreSQL's");
    long[] ids = seedClubAndAthlete(false);
    long club = ids[0];
    long athlete = ids[1];

    try (SessionFactory pool = poolOf(3);
        Session linking = pool.openSession();
        Session renaming = pool.openSession()) {
      Transaction link = linking.beginTransaction();
      ClubAthletes.of(linking, club).link(athlete);
      linking.flush();

      Transaction rename = renaming.beginTransaction();
      renaming.doWork(connection -> {
        try (var statement = connection.createStatement()) {
          statement.execute("set local lock_timeout = '2s'");
        }
      });
      Athlete renamed = renaming.find(Athlete.class, athlete);
      renamed.name = "renamed";
      long started = System.nanoTime();
      renaming.flush();
      rename.commit();
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      link.commit();
      assertThat(millis).as("milliseconds the update waited").isLessThan(2_000);
    }
    inTransaction(session -> {
      assertThat(session.find(Athlete.class, athlete).name).isEqualTo("renamed");
      assertThat(ClubAthletes.of(session, club).isLinked(athlete)).isTrue();
    });
  }

  /**
   * While {@code delete()} of a target is uncommitted, a {@code link} to it from another source
   * waits, and fails with {@link NoSuchEntityException} once the delete commits; nothing is
   * written.
   */
  @Test
  void aLinkToATargetWhoseDeleteIsUncommittedWaitsThenFails() throws Exception {
    TestDatabase db = TestDatabase.current();
    Assumptions.assumeFalse(db.isH2(), "concurrency runs on the PostgreSQL and MariaDB servers");
    long[] ids = seedClubAndAthlete(true);
    long deletingClub = ids[0];
    long athlete = ids[1];
    long linkingClub = ids[2];

    try (SessionFactory pool = poolOf(3)) {
      assertLinkWaitsForUncommittedDeleteThenFails(pool,
          session -> ClubAthletes.of(session, deletingClub).delete(),
          session -> ClubAthletes.of(session, linkingClub).link(athlete));
    }
    assertThat(danglingThroughRows()).isZero();
    inTransaction(session -> {
      assertThat(session.find(Athlete.class, athlete)).isNull();
      assertThat(ClubAthletes.of(session, linkingClub).count()).isZero();
    });
  }

  /** One linking transaction: link, linkAll, set or create on a club whose row it locks first. */
  /**
   * Runs {@code delete} in a transaction left open (it must delete one target), then {@code link}
   * in another thread: the link must wait while the delete is uncommitted, and fail with {@link
   * NoSuchEntityException} once it commits.
   */
  static void assertLinkWaitsForUncommittedDeleteThenFails(
      SessionFactory pool, ToIntFunction<Session> delete, Consumer<Session> link) throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try (Session deleting = pool.openSession()) {
      Transaction deletion = deleting.beginTransaction();
      assertThat(delete.applyAsInt(deleting)).isEqualTo(1);
      Future<RuntimeException> linking = executor.submit(() -> {
        try (Session session = pool.openSession()) {
          Transaction transaction = session.beginTransaction();
          try {
            link.accept(session);
            session.flush();
            transaction.commit();
            return null;
          } catch (RuntimeException e) {
            transaction.rollback();
            return e;
          }
        }
      });
      assertThatThrownBy(() -> linking.get(1, TimeUnit.SECONDS))
          .as("the link waits for the uncommitted delete")
          .isInstanceOf(TimeoutException.class);
      deletion.commit();
      assertThat(linking.get(30, TimeUnit.SECONDS))
          .as("the link after the delete committed")
          .isInstanceOf(NoSuchEntityException.class);
    } finally {
      executor.shutdownNow();
    }
  }

  private static void link(SessionFactory pool, Tally tally, Random random, long clubId, Set<Long> athletes,
      AtomicLong names) {
    int kind = random.nextInt(4);
    List<Long> candidates = new ArrayList<>(athletes);
    List<Long> picked = new ArrayList<>();
    for (int i = 0; i < 3 && !candidates.isEmpty(); i++) {
      picked.add(candidates.remove(random.nextInt(candidates.size())));
    }
    Long[] created = new Long[1];
    boolean done = inRetriedTransaction(pool, tally, session -> {
      // One writer per club at a time, so that no two transactions link the same pair.
      session.find(Club.class, clubId, LockModeType.PESSIMISTIC_WRITE);
      ClubAthletes accessor = ClubAthletes.of(session, clubId);
      Set<Long> linked = new LinkedHashSet<>();
      accessor.find().forEach(athlete -> linked.add(athlete.getId()));
      List<Long> unlinked = picked.stream().filter(id -> !linked.contains(id)).toList();
      switch (kind) {
        case 0 -> {
          if (!unlinked.isEmpty()) {
            accessor.link(unlinked.get(0));
          }
        }
        case 1 -> accessor.linkAll(unlinked);
        case 2 -> {
          List<Long> wanted = new ArrayList<>(linked);
          if (!wanted.isEmpty()) {
            wanted.remove(random.nextInt(wanted.size()));
          }
          wanted.addAll(unlinked);
          if (!wanted.isEmpty()) {
            accessor.set(wanted);
          }
        }
        default -> created[0] = accessor.create(new Athlete(athleteName(names.incrementAndGet()))).getId();
      }
    });
    if (done && created[0] != null) {
      athletes.add(created[0]);
    }
    if (!done) {
      // a picked athlete was deleted meanwhile: forget those that are gone
      try (Session session = pool.openSession()) {
        for (Long id : picked) {
          if (session.find(Athlete.class, id) == null) {
            athletes.remove(id);
          }
        }
      }
    }
  }

  /** One deleting transaction: every athlete of the club, or those whose name starts with a parity. */
  private static void delete(SessionFactory pool, Tally tally, Random random, long clubId) {
    boolean all = random.nextBoolean();
    String parity = random.nextBoolean() ? "even" : "odd";
    inRetriedTransaction(pool, tally, session -> {
      ClubAthletes accessor = ClubAthletes.of(session, clubId);
      int deleted = all
          ? accessor.delete()
          : accessor.delete(Restriction.startsWith(Athlete_.name, parity));
      tally.deletedTargets.addAndGet(deleted);
    });
  }

  /**
   * Runs work in its own transaction, retrying deadlock victims and serialization failures; false
   * when a target was missing (or the retries ran out), true when the transaction committed.
   */
  private static boolean inRetriedTransaction(SessionFactory pool, Tally tally, Consumer<Session> work) {
    for (int attempt = 1; ; attempt++) {
      try (Session session = pool.openSession()) {
        Transaction transaction = session.beginTransaction();
        try {
          work.accept(session);
          transaction.commit();
          tally.committed.incrementAndGet();
          return true;
        } catch (RuntimeException e) {
          if (transaction.isActive()) {
            transaction.rollback();
          }
          if (e instanceof NoSuchEntityException) {
            tally.missingTarget.incrementAndGet();
            return false;
          }
          if (!ConcurrentWritesTest.isRetryable(e)) {
            throw e;
          }
          if (attempt == MAX_ATTEMPTS) {
            tally.abandoned.incrementAndGet();
            return false;
          }
          tally.retries.incrementAndGet();
        }
      }
    }
  }

  private static String athleteName(long number) {
    return (number % 2 == 0 ? "even " : "odd ") + number;
  }

  /** A club with one linked athlete, and when asked a second club without links: their ids. */
  private long[] seedClubAndAthlete(boolean linked) {
    return fromTransaction(session -> {
      Club club = new Club("club");
      Club other = new Club("other club");
      Athlete athlete = new Athlete("athlete");
      session.persist(club);
      session.persist(other);
      session.persist(athlete);
      session.flush();
      if (linked) {
        ClubAthletes.of(session, club.getId()).link(athlete.getId());
      }
      return new long[] {club.getId(), athlete.getId(), other.getId()};
    });
  }

  /** Through rows whose athlete or club does not exist, counted by an anti-join in SQL. */
  private long danglingThroughRows() {
    return fromTransaction(session -> ((Number) session.createNativeQuery(
            "select count(*) from Membership m"
                + " where not exists (select 1 from Athlete a where a.id = m.athleteId)"
                + " or not exists (select 1 from Club c where c.id = m.clubId)", Object.class)
        .getSingleResult()).longValue());
  }

  /** A factory of the club model with a connection per thread. */
  private static SessionFactory poolOf(int connections) {
    return poolOf(connections, Club.class, Membership.class, Athlete.class);
  }

  /**
   * A factory of its own with a connection per thread (the shared one pools 4), on the schema the
   * shared factory created; it maps only these entities.
   */
  static SessionFactory poolOf(int connections, Class<?>... entities) {
    TestSessions.factory();
    TestDatabase db = TestDatabase.current();
    Configuration configuration = new Configuration();
    for (Class<?> entity : entities) {
      configuration.addAnnotatedClass(entity);
    }
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, db.url());
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, db.user());
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, db.password());
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
    configuration.setProperty(AvailableSettings.POOL_SIZE, String.valueOf(connections));
    return configuration.buildSessionFactory();
  }
}
