package dev.throughline.it.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Linked;
import dev.throughline.NoSuchEntityException;
import dev.throughline.it.support.DatabaseTest;
import jakarta.persistence.TransactionRequiredException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API.md contract on a self-relation read in both directions through one table: {@code
 * User.followers} (followeeId to followerId) and {@code User.following} (followerId to followeeId).
 * A follow written through one accessor is seen through the other.
 */
class SocialContractTest extends DatabaseTest {

  private static final Instant JAN = Instant.parse("2026-01-01T10:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T10:00:00Z");

  private Long alice;
  private Long bob;
  private Long carol;
  private Long dave;

  /** Alice follows Carol; Bob follows Carol; Carol follows Bob. Dave follows and is followed by nobody. */
  @BeforeEach
  void network() {
    inTransaction(session -> {
      User a = new User("alice");
      User b = new User("bob");
      User c = new User("carol");
      User d = new User("dave");
      List.of(a, b, c, d).forEach(session::persist);
      alice = a.getId();
      bob = b.getId();
      carol = c.getId();
      dave = d.getId();
      follow(session, alice, carol, JAN);
      follow(session, bob, carol, JAN);
      follow(session, carol, bob, FEB);
    });
  }

  private static void follow(Session session, Long follower, Long followee, Instant since) {
    Follow follow = new Follow();
    follow.followerId = follower;
    follow.followeeId = followee;
    follow.since = since;
    session.persist(follow);
  }

  private static List<String> handles(List<User> users) {
    return users.stream().map(User::getHandle).toList();
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
    inTransaction(session -> {
      Follow follow = counted(session, s -> UserFollowing.of(s, alice).link(bob));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(2);
      assertThat(follow.getFollowerId()).isEqualTo(alice);
      assertThat(follow.getFolloweeId()).isEqualTo(bob);
      assertThat(follow.id).isNotNull();
    });
    inTransaction(session -> {
      assertThat(handles(UserFollowers.of(session, bob).find())).containsExactly("alice", "carol");
      assertThat(handles(UserFollowing.of(session, alice).find())).containsExactly("bob", "carol");
      assertThat(UserFollowers.of(session, bob).isLinked(alice)).isTrue();
      // not the other way round
      assertThat(UserFollowers.of(session, alice).find()).isEmpty();
      assertThat(UserFollowing.of(session, bob).isLinked(alice)).isFalse();
    });
  }

  @Test
  void aFollowerLinkedAsFollowerMakesTheFolloweeAppearInFollowing() {
    inTransaction(session -> {
      Follow follow = counted(session, s -> UserFollowers.of(s, dave).link(alice, f -> f.setSince(FEB)));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      // the accessor of Dave's followers writes a row where Dave is the followee
      assertThat(follow.getFolloweeId()).isEqualTo(dave);
      assertThat(follow.getFollowerId()).isEqualTo(alice);
      assertThat(follow.getSince()).isEqualTo(FEB);
    });
    inTransaction(session -> {
      assertThat(handles(UserFollowing.of(session, alice).find())).containsExactly("carol", "dave");
      assertThat(UserFollowing.of(session, alice).findWithThrough())
          .extracting(row -> row.through().getSince()).containsExactly(JAN, FEB);
      assertThat(handles(UserFollowers.of(session, dave).find())).containsExactly("alice");
    });
  }

  @Test
  void findInBothDirectionsInOneStatementEach() {
    inTransaction(session -> {
      List<User> followersOfCarol = counted(session, s -> UserFollowers.of(s, carol).find());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(handles(followersOfCarol)).containsExactly("alice", "bob");

      List<User> followedByCarol = counted(session, s -> UserFollowing.of(s, carol).find());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(handles(followedByCarol)).containsExactly("bob");

      assertThat(handles(UserFollowers.of(session, bob).find())).containsExactly("carol");
      assertThat(handles(UserFollowing.of(session, bob).find())).containsExactly("carol");
      assertThat(UserFollowers.of(session, alice).find()).isEmpty();
      assertThat(UserFollowers.of(session, dave).find()).isEmpty();
      assertThat(UserFollowing.of(session, dave).find()).isEmpty();
    });
  }

