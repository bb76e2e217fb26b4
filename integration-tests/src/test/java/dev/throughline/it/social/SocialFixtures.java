package dev.throughline.it.social;

import dev.throughline.it.contract.RelationFixture;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The self-relation of users through {@link Follow}, in both directions, as the shared test
 * contracts use it: every source is a target too, and a follow's own data is its date.
 */
public final class SocialFixtures {

  /** The first of seven months: the dates of the contract's follows. */
  private static final List<String> MONTHS =
      IntStream.rangeClosed(1, 7).mapToObj(month -> "2026-0" + month + "-01T10:00:00Z").toList();

  private SocialFixtures() {}

  /** User.following: rows whose follower is the source, leading to their followee. */
  public static RelationFixture<User, Long, User, Long, Follow> following() {
    return users(RelationFixture.<User, Long, User, Long, Follow>relation("User.following",
            UserFollowing::of, UserFollowing::of, UserFollowing::include, UserFollowing::inclusion), User::getFollowing)
        .through(Follow.class, (session, follower, followee) -> follow(follower, followee),
            (session, row) -> row.getFollowerId(), (session, row) -> row.getFolloweeId());
  }

  /** User.followers: rows whose followee is the source, leading to their follower. */
  public static RelationFixture<User, Long, User, Long, Follow> followers() {
    return users(RelationFixture.<User, Long, User, Long, Follow>relation("User.followers",
            UserFollowers::of, UserFollowers::of, UserFollowers::include, UserFollowers::inclusion), User::getFollowers)
        .through(Follow.class, (session, followee, follower) -> follow(follower, followee),
            (session, row) -> row.getFolloweeId(), (session, row) -> row.getFollowerId());
  }

  /** A new follow, not yet persisted. */
  public static Follow follow(Long follower, Long followee) {
    Follow follow = new Follow();
    follow.followerId = follower;
    follow.followeeId = followee;
    return follow;
  }

  /** The date a follow's data stands for. */
  public static Instant since(String data) {
    return Instant.parse(data);
  }

  private static RelationFixture<User, Long, User, Long, Follow> users(
      RelationFixture<User, Long, User, Long, Follow> relation, Function<User, List<User>> field) {
    return relation
        .sources(User_.id, User::new, User::getId, field)
        .targets(User_.id, User_.handle, User::new, User::getId, User::getHandle)
        .data(MONTHS, (row, since) -> row.setSince(since(since)), row -> Objects.toString(row.getSince(), null))
        .missing(-7L, -3L)
        .selfRelation();
  }
}
