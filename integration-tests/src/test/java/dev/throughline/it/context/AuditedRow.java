package dev.throughline.it.context;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreRemove;

/** Rows whose removal an audit listener and a callback of their own observe. */
@MappedSuperclass
@EntityListeners(RemovalAudit.class)
public abstract class AuditedRow {

  @PreRemove
  void beforeRemoval() {
    RemovalAudit.PRE_REMOVE_CALLBACKS.incrementAndGet();
  }
}