  @Test
  void accessorsOfAnInstanceAndOfAKeyAgree() {
    inTransaction(session -> {
      User c = session.find(User.class, carol);
      assertThat(UserFollowers.of(session, c).find()).containsExactlyElementsOf(UserFollowers.of(session, carol).find());
      assertThat(UserFollowing.of(session, c).find()).containsExactlyElementsOf(UserFollowing.of(session, carol).find());
      // targets are the same managed instances as the sources
      assertThat(UserFollowing.of(session, bob).find()).singleElement().isSameAs(c);
    });
  }

  @Test
  void findWithRestrictionInBothDirectionsInOneStatement() {
    inTransaction(session -> {
      List<User> a = counted(session, s -> UserFollowers.of(s, carol).find(Restriction.startsWith(User_.handle, "a")));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(handles(a)).containsExactly("alice");

      List<User> b = counted(session, s -> UserFollowing.of(s, carol).find(Restriction.equal(User_.handle, "bob")));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(handles(b)).containsExactly("bob");

      assertThat(UserFollowing.of(session, carol).find(Restriction.equal(User_.handle, "alice"))).isEmpty();
      assertThat(handles(UserFollowers.of(session, carol).find(Restriction.unrestricted())))
          .containsExactly("alice", "bob");
    });
  }

  @Test
  void findByIdCountAndIsLinkedInBothDirectionsInOneStatementEach() {
    inTransaction(session -> {
      Optional<User> alicePerCarol = counted(session, s -> UserFollowers.of(s, carol).findById(alice));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(alicePerCarol).hasValueSatisfying(u -> assertThat(u.getHandle()).isEqualTo("alice"));
      assertThat(UserFollowing.of(session, carol).findById(alice)).isEmpty();
      assertThat(UserFollowing.of(session, alice).findById(carol)).isPresent();
      assertThat(UserFollowers.of(session, carol).findById(-1L)).isEmpty();

      long followers = counted(session, s -> UserFollowers.of(s, carol).count());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(followers).isEqualTo(2);
      long following = counted(session, s -> UserFollowing.of(s, carol).count());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(following).isEqualTo(1);
      assertThat(UserFollowers.of(session, dave).count()).isZero();

      boolean bobFollowsCarol = counted(session, s -> UserFollowing.of(s, bob).isLinked(carol));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(bobFollowsCarol).isTrue();
      boolean bobFollowedByCarol = counted(session, s -> UserFollowers.of(s, bob).isLinked(carol));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(bobFollowedByCarol).isTrue();
      assertThat(UserFollowing.of(session, carol).isLinked(alice)).isFalse();
      assertThat(UserFollowers.of(session, alice).isLinked(carol)).isFalse();
    });
  }

  @Test
  void findWithThroughInBothDirectionsSeesTheSameRowsInOneStatement() {
    inTransaction(session -> {
      List<Linked<User, Follow>> followersOfCarol =
          counted(session, s -> UserFollowers.of(s, carol).findWithThrough());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(followersOfCarol).extracting(row -> row.target().getHandle()).containsExactly("alice", "bob");
      assertThat(followersOfCarol).allSatisfy(row -> {
        assertThat(row.through().getFolloweeId()).isEqualTo(carol);
        assertThat(row.through().getFollowerId()).isEqualTo(row.target().getId());
        assertThat(row.through().getSince()).isEqualTo(JAN);
      });

      List<Linked<User, Follow>> followedByBob = counted(session, s -> UserFollowing.of(s, bob).findWithThrough());
      assertThat(sql.total()).isEqualTo(1);
      // Bob's follow of Carol is one of Carol's follower rows: the same managed instance
      assertThat(followedByBob).singleElement().satisfies(row -> {
        assertThat(row.target().getHandle()).isEqualTo("carol");
        assertThat(row.through()).isSameAs(followersOfCarol.get(1).through());
      });
      assertThat(UserFollowing.of(session, dave).findWithThrough()).isEmpty();
    });
  }

