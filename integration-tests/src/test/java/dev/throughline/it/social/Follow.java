package dev.throughline.it.social;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Follow {
  @Id @GeneratedValue Long id;
  Long followerId;
  Long followeeId;
  Instant since;

  public Long getFollowerId() {
    return followerId;
  }

  public Long getFolloweeId() {
    return followeeId;
  }

  public Instant getSince() {
    return since;
  }

  public void setSince(Instant since) {
    this.since = since;
  }
}
