package dev.throughline.processor;

import static dev.throughline.processor.ProcessorRun.source;

import javax.tools.JavaFileObject;

/**
 * A self-relation in JPA style: users follow users through follow rows with {@code @ManyToOne}
 * keys, private fields behind getters and setters, and relations held in sets.
 */
final class SelfRelation {

  static final JavaFileObject USER = source("p.User", """
      package p;

      import dev.throughline.HasManyThrough;
      import jakarta.persistence.*;
      import java.util.Set;

      @Entity(name = "AppUser")
      public class User {
        @Id @GeneratedValue private Long id;
        private String handle;

        /** Users who follow this one. */
        @Transient
        @HasManyThrough(through = Follow.class, throughKeyFrom = "followee", throughKeyTo = "follower")
        private Set<User> followers;

        /** Users this one follows. */
        @Transient
        @HasManyThrough(through = Follow.class, throughKeyFrom = "follower", throughKeyTo = "followee")
        private Set<User> following;

        public Long getId() { return id; }
        public String getHandle() { return handle; }
        public void setHandle(String handle) { this.handle = handle; }
        public Set<User> getFollowers() { return followers; }
        public void setFollowers(Set<User> followers) { this.followers = followers; }
        public Set<User> getFollowing() { return following; }
        public void setFollowing(Set<User> following) { this.following = following; }
      }
      """);

  static final JavaFileObject FOLLOW = source("p.Follow", """
      package p;

      import jakarta.persistence.*;
      import java.time.Instant;

      @Entity
      public class Follow {
        @Id @GeneratedValue private Long id;
        @ManyToOne(fetch = FetchType.LAZY) private User follower;
        @ManyToOne(fetch = FetchType.LAZY) private User followee;
        private Instant since;

        public Long getId() { return id; }
        public User getFollower() { return follower; }
        public void setFollower(User follower) { this.follower = follower; }
        public User getFollowee() { return followee; }
        public void setFollowee(User followee) { this.followee = followee; }
        public Instant getSince() { return since; }
        public void setSince(Instant since) { this.since = since; }
      }
      """);

  private SelfRelation() {}
}