  // ---------------------------------------------------------------- self-follow

  @Test
  void aSelfFollowIsSeenInBothDirections() {
    inTransaction(session -> {
      Follow self = counted(session, s -> UserFollowing.of(s, dave).link(dave));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(self.getFollowerId()).isEqualTo(dave);
      assertThat(self.getFolloweeId()).isEqualTo(dave);
    });
    inTransaction(session -> {
      assertThat(handles(UserFollowers.of(session, dave).find())).containsExactly("dave");
      assertThat(handles(UserFollowing.of(session, dave).find())).containsExactly("dave");
      assertThat(UserFollowers.of(session, dave).isLinked(dave)).isTrue();
      assertThat(UserFollowing.of(session, dave).count()).isEqualTo(1);
      assertThat(UserFollowers.of(session, dave).findById(dave)).isPresent();
      assertThat(UserFollowing.of(session, dave).findWithThrough()).singleElement().satisfies(row -> {
        assertThat(row.target().getId()).isEqualTo(dave);
        assertThat(row.through().getFollowerId()).isEqualTo(dave);
      });
      List<User> users = session.createQuery("from User order by id", User.class).getResultList();
      UserFollowers.include(session, users);
      UserFollowing.include(session, users);
      User d = users.get(3);
      assertThat(d.getFollowers()).singleElement().isSameAs(d);
      assertThat(d.getFollowing()).singleElement().isSameAs(d);
    });
    inTransaction(session -> {
      // a second self-follow from the other accessor is a second row of the same pair
      UserFollowers.of(session, dave).link(dave);
      assertThat(UserFollowing.of(session, dave).count()).isEqualTo(1);
      assertThat(UserFollowing.of(session, dave).findWithThrough()).hasSize(2);
      assertThat(UserFollowers.of(session, dave).unlink(dave)).isEqualTo(2);
      assertThat(UserFollowing.of(session, dave).isLinked(dave)).isFalse();
    });
  }

  @Test
  void setIncludingOneselfAndUnlinkingOneself() {
    inTransaction(session -> UserFollowing.of(session, alice).set(List.of(alice, bob, carol)));
    inTransaction(session -> {
      assertThat(handles(UserFollowing.of(session, alice).find())).containsExactly("alice", "bob", "carol");
      assertThat(handles(UserFollowers.of(session, alice).find())).containsExactly("alice");
      assertThat(UserFollowing.of(session, alice).unlink(alice)).isEqualTo(1);
      assertThat(UserFollowers.of(session, alice).count()).isZero();
    });
  }

  // ---------------------------------------------------------------- writes

  @Test
  void createAsFollowerOrFollowee() {
    Long erin = fromTransaction(session -> {
      User created = counted(session, s -> UserFollowers.of(s, dave).create(new User("erin")));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
      return created.getId();
    });
    Long frank = fromTransaction(session -> UserFollowing.of(session, dave)
        .create(new User("frank"), f -> f.setSince(FEB)).getId());
    inTransaction(session -> {
      // erin follows dave, dave follows frank
      assertThat(handles(UserFollowing.of(session, erin).find())).containsExactly("dave");
      assertThat(handles(UserFollowers.of(session, dave).find())).containsExactly("erin");
      assertThat(handles(UserFollowing.of(session, dave).find())).containsExactly("frank");
      assertThat(UserFollowers.of(session, frank).findWithThrough()).singleElement().satisfies(row -> {
        assertThat(row.target().getId()).isEqualTo(dave);
        assertThat(row.through().getSince()).isEqualTo(FEB);
        assertThat(row.through().getFollowerId()).isEqualTo(dave);
        assertThat(row.through().getFolloweeId()).isEqualTo(frank);
      });
    });
  }

