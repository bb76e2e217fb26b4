package dev.throughline.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.NoSuchEntityException;
import dev.throughline.it.support.DatabaseTest;
import dev.throughline.it.support.TestDatabase;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The locks of existence checks on targets that Hibernate hides or removes its own way: {@code
 * Rower} is {@code @SoftDelete} (removal is an update), {@code Coach} has a {@code @SQLRestriction}
 * and a {@code @Filter}. A hidden target is missing to every write, and a soft delete in progress
 * holds up a link as a real delete does.
 */
class ConcurrentMappedRemovalTest extends DatabaseTest {

  @Test
  void softDeletedTargetsAreMissingToEveryWrite() {
    long[] ids = fromTransaction(session -> {
      Crew crew = new Crew("eight");
      Rower stroke = new Rower("stroke");
      Rower bow = new Rower("bow");
      List.of(crew, stroke, bow).forEach(session::persist);
      session.flush();
      CrewRowers.of(session, crew.getId()).link(stroke.getId());
      return new long[] {crew.getId(), stroke.getId(), bow.getId()};
    });
    long crew = ids[0];
    long stroke = ids[1];
    long bow = ids[2];

    inTransaction(session -> assertThat(CrewRowers.of(session, crew).delete()).isEqualTo(1));
    inTransaction(session -> {
      assertThat(session.createNativeQuery("select count(*) from Rower where id = :id", Object.class)
          .setParameter("id", stroke).getSingleResult().toString()).as("the row is kept, marked").isEqualTo("1");
      CrewRowers rowers = CrewRowers.of(session, crew);
      assertThatThrownBy(() -> rowers.link(stroke)).isInstanceOf(NoSuchEntityException.class);
      assertThatThrownBy(() -> rowers.linkAll(List.of(bow, stroke))).isInstanceOf(NoSuchEntityException.class);
      assertThatThrownBy(() -> rowers.set(List.of(stroke))).isInstanceOf(NoSuchEntityException.class);
      rowers.set(List.of(bow));
      assertThat(rowers.find()).extracting(Rower::getId).containsExactly(bow);
    });
  }

  @Test
  void restrictedAndFilteredTargetsAreMissingToEveryWrite() {
    long[] ids = fromTransaction(session -> {
      Crew crew = new Crew("four");
      Coach senior = new Coach("senior", 5, false);
      Coach junior = new Coach("junior", 1, false);
      Coach retired = new Coach("retired", 5, true);
      List.of(crew, senior, junior, retired).forEach(session::persist);
      return new long[] {crew.getId(), senior.getId(), junior.getId(), retired.getId()};
    });
    long crew = ids[0];
    long senior = ids[1];
    long junior = ids[2];
    long retired = ids[3];

    inTransaction(session -> {
      CrewCoaches coaches = CrewCoaches.of(session, crew);
      assertThatThrownBy(() -> coaches.link(retired)).isInstanceOf(NoSuchEntityException.class);
      assertThatThrownBy(() -> coaches.linkAll(List.of(senior, retired))).isInstanceOf(NoSuchEntityException.class);
      session.enableFilter("senior");
      assertThatThrownBy(() -> coaches.link(junior)).isInstanceOf(NoSuchEntityException.class);
      assertThatThrownBy(() -> coaches.set(List.of(senior, junior))).isInstanceOf(NoSuchEntityException.class);
      coaches.link(senior);
      session.disableFilter("senior");
      coaches.link(junior);
      assertThat(coaches.find()).extracting(Coach::getId).containsExactlyInAnyOrder(senior, junior);
      assertThat(coaches.delete()).isEqualTo(2);
      assertThatThrownBy(() -> coaches.link(senior)).isInstanceOf(NoSuchEntityException.class);
    });
  }

  /**
   * While {@code delete()} of a soft-deleted target is uncommitted, a link to it waits, then fails
   * once the delete commits: the update that marks the row deleted holds up the link as a
   * {@code DELETE} does.
   */
  @Test
  void aLinkToATargetWhoseSoftDeleteIsUncommittedWaitsThenFails() throws Exception {
    Assumptions.assumeFalse(TestDatabase.current().isH2(), "concurrency runs on the PostgreSQL and MariaDB servers");
    long[] ids = fromTransaction(session -> {
      Crew deleting = new Crew("deleting");
      Crew linking = new Crew("linking");
      Rower rower = new Rower("rower");
      List.of(deleting, linking, rower).forEach(session::persist);
      session.flush();
      CrewRowers.of(session, deleting.getId()).link(rower.getId());
      return new long[] {deleting.getId(), linking.getId(), rower.getId()};
    });
    long deletingCrew = ids[0];
    long linkingCrew = ids[1];
    long rower = ids[2];

    try (SessionFactory pool = ConcurrentLinkDeleteTest.poolOf(3, Crew.class, Seat.class, Rower.class,
            Coaching.class, Coach.class)) {
      ConcurrentLinkDeleteTest.assertLinkWaitsForUncommittedDeleteThenFails(pool,
          session -> CrewRowers.of(session, deletingCrew).delete(),
          session -> CrewRowers.of(session, linkingCrew).link(rower));
    }
    inTransaction(session -> assertThat(CrewRowers.of(session, linkingCrew).count()).isZero());
  }

  /**
   * On PostgreSQL an uncommitted link to a target with a {@code @SQLRestriction} does not block
   * updates of the target's other columns: the restriction is Hibernate's, the lock {@code FOR KEY
   * SHARE}.
   */
  @Test
  void anUncommittedLinkToARestrictedTargetDoesNotBlockItsUpdates() throws Exception {
    Assumptions.assumeTrue(TestDatabase.current().name().equals("postgresql"), "FOR KEY SHARE is PostgreSQL's");
    long[] ids = fromTransaction(session -> {
      Crew crew = new Crew("pair");
      Coach coach = new Coach("coach", 4, false);
      List.of(crew, coach).forEach(session::persist);
      return new long[] {crew.getId(), coach.getId()};
    });
    long crew = ids[0];
    long coach = ids[1];

    try (SessionFactory pool = ConcurrentLinkDeleteTest.poolOf(3, Crew.class, Seat.class, Rower.class,
            Coaching.class, Coach.class);
        Session linking = pool.openSession();
        Session renaming = pool.openSession()) {
      Transaction link = linking.beginTransaction();
      linking.enableFilter("senior");
      CrewCoaches.of(linking, crew).link(coach);
      linking.flush();

      Transaction rename = renaming.beginTransaction();
      renaming.doWork(connection -> {
        try (var statement = connection.createStatement()) {
          statement.execute("set local lock_timeout = '2s'");
        }
      });
      renaming.find(Coach.class, coach).grade = 2;
      renaming.flush();
      rename.commit();
      link.commit();
    }
    inTransaction(session -> {
      assertThat(session.find(Coach.class, coach).grade).isEqualTo(2);
      assertThat(CrewCoaches.of(session, crew).isLinked(coach)).isTrue();
    });
  }
}
