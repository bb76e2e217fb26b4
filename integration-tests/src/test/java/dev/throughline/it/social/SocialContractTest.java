package dev.throughline.it.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Linked;
import dev.throughline.NoSuchEntityException;
import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.contract.RelationContract;
import dev.throughline.it.contract.RelationFixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * The relation contract on a self-relation read in both directions through one table: here {@code
 * User.following} (followerId to followeeId), and {@link SocialFollowersContractTest} for {@code
 * User.followers}. Beyond the contract: a follow written through one accessor is seen through the
 * other, a user may follow themselves, and deleting users removes the follows of which they are
 * the follower too.
 *
 * <p>In the contract's world every name is a user: First follows Bob twice and Ann, Second follows
 * Bob and Cid.
 */
class SocialContractTest extends RelationContract<User, Long, User, Long, Follow> {

  @Override
  protected RelationFixture<User, Long, User, Long, Follow> fixture() {
    return Fixtures.following();
  }

  /** The date a follow's data stands for. */
  private static Instant since(String data) {
    return Instant.parse(data);
  }

  private static long followCount(Session session) {
    return session.createQuery("select count(f) from Follow f", Long.class).getSingleResult();
  }

  /** Follow rows whose follower or followee is no user. */
  private static long danglingFollows(Session session) {
    return session.createQuery("select count(f) from Follow f where f.followerId not in (select u.id from User u)"
        + " or f.followeeId not in (select u.id from User u)", Long.class).getSingleResult();
  }

  // ---------------------------------------------------------------- the two directions

  @Test
  void aFollowLinkedAsFollowingMakesTheFollowerAppearAmongFollowers() {
    inTransaction(session -> UserFollowing.of(session, idle()).link(ann()));
    inTransaction(session -> {
      assertThat(names(UserFollowers.of(session, ann()).find())).containsExactly(FIRST, IDLE);
      assertThat(names(UserFollowing.of(session, idle()).find())).containsExactly(ANN);
      assertThat(UserFollowers.of(session, ann()).isLinked(idle())).isTrue();
      // not the other way round
      assertThat(UserFollowers.of(session, idle()).find()).isEmpty();
      assertThat(UserFollowing.of(session, ann()).isLinked(idle())).isFalse();
    });
  }

  @Test
  void aFollowerLinkedAsFollowerMakesTheFolloweeAppearInFollowing() {
    inTransaction(session -> {
      Follow follow = UserFollowers.of(session, cid()).link(first(), f -> f.setSince(since(data(5))));
      // the accessor of Cid's followers writes a row where Cid is the followee
      assertThat(follow.getFolloweeId()).isEqualTo(cid());
      assertThat(follow.getFollowerId()).isEqualTo(first());
    });
    inTransaction(session -> {
      assertThat(names(UserFollowing.of(session, first()).find())).containsExactly(ANN, BOB, CID);
      assertThat(linked(UserFollowing.of(session, first()).findWithThrough()))
          .containsExactly(linked(ANN, data(1)), linked(BOB, data(0)), linked(BOB, data(2)), linked(CID, data(5)));
      assertThat(names(UserFollowers.of(session, cid()).find())).containsExactly(FIRST, SECOND);
    });
  }

  @Test
  void targetsAreTheSameManagedInstancesAsTheSources() {
    inTransaction(session -> {
      User bob = session.find(User.class, bob());
      User first = session.find(User.class, first());
      assertThat(UserFollowing.of(session, second()).find().get(0)).isSameAs(bob);
      assertThat(UserFollowers.of(session, bob).find()).containsExactlyElementsOf(UserFollowers.of(session, bob()).find());
      assertThat(UserFollowers.of(session, bob).find().get(0)).isSameAs(first);
    });
  }

  @Test
  void findWithThroughInBothDirectionsSeesTheSameRowsInOneStatementEach() {
    inTransaction(session -> {
      List<Linked<User, Follow>> followersOfBob = counted(session, s -> UserFollowers.of(s, bob()).findWithThrough());
      assertStatements().total(1);
      assertThat(followersOfBob).extracting(row -> row.target().getHandle()).containsExactly(FIRST, FIRST, SECOND);
      assertThat(followersOfBob).allSatisfy(row -> {
        assertThat(row.through().getFolloweeId()).isEqualTo(bob());
        assertThat(row.through().getFollowerId()).isEqualTo(row.target().getId());
      });

      List<Linked<User, Follow>> followedBySecond = counted(session, s -> UserFollowing.of(s, second()).findWithThrough());
      assertStatements().total(1);
      // Second's follow of Bob is one of Bob's follower rows: the same managed instance
      assertThat(followedBySecond.get(0).target().getHandle()).isEqualTo(BOB);
      assertThat(followedBySecond.get(0).through()).isSameAs(followersOfBob.get(2).through());
    });
  }