  @Test
  void createOrLinkForAMissingUserWritesNothing() {
    inTransaction(session -> {
      assertThatThrownBy(() -> UserFollowing.of(session, -7L).create(new User("ghost")))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo("User");
            assertThat(e.keyAttribute()).isEqualTo("id");
            assertThat(e.key()).isEqualTo(-7L);
            assertThat(e).hasMessage("No User with id -7");
          });
      assertThatThrownBy(() -> UserFollowers.of(session, alice).link(-3L))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(-3L));
      assertThatThrownBy(() -> UserFollowing.of(session, -4L).link(alice))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(-4L));
      assertThatThrownBy(() -> UserFollowing.of(session, alice).linkAll(List.of(bob, -5L)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(-5L));
    });
    inTransaction(session -> {
      assertThat(followCount(session)).isEqualTo(3);
      assertThat(session.createQuery("select count(u) from User u", Long.class).getSingleResult()).isEqualTo(4);
    });
  }

  @Test
  void linkAllInBothDirectionsInOneBatchAfterOneCheck() {
    inTransaction(session -> {
      List<Follow> follows = counted(session, s -> UserFollowing.of(s, dave).linkAll(List.of(alice, bob, carol)));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(follows).extracting(Follow::getFolloweeId).containsExactly(alice, bob, carol);
      assertThat(follows).extracting(Follow::getFollowerId).containsOnly(dave);

      List<Follow> followers = counted(session, s -> UserFollowers.of(s, dave).linkAll(List.of(carol, dave)));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(followers).extracting(Follow::getFollowerId).containsExactly(carol, dave);
      assertThat(followers).extracting(Follow::getFolloweeId).containsOnly(dave);

      assertThat(UserFollowing.of(session, dave).linkAll(List.of())).isEmpty();
    });
    inTransaction(session -> {
      assertThat(handles(UserFollowers.of(session, alice).find())).containsExactly("dave");
      assertThat(handles(UserFollowers.of(session, bob).find())).containsExactly("carol", "dave");
      assertThat(handles(UserFollowing.of(session, carol).find())).containsExactly("bob", "dave");
      assertThat(handles(UserFollowing.of(session, dave).find())).containsExactly("alice", "bob", "carol", "dave");
      assertThat(handles(UserFollowers.of(session, dave).find())).containsExactly("carol", "dave");
    });
  }

  @Test
  void setOnOneSideIsReflectedOnTheOther() {
    Long bobFollowsCarolRow = fromTransaction(session ->
        UserFollowing.of(session, bob).findWithThrough().get(0).through().id);
    inTransaction(session -> {
      counted(session, s -> {
        // carol's followers become bob and dave: alice's follow goes, bob's row is kept
        UserFollowers.of(s, carol).set(List.of(bob, dave));
        return null;
      });
      assertThat(sql.count("select")).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(4);
    });
    inTransaction(session -> {
      assertThat(UserFollowing.of(session, alice).find()).isEmpty();
      assertThat(handles(UserFollowing.of(session, dave).find())).containsExactly("carol");
      assertThat(UserFollowing.of(session, bob).findWithThrough()).singleElement().satisfies(row -> {
        assertThat(row.through().id).isEqualTo(bobFollowsCarolRow);
        assertThat(row.through().getSince()).isEqualTo(JAN);
      });
      // carol's own follow of bob is untouched
      assertThat(handles(UserFollowing.of(session, carol).find())).containsExactly("bob");
    });
    inTransaction(session -> {
      UserFollowing.of(session, carol).set(List.of(alice));
      assertThat(handles(UserFollowers.of(session, alice).find())).containsExactly("carol");
      assertThat(UserFollowers.of(session, bob).find()).isEmpty();
      assertThatThrownBy(() -> UserFollowing.of(session, carol).set(List.of(-1L)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(-1L));
      assertThatThrownBy(() -> UserFollowers.of(session, -2L).set(List.of(alice)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(-2L));
    });
  }

  @Test
  void unlinkOnOneSideIsReflectedOnTheOtherInOneDelete() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> UserFollowers.of(s, carol).unlink(bob));
      assertThat(unlinked).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
      // bob->carol is gone; carol->bob is another pair and stays
      assertThat(UserFollowers.of(session, carol).unlink(bob)).isZero();
      assertThat(UserFollowing.of(session, carol).unlink(alice)).isZero();
    });
    inTransaction(session -> {
      assertThat(UserFollowing.of(session, bob).find()).isEmpty();
      assertThat(handles(UserFollowers.of(session, bob).find())).containsExactly("carol");
      assertThat(handles(UserFollowers.of(session, carol).find())).containsExactly("alice");
      assertThat(session.find(User.class, bob)).isNotNull();
    });
  }

  @Test
  void unlinkAllOfOneDirectionLeavesTheOtherInOneDelete() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> UserFollowers.of(s, carol).unlinkAll());
      assertThat(unlinked).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(UserFollowers.of(session, carol).unlinkAll()).isZero();
    });
    inTransaction(session -> {
      assertThat(UserFollowing.of(session, alice).find()).isEmpty();
      assertThat(UserFollowing.of(session, bob).find()).isEmpty();
      // carol still follows bob
      assertThat(handles(UserFollowing.of(session, carol).find())).containsExactly("bob");
      assertThat(followCount(session)).isEqualTo(1);
    });
  }

  @Test
  void deleteRemovesTheFollowedUsersAndTheRowsWhereTheyAreFollowed() {
    inTransaction(session -> {
      int deleted = counted(session, s -> UserFollowers.of(s, carol).delete(Restriction.equal(User_.handle, "alice")));
      assertThat(deleted).isEqualTo(1);
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
    });
    inTransaction(session -> {
      assertThat(session.find(User.class, alice)).isNull();
      assertThat(handles(UserFollowers.of(session, carol).find())).containsExactly("bob");
      assertThat(UserFollowers.of(session, dave).delete()).isZero();
    });
  }

  /**
   * In a self-relation a Follow row references users through both of its keys. delete() deletes
   * the rows whose throughKeyTo references a deleted user, but not those whose throughKeyFrom does:
   * the deleted users' own follows are left behind, pointing at users that no longer exist.
   */
  @Test
  void deleteInASelfRelationRemovesEveryFollowReferencingTheDeletedUsers() {
    inTransaction(session -> {
      UserFollowing.of(session, carol).link(dave); // carol follows bob and dave
      // alice's followees: carol; deleting carol must remove carol->bob and carol->dave too
      assertThat(UserFollowing.of(session, alice).delete()).isEqualTo(1);
    });
    inTransaction(session -> {
      assertThat(session.find(User.class, carol)).isNull();
      // today: true, a deleted user is still "linked" (while count() says 0, as it joins the users)
      assertThat(UserFollowers.of(session, bob).isLinked(carol)).isFalse();
      assertThat(UserFollowers.of(session, dave).isLinked(carol)).isFalse();
      // today: 2 (carol->bob and carol->dave)
      assertThat(danglingFollows(session)).isZero();
      assertThat(followCount(session)).isZero();
    });
  }

  // ---------------------------------------------------------------- inclusion

  @Test
  void includeOfBothRelationsFillsBothFieldsInOneStatementEach() {
    inTransaction(session -> {
      List<User> users = session.createQuery("from User order by id", User.class).getResultList();
      Map<Long, List<User>> followers = counted(session, s -> UserFollowers.include(s, users));
      assertThat(sql.total()).isEqualTo(1);
      Map<Long, List<User>> following = counted(session, s -> UserFollowing.include(s, users));
      assertThat(sql.total()).isEqualTo(1);

      assertThat(followers).containsOnlyKeys(alice, bob, carol, dave);
      assertThat(handles(followers.get(carol))).containsExactly("alice", "bob");
      assertThat(handles(followers.get(bob))).containsExactly("carol");
      assertThat(followers.get(alice)).isEmpty();
      assertThat(handles(following.get(alice))).containsExactly("carol");
      assertThat(handles(following.get(bob))).containsExactly("carol");
      assertThat(handles(following.get(carol))).containsExactly("bob");
      assertThat(following.get(dave)).isEmpty();

      assertThat(users).extracting(u -> handles(u.getFollowers()))
          .containsExactly(List.of(), List.of("carol"), List.of("alice", "bob"), List.of());
      assertThat(users).extracting(u -> handles(u.getFollowing()))
          .containsExactly(List.of("carol"), List.of("carol"), List.of("bob"), List.of());
      // the included users are the very sources
      assertThat(users.get(2).getFollowers()).containsExactly(users.get(0), users.get(1));
      assertThat(users.get(0).getFollowing().get(0)).isSameAs(users.get(2));
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
      assertThat(sql.total()).isEqualTo(2);
      assertThat(users).extracting(u -> handles(u.getFollowers()))
          .containsExactly(List.of(), List.of("carol"), List.of("alice", "bob"), List.of());
      assertThat(users).extracting(u -> handles(u.getFollowing()))
          .containsExactly(List.of("carol"), List.of("carol"), List.of("bob"), List.of());
    });
  }

  @Test
  void includeDoesNotGrowWithTheNumberOfSources() {
    inTransaction(session -> {
      for (int i = 0; i < 100; i++) {
        User fan = new User("fan" + i);
        session.persist(fan);
        follow(session, fan.getId(), carol, FEB);
      }
    });
    for (int sources : new int[] {1, 4, 104}) {
      inTransaction(session -> {
        List<User> users = session.createQuery("from User order by id", User.class).setMaxResults(sources).getResultList();
        Map<Long, List<User>> following = counted(session, s -> UserFollowing.include(s, users));
        assertThat(following).hasSize(sources);
        assertThat(sql.total()).as("statements for %d users", sources).isEqualTo(1);
        Map<Long, List<User>> followers = counted(session, s -> UserFollowers.include(s, users));
        assertThat(sql.total()).as("statements for %d users", sources).isEqualTo(1);
        if (sources > 2) {
          assertThat(followers.get(carol)).hasSize(102);
        }
      });
    }
  }

  // ---------------------------------------------------------------- misuse

  @Test
  void writesWithoutATransactionFailClearly() {
    try (var session = factory.openSession()) {
      assertThat(UserFollowers.of(session, carol).count()).isEqualTo(2);
      assertThatThrownBy(() -> UserFollowing.of(session, alice).link(bob))
          .isInstanceOf(TransactionRequiredException.class)
          .hasMessageContaining("User.following.link")
          .hasMessageContaining("active transaction");
      assertThatThrownBy(() -> UserFollowers.of(session, alice).link(bob))
          .isInstanceOf(TransactionRequiredException.class)
          .hasMessageContaining("User.followers.link");
      assertThatThrownBy(() -> UserFollowers.of(session, carol).unlinkAll())
          .isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(() -> UserFollowing.of(session, carol).set(List.of()))
          .isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(() -> UserFollowing.of(session, carol).delete())
          .isInstanceOf(TransactionRequiredException.class);
    }
    inTransaction(session -> assertThat(followCount(session)).isEqualTo(3));
  }

  @Test
  void nullArgumentsNameTheParameter() {
    inTransaction(session -> {
      assertThatThrownBy(() -> UserFollowing.of(session, (User) null)).hasMessage("source");
      assertThatThrownBy(() -> UserFollowers.of(session, (Long) null)).hasMessage("sourceKey");
      assertThatThrownBy(() -> UserFollowing.of(session, alice).unlink(null)).hasMessage("targetKey");
      assertThatThrownBy(() -> UserFollowers.of(session, alice).create(new User("x"), null)).hasMessage("throughData");
      assertThatThrownBy(() -> UserFollowers.of(session, alice).linkAll(java.util.Arrays.asList(bob, null)))
          .hasMessage("targetKeys contains null");
      assertThatThrownBy(() -> UserFollowing.include(session, null)).hasMessage("sources");
    });
    inTransaction(session -> assertThat(followCount(session)).isEqualTo(3));
  }
}
