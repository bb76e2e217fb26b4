package dev.throughline.it.session;

import jakarta.persistence.FlushModeType;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * The flush modes the application runs its sessions in. In {@code MANUAL}, as Spring does, the
 * application flushes itself: before it commits, and (in these tests) before it reads what it
 * compares.
 */
enum SessionFlushMode {
  AUTO,
  COMMIT,
  MANUAL;

  void applyTo(Session session) {
    switch (this) {
      case AUTO -> session.setFlushMode(FlushModeType.AUTO);
      case COMMIT -> session.setFlushMode(FlushModeType.COMMIT);
      case MANUAL -> session.setHibernateFlushMode(FlushMode.MANUAL);
      default -> throw new IllegalStateException(name());
    }
  }
}