  @Test
  void createAsFollowerOrFolloweeIsSeenFromTheOtherSide() {
    Long eve = fromTransaction(session -> UserFollowers.of(session, idle()).create(new User(EVE)).getId());
    Long fay = fromTransaction(session -> UserFollowing.of(session, idle())
        .create(new User("Fay"), f -> f.setSince(since(data(5)))).getId());
    inTransaction(session -> {
      // Eve follows Idle, Idle follows Fay
      assertThat(names(UserFollowing.of(session, eve).find())).containsExactly(IDLE);
      assertThat(names(UserFollowers.of(session, idle()).find())).containsExactly(EVE);
      assertThat(names(UserFollowing.of(session, idle()).find())).containsExactly("Fay");
      assertThat(UserFollowers.of(session, fay).findWithThrough()).singleElement().satisfies(row -> {
        assertThat(row.target().getId()).isEqualTo(idle());
        assertThat(row.through().getSince()).isEqualTo(since(data(5)));
        assertThat(row.through().getFollowerId()).isEqualTo(idle());
        assertThat(row.through().getFolloweeId()).isEqualTo(fay);
      });
    });
  }

  @Test
  void linkAllInBothDirectionsIsSeenFromTheOther() {
    inTransaction(session -> {
      UserFollowing.of(session, idle()).linkAll(List.of(ann(), bob(), cid()));
      List<Follow> followers = UserFollowers.of(session, idle()).linkAll(List.of(cid(), dee()));
      assertThat(followers).extracting(Follow::getFollowerId).containsExactly(cid(), dee());
      assertThat(followers).extracting(Follow::getFolloweeId).containsOnly(idle());
    });
    inTransaction(session -> {
      assertThat(names(UserFollowers.of(session, ann()).find())).containsExactly(FIRST, IDLE);
      assertThat(names(UserFollowers.of(session, bob()).find())).containsExactly(FIRST, SECOND, IDLE);
      assertThat(names(UserFollowing.of(session, cid()).find())).containsExactly(IDLE);
      assertThat(names(UserFollowing.of(session, idle()).find())).containsExactly(ANN, BOB, CID);
      assertThat(names(UserFollowers.of(session, idle()).find())).containsExactly(CID, DEE);
    });
  }

  @Test
  void setOnOneSideIsReflectedOnTheOther() {
    inTransaction(session -> UserFollowing.of(session, bob()).link(first()));
    Object secondFollowsBob = fromTransaction(session ->
        session.getIdentifier(UserFollowing.of(session, second()).findWithThrough().get(0).through()));
    inTransaction(session -> {
      counted(session, s -> {
        // Bob's followers become Second and Idle: First's two follows go, Second's row is kept
        UserFollowers.of(s, bob()).set(List.of(second(), idle()));
        return null;
      });
      assertStatements().selects(2).deletes(1).inserts(1).total(4);
    });
    inTransaction(session -> {
      assertThat(names(UserFollowing.of(session, first()).find())).containsExactly(ANN);
      assertThat(names(UserFollowing.of(session, idle()).find())).containsExactly(BOB);
      assertThat(UserFollowing.of(session, second()).findWithThrough().get(0)).satisfies(row -> {
        assertThat(session.getIdentifier(row.through())).isEqualTo(secondFollowsBob);
        assertThat(row.through().getSince()).isEqualTo(since(data(3)));
      });
      // Bob's own follow of First is untouched
      assertThat(names(UserFollowing.of(session, bob()).find())).containsExactly(FIRST);
    });
    inTransaction(session -> {
      UserFollowing.of(session, second()).set(List.of(ann()));
      assertThat(names(UserFollowers.of(session, ann()).find())).containsExactly(FIRST, SECOND);
      assertThat(names(UserFollowers.of(session, bob()).find())).containsExactly(IDLE);
      assertThat(UserFollowers.of(session, cid()).find()).isEmpty();
      assertThatThrownBy(() -> UserFollowing.of(session, second()).set(List.of(-1L)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(-1L));
      assertThatThrownBy(() -> UserFollowers.of(session, -2L).set(List.of(ann())))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(-2L));
    });
  }

