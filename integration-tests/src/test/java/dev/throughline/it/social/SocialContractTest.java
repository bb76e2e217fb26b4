package dev.throughline.it.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Linked;
import dev.throughline.NoSuchEntityException;
import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.contract.RelationContract;
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

  SocialContractTest() {
    super(Fixtures::following);
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
    inTransaction(session -> UserFollowing.of(session, source(IDLE)).link(target(ANN)));
    inTransaction(session -> {
      assertThat(names(UserFollowers.of(session, target(ANN)).find())).containsExactly(FIRST, IDLE);
      assertThat(names(UserFollowing.of(session, source(IDLE)).find())).containsExactly(ANN);
      assertThat(UserFollowers.of(session, target(ANN)).isLinked(source(IDLE))).isTrue();
      // not the other way round
      assertThat(UserFollowers.of(session, source(IDLE)).find()).isEmpty();
      assertThat(UserFollowing.of(session, target(ANN)).isLinked(source(IDLE))).isFalse();
    });
  }

  @Test
  void aFollowerLinkedAsFollowerMakesTheFolloweeAppearInFollowing() {
    inTransaction(session -> {
      Follow follow = UserFollowers.of(session, target(CID)).link(source(FIRST), f -> f.setSince(since(data(5))));
      // the accessor of Cid's followers writes a row where Cid is the followee
      assertThat(follow.getFolloweeId()).isEqualTo(target(CID));
      assertThat(follow.getFollowerId()).isEqualTo(source(FIRST));
    });
    inTransaction(session -> {
      assertThat(names(UserFollowing.of(session, source(FIRST)).find())).containsExactly(ANN, BOB, CID);
      assertThat(linked(UserFollowing.of(session, source(FIRST)).findWithThrough()))
          .containsExactly(linked(ANN, data(1)), linked(BOB, data(0)), linked(BOB, data(2)), linked(CID, data(5)));
      assertThat(names(UserFollowers.of(session, target(CID)).find())).containsExactly(FIRST, SECOND);
    });
  }

  @Test
  void targetsAreTheSameManagedInstancesAsTheSources() {
    inTransaction(session -> {
      User bob = session.find(User.class, target(BOB));
      User first = session.find(User.class, source(FIRST));
      assertThat(UserFollowing.of(session, source(SECOND)).find().get(0)).isSameAs(bob);
      assertThat(UserFollowers.of(session, bob).find())
          .containsExactlyElementsOf(UserFollowers.of(session, target(BOB)).find());
      assertThat(UserFollowers.of(session, bob).find().get(0)).isSameAs(first);
    });
  }

  @Test
  void findWithThroughInBothDirectionsSeesTheSameRowsInOneStatementEach() {
    inTransaction(session -> {
      List<Linked<User, Follow>> followersOfBob =
          counted(session, s -> UserFollowers.of(s, target(BOB)).findWithThrough());
      assertStatements().total(1);
      assertThat(followersOfBob).extracting(row -> row.target().getHandle()).containsExactly(FIRST, FIRST, SECOND);
      assertThat(followersOfBob).allSatisfy(row -> {
        assertThat(row.through().getFolloweeId()).isEqualTo(target(BOB));
        assertThat(row.through().getFollowerId()).isEqualTo(row.target().getId());
      });

      List<Linked<User, Follow>> followedBySecond =
          counted(session, s -> UserFollowing.of(s, source(SECOND)).findWithThrough());
      assertStatements().total(1);
      // Second's follow of Bob is one of Bob's follower rows: the same managed instance
      assertThat(followedBySecond.get(0).target().getHandle()).isEqualTo(BOB);
      assertThat(followedBySecond.get(0).through()).isSameAs(followersOfBob.get(2).through());
    });
  }

  @Test
  void createAsFollowerOrFolloweeIsSeenFromTheOtherSide() {
    Long eve = fromTransaction(session -> UserFollowers.of(session, source(IDLE)).create(new User(EVE)).getId());
    Long fay = fromTransaction(session -> UserFollowing.of(session, source(IDLE))
        .create(new User("Fay"), f -> f.setSince(since(data(5)))).getId());
    inTransaction(session -> {
      // Eve follows Idle, Idle follows Fay
      assertThat(names(UserFollowing.of(session, eve).find())).containsExactly(IDLE);
      assertThat(names(UserFollowers.of(session, source(IDLE)).find())).containsExactly(EVE);
      assertThat(names(UserFollowing.of(session, source(IDLE)).find())).containsExactly("Fay");
      assertThat(UserFollowers.of(session, fay).findWithThrough()).singleElement().satisfies(row -> {
        assertThat(row.target().getId()).isEqualTo(source(IDLE));
        assertThat(row.through().getSince()).isEqualTo(since(data(5)));
        assertThat(row.through().getFollowerId()).isEqualTo(source(IDLE));
        assertThat(row.through().getFolloweeId()).isEqualTo(fay);
      });
    });
  }

  @Test
  void linkAllInBothDirectionsIsSeenFromTheOther() {
    inTransaction(session -> {
      UserFollowing.of(session, source(IDLE)).linkAll(List.of(target(ANN), target(BOB), target(CID)));
      List<Follow> followers = UserFollowers.of(session, source(IDLE)).linkAll(List.of(target(CID), target(DEE)));
      assertThat(followers).extracting(Follow::getFollowerId).containsExactly(target(CID), target(DEE));
      assertThat(followers).extracting(Follow::getFolloweeId).containsOnly(source(IDLE));
    });
    inTransaction(session -> {
      assertThat(names(UserFollowers.of(session, target(ANN)).find())).containsExactly(FIRST, IDLE);
      assertThat(names(UserFollowers.of(session, target(BOB)).find())).containsExactly(FIRST, SECOND, IDLE);
      assertThat(names(UserFollowing.of(session, target(CID)).find())).containsExactly(IDLE);
      assertThat(names(UserFollowing.of(session, source(IDLE)).find())).containsExactly(ANN, BOB, CID);
      assertThat(names(UserFollowers.of(session, source(IDLE)).find())).containsExactly(CID, DEE);
    });
  }

  @Test
  void setOnOneSideIsReflectedOnTheOther() {
    inTransaction(session -> UserFollowing.of(session, target(BOB)).link(source(FIRST)));
    Object secondFollowsBob = fromTransaction(session ->
        session.getIdentifier(UserFollowing.of(session, source(SECOND)).findWithThrough().get(0).through()));
    inTransaction(session -> {
      // Bob's followers become Second and Idle: First's two follows go, Second's row is kept
      countedRun(session, s -> UserFollowers.of(s, target(BOB)).set(List.of(source(SECOND), source(IDLE))));
      assertStatements().selects(2).deletes(1).inserts(1).total(4);
    });
    inTransaction(session -> {
      assertThat(names(UserFollowing.of(session, source(FIRST)).find())).containsExactly(ANN);
      assertThat(names(UserFollowing.of(session, source(IDLE)).find())).containsExactly(BOB);
      assertThat(UserFollowing.of(session, source(SECOND)).findWithThrough().get(0)).satisfies(row -> {
        assertThat(session.getIdentifier(row.through())).isEqualTo(secondFollowsBob);
        assertThat(row.through().getSince()).isEqualTo(since(data(3)));
      });
      // Bob's own follow of First is untouched
      assertThat(names(UserFollowing.of(session, target(BOB)).find())).containsExactly(FIRST);
    });
    inTransaction(session -> {
      UserFollowing.of(session, source(SECOND)).set(List.of(target(ANN)));
      assertThat(names(UserFollowers.of(session, target(ANN)).find())).containsExactly(FIRST, SECOND);
      assertThat(names(UserFollowers.of(session, target(BOB)).find())).containsExactly(IDLE);
      assertThat(UserFollowers.of(session, target(CID)).find()).isEmpty();
      assertThatThrownBy(() -> UserFollowing.of(session, source(SECOND)).set(List.of(-1L)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(-1L));
      assertThatThrownBy(() -> UserFollowers.of(session, -2L).set(List.of(target(ANN))))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(-2L));
    });
  }

  @Test
  void unlinkOnOneSideLeavesTheReversePairInOneDelete() {
    inTransaction(session -> UserFollowing.of(session, target(BOB)).link(source(SECOND)));
    inTransaction(session -> {
      int unlinked = counted(session, s -> UserFollowers.of(s, target(BOB)).unlink(source(SECOND)));
      assertThat(unlinked).isEqualTo(1);
      assertStatements().deletes(1).total(1);
      // Second->Bob is gone; Bob->Second is another pair and stays
      assertThat(UserFollowers.of(session, target(BOB)).unlink(source(SECOND))).isZero();
      assertThat(UserFollowing.of(session, target(BOB)).unlink(target(ANN))).isZero();
    });
    inTransaction(session -> {
      assertThat(names(UserFollowing.of(session, source(SECOND)).find())).containsExactly(CID);
      assertThat(names(UserFollowers.of(session, source(SECOND)).find())).containsExactly(BOB);
      assertThat(names(UserFollowers.of(session, target(BOB)).find())).containsExactly(FIRST);
      assertThat(session.find(User.class, source(SECOND))).isNotNull();
    });
  }

  @Test
  void unlinkAllOfOneDirectionLeavesTheOtherInOneDelete() {
    inTransaction(session -> UserFollowing.of(session, target(BOB)).link(target(CID)));
    inTransaction(session -> {
      int unlinked = counted(session, s -> UserFollowers.of(s, target(BOB)).unlinkAll());
      assertThat(unlinked).isEqualTo(3);
      assertStatements().deletes(1).total(1);
      assertThat(UserFollowers.of(session, target(BOB)).unlinkAll()).isZero();
    });
    inTransaction(session -> {
      assertThat(names(UserFollowing.of(session, source(FIRST)).find())).containsExactly(ANN);
      assertThat(names(UserFollowing.of(session, source(SECOND)).find())).containsExactly(CID);
      // Bob still follows Cid
      assertThat(names(UserFollowing.of(session, target(BOB)).find())).containsExactly(CID);
      assertThat(followCount(session)).isEqualTo(3);
    });
  }

  // ---------------------------------------------------------------- following oneself

  @Test
  void aSelfFollowIsSeenInBothDirections() {
    inTransaction(session -> {
      Follow self = counted(session, s -> UserFollowing.of(s, target(DEE)).link(target(DEE)));
      assertStatements().selects(1).inserts(1);
      assertThat(self.getFollowerId()).isEqualTo(target(DEE));
      assertThat(self.getFolloweeId()).isEqualTo(target(DEE));
    });
    inTransaction(session -> {
      assertThat(names(UserFollowers.of(session, target(DEE)).find())).containsExactly(DEE);
      assertThat(names(UserFollowing.of(session, target(DEE)).find())).containsExactly(DEE);
      assertThat(UserFollowers.of(session, target(DEE)).isLinked(target(DEE))).isTrue();
      assertThat(UserFollowing.of(session, target(DEE)).count()).isEqualTo(1);
      assertThat(UserFollowers.of(session, target(DEE)).findById(target(DEE))).isPresent();
      assertThat(UserFollowing.of(session, target(DEE)).findWithThrough()).singleElement().satisfies(row -> {
        assertThat(row.target().getId()).isEqualTo(target(DEE));
        assertThat(row.through().getFollowerId()).isEqualTo(target(DEE));
      });
      List<User> users = session.createQuery("from User order by id", User.class).getResultList();
      UserFollowers.include(session, users);
      UserFollowing.include(session, users);
      User dee = session.find(User.class, target(DEE));
      assertThat(dee.getFollowers()).singleElement().isSameAs(dee);
      assertThat(dee.getFollowing()).singleElement().isSameAs(dee);
    });
    inTransaction(session -> {
      // a second self-follow from the other accessor is a second row of the same pair
      UserFollowers.of(session, target(DEE)).link(target(DEE));
      assertThat(UserFollowing.of(session, target(DEE)).count()).isEqualTo(1);
      assertThat(UserFollowing.of(session, target(DEE)).findWithThrough()).hasSize(2);
      assertThat(UserFollowers.of(session, target(DEE)).unlink(target(DEE))).isEqualTo(2);
      assertThat(UserFollowing.of(session, target(DEE)).isLinked(target(DEE))).isFalse();
    });
  }

  @Test
  void setIncludingOneselfAndUnlinkingOneself() {
    inTransaction(session ->
        UserFollowing.of(session, source(IDLE)).set(List.of(source(IDLE), target(BOB), target(CID))));
    inTransaction(session -> {
      assertThat(names(UserFollowing.of(session, source(IDLE)).find())).containsExactly(IDLE, BOB, CID);
      assertThat(names(UserFollowers.of(session, source(IDLE)).find())).containsExactly(IDLE);
      assertThat(UserFollowing.of(session, source(IDLE)).unlink(source(IDLE))).isEqualTo(1);
      assertThat(UserFollowers.of(session, source(IDLE)).count()).isZero();
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
      UserFollowing.of(session, target(BOB)).linkAll(List.of(target(CID), target(DEE)));
      // First follows Ann and Bob; deleting Bob must remove Bob->Cid and Bob->Dee too
      assertThat(UserFollowing.of(session, source(FIRST)).delete()).isEqualTo(2);
    });
    inTransaction(session -> {
      assertThat(session.find(User.class, target(BOB))).isNull();
      assertThat(UserFollowers.of(session, target(CID)).isLinked(target(BOB))).isFalse();
      assertThat(UserFollowers.of(session, target(DEE)).isLinked(target(BOB))).isFalse();
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
      assertThat(names(followers.get(target(BOB)))).containsExactly(FIRST, SECOND);
      assertThat(names(followers.get(target(ANN)))).containsExactly(FIRST);
      assertThat(followers.get(source(FIRST))).isEmpty();
      assertThat(names(following.get(source(FIRST)))).containsExactly(ANN, BOB);
      assertThat(following.get(target(BOB))).isEmpty();
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
      countedRun(session, s -> UserRelations.include(s, users, "followers", "following"));
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

  /** A hundred users added, every other one following Ann: her followers come in one statement too. */
  @Test
  void includeOfAUserFollowedByManyIsOneStatement() {
    addSources(100);
    for (int sources : new int[] {1, 4, 107}) {
      inTransaction(session -> {
        List<User> users =
            session.createQuery("from User order by id", User.class).setMaxResults(sources).getResultList();
        Map<Long, List<User>> followers = counted(session, s -> UserFollowers.include(s, users));
        assertStatements("for %d users", sources).total(1);
        assertThat(followers).hasSize(sources);
        if (sources >= 4) {
          // the fourth user is Ann: First and fifty of the users added
          assertThat(followers.get(target(ANN))).hasSize(51);
        }
      });
    }
  }
}
