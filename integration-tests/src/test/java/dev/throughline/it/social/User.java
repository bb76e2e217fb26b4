package dev.throughline.it.social;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;

/** A self-relation in both directions through {@link Follow}, as in LoopBack 3's "self through". */
@Entity
@Table(name = "social_user")
public class User {
  @Id @GeneratedValue Long id;
  String handle;

  /** Users who follow this one: rows whose followee is this user, leading to their follower. */
  @Transient
  @HasManyThrough(through = Follow.class, throughKeyFrom = "followeeId", throughKeyTo = "followerId")
  List<User> followers;

  /** Users this one follows. */
  @Transient
  @HasManyThrough(through = Follow.class, throughKeyFrom = "followerId", throughKeyTo = "followeeId")
  List<User> following;

  protected User() {}

  public User(String handle) {
    this.handle = handle;
  }

  public Long getId() {
    return id;
  }

  public String getHandle() {
    return handle;
  }

  public List<User> getFollowers() {
    return followers;
  }

  public List<User> getFollowing() {
    return following;
  }
}
