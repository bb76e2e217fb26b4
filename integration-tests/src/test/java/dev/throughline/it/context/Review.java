package dev.throughline.it.context;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PostRemove;
import jakarta.persistence.Version;
import java.util.concurrent.atomic.AtomicInteger;

/** The through entity: an editor's review of a manuscript, versioned and audited when removed. */
@Entity
public class Review extends AuditedRow {

  /** How many times this entity's own {@code @PostRemove} method ran. */
  static final AtomicInteger POST_REMOVE_CALLBACKS = new AtomicInteger();

  @Id @GeneratedValue Long id;
  @Version int version;
  Long editorId;
  Long manuscriptId;
  String verdict;

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public void setVerdict(String verdict) {
    this.verdict = verdict;
  }

  @PostRemove
  void afterRemoval() {
    POST_REMOVE_CALLBACKS.incrementAndGet();
  }
}
