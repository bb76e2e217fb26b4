package dev.throughline.it.context;

import jakarta.persistence.PostRemove;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** An entity listener that records every removal it sees, as an audit log would. */
public class RemovalAudit {

  /** The ids of the rows whose removal the listener saw, in order. */
  static final List<Object> REMOVED = new CopyOnWriteArrayList<>();
  /** How many times {@link AuditedRow}'s own {@code @PreRemove} method ran. */
  static final AtomicInteger PRE_REMOVE_CALLBACKS = new AtomicInteger();

  @PostRemove
  void removed(Object row) {
    REMOVED.add(((Review) row).getId());
  }

  static void reset() {
    REMOVED.clear();
    PRE_REMOVE_CALLBACKS.set(0);
  }
}