  @Test
  void unlinkOnOneSideLeavesTheReversePairInOneDelete() {
    inTransaction(session -> UserFollowing.of(session, bob()).link(second()));
    inTransaction(session -> {
      int unlinked = counted(session, s -> UserFollowers.of(s, bob()).unlink(second()));
      assertThat(unlinked).isEqualTo(1);
      assertStatements().deletes(1).total(1);
      // Second->Bob is gone; Bob->Second is another pair and stays
      assertThat(UserFollowers.of(session, bob()).unlink(second())).isZero();
      assertThat(UserFollowing.of(session, bob()).unlink(ann())).isZero();
    });
    inTransaction(session -> {
      assertThat(names(UserFollowing.of(session, second()).find())).containsExactly(CID);
      assertThat(names(UserFollowers.of(session, second()).find())).containsExactly(BOB);
      assertThat(names(UserFollowers.of(session, bob()).find())).containsExactly(FIRST);
      assertThat(session.find(User.class, second())).isNotNull();
    });
  }

  @Test
  void unlinkAllOfOneDirectionLeavesTheOtherInOneDelete() {
    inTransaction(session -> UserFollowing.of(session, bob()).link(cid()));
    inTransaction(session -> {
      int unlinked = counted(session, s -> UserFollowers.of(s, bob()).unlinkAll());
      assertThat(unlinked).isEqualTo(3);
      assertStatements().deletes(1).total(1);
      assertThat(UserFollowers.of(session, bob()).unlinkAll()).isZero();
    });
    inTransaction(session -> {
      assertThat(names(UserFollowing.of(session, first()).find())).containsExactly(ANN);
      assertThat(names(UserFollowing.of(session, second()).find())).containsExactly(CID);
      // Bob still follows Cid
      assertThat(names(UserFollowing.of(session, bob()).find())).containsExactly(CID);
      assertThat(followCount(session)).isEqualTo(3);
    });
  }

  // ---------------------------------------------------------------- following oneself

  @Test
  void aSelfFollowIsSeenInBothDirections() {
    inTransaction(session -> {
      Follow self = counted(session, s -> UserFollowing.of(s, dee()).link(dee()));
      assertStatements().selects(1).inserts(1);
      assertThat(self.getFollowerId()).isEqualTo(dee());
      assertThat(self.getFolloweeId()).isEqualTo(dee());
    });
    inTransaction(session -> {
      assertThat(names(UserFollowers.of(session, dee()).find())).containsExactly(DEE);
      assertThat(names(UserFollowing.of(session, dee()).find())).containsExactly(DEE);
      assertThat(UserFollowers.of(session, dee()).isLinked(dee())).isTrue();
      assertThat(UserFollowing.of(session, dee()).count()).isEqualTo(1);
      assertThat(UserFollowers.of(session, dee()).findById(dee())).isPresent();
      assertThat(UserFollowing.of(session, dee()).findWithThrough()).singleElement().satisfies(row -> {
        assertThat(row.target().getId()).isEqualTo(dee());
        assertThat(row.through().getFollowerId()).isEqualTo(dee());
      });
      List<User> users = session.createQuery("from User order by id", User.class).getResultList();
      UserFollowers.include(session, users);
      UserFollowing.include(session, users);
      User dee = session.find(User.class, dee());
      assertThat(dee.getFollowers()).singleElement().isSameAs(dee);
      assertThat(dee.getFollowing()).singleElement().isSameAs(dee);
    });
    inTransaction(session -> {
      // a second self-follow from the other accessor is a second row of the same pair
      UserFollowers.of(session, dee()).link(dee());
      assertThat(UserFollowing.of(session, dee()).count()).isEqualTo(1);
      assertThat(UserFollowing.of(session, dee()).findWithThrough()).hasSize(2);
      assertThat(UserFollowers.of(session, dee()).unlink(dee())).isEqualTo(2);
      assertThat(UserFollowing.of(session, dee()).isLinked(dee())).isFalse();
    });
  }

  @Test
  void setIncludingOneselfAndUnlinkingOneself() {
    inTransaction(session -> UserFollowing.of(session, idle()).set(List.of(idle(), bob(), cid())));
    inTransaction(session -> {
      assertThat(names(UserFollowing.of(session, idle()).find())).containsExactly(IDLE, BOB, CID);
      assertThat(names(UserFollowers.of(session, idle()).find())).containsExactly(IDLE);
      assertThat(UserFollowing.of(session, idle()).unlink(idle())).isEqualTo(1);
      assertThat(UserFollowers.of(session, idle()).count()).isZero();
    });
  }

  /**
   * In a self-relation a Follow row references users through both of its keys: delete() removes
   * the rows whose followee is a deleted user and those whose follower is, so that no follow is
   * left pointing at a user that no longer exists.
   */
  @Test
  void deleteInASelfRelationRemovesEveryFollowReferencingTheDeletedUsers() {
    inTransaction(session -> {
      UserFollowing.of(session, bob()).linkAll(List.of(cid(), dee()));
      // First follows Ann and Bob; deleting Bob must remove Bob->Cid and Bob->Dee too
      assertThat(UserFollowing.of(session, first()).delete()).isEqualTo(2);
    });
    inTransaction(session -> {
      assertThat(session.find(User.class, bob())).isNull();
      assertThat(UserFollowers.of(session, cid()).isLinked(bob())).isFalse();
      assertThat(UserFollowers.of(session, dee()).isLinked(bob())).isFalse();
      assertThat(danglingFollows(session)).isZero();
      assertThat(throughRows(session)).containsExactly(row(SECOND, CID, data(4)));
    });
  }

  // ---------------------------------------------------------------- inclusion of both relations

  @Test
  void includeOfBothRelationsFillsBothFieldsInOneStatementEach() {
    inTransaction(session -> {
      // First, Second, Idle, Ann, Bob, Cid, Dee
      List<User> users = session.createQuery("from User order by id", User.class).getResultList();
      Map<Long, List<User>> followers = counted(session, s -> UserFollowers.include(s, users));
      assertStatements().total(1);
      Map<Long, List<User>> following = counted(session, s -> UserFollowing.include(s, users));
      assertStatements().total(1);

      assertThat(followers).containsOnlyKeys(users.stream().map(User::getId).toList());
      assertThat(names(followers.get(bob()))).containsExactly(FIRST, SECOND);
      assertThat(names(followers.get(ann()))).containsExactly(FIRST);
      assertThat(followers.get(first())).isEmpty();
      assertThat(names(following.get(first()))).containsExactly(ANN, BOB);
      assertThat(following.get(bob())).isEmpty();
      assertFields(users);
      // the included users are the very sources
      assertThat(users.get(4).getFollowers()).containsExactly(users.get(0), users.get(1));
      assertThat(users.get(0).getFollowing().get(0)).isSameAs(users.get(3));
    });
  }

  @Test
  void includeByNameOfBothRelations() {
    inTransaction(session -> {
      List<User> users = session.createQuery("from User order by id", User.class).getResultList();
      counted(session, s -> {
        UserRelations.include(s, users, "followers", "following");
        return null;
      });
      assertStatements().total(2);
      assertFields(users);
    });
  }

  /** Followers and following of First, Second, Idle, Ann, Bob, Cid and Dee, in that order. */
  private void assertFields(List<User> users) {
    assertThat(users).extracting(user -> names(user.getFollowers())).containsExactly(
        List.of(), List.of(), List.of(), List.of(FIRST), List.of(FIRST, SECOND), List.of(SECOND), List.of());
    assertThat(users).extracting(user -> names(user.getFollowing())).containsExactly(
        List.of(ANN, BOB), List.of(BOB, CID), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void includeOfAUserFollowedByManyIsOneStatement() {
    inTransaction(session -> {
      for (int i = 0; i < 100; i++) {
        User fan = new User("fan" + i);
        session.persist(fan);
        persistRow(session, fan.getId(), bob(), data(5));
      }
    });
    for (int sources : new int[] {1, 5, 107}) {
      inTransaction(session -> {
        List<User> users = session.createQuery("from User order by id", User.class).setMaxResults(sources).getResultList();
        Map<Long, List<User>> followers = counted(session, s -> UserFollowers.include(s, users));
        assertStatements("for %d users", sources).total(1);
        assertThat(followers).hasSize(sources);
        if (sources >= 5) {
          // the fifth user is Bob: First, Second and the hundred fans
          assertThat(followers.get(bob())).hasSize(102);
        }
      });
    }
  }
}
