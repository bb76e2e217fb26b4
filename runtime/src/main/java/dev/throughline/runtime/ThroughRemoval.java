package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.jpa.event.spi.CallbackType;

/**
 * Removes a set of through rows and leaves the persistence context true. Through entities without
 * removal callbacks lose their rows in one bulk {@code DELETE}; instances of those rows that the
 * session manages are then detached (no SQL). Through entities that observe their removal ({@code
 * @PreRemove}, {@code @PostRemove}, entity listeners) are loaded and removed one by one, so that
 * every callback runs once per row, and flushed in JDBC batches.
 */
final class ThroughRemoval<S, K, T, TK, J> {

  private final Relation<S, K, T, TK, J> relation;
  private final EntityManager em;

  ThroughRemoval(BoundRelation<S, K, T, TK, J> bound) {
    this.relation = bound.relation();
    this.em = bound.em();
  }

  /**
   * Removes the rows that {@code rows} selects with these parameters; {@code managed} tells, for
   * an instance the session manages, whether it is one of them.
   *
   * @return how many rows were removed
   */
  int remove(ThroughRowsHql rows, Map<String, ?> parameters, BiPredicate<J, EntityEntry> managed) {
    if (observesRemoval()) {
      List<J> loaded = bind(em.createQuery(rows.select(), relation.throughType), parameters).getResultList();
      return JdbcBatching.flushBatched(em, () -> {
        loaded.forEach(em::remove);
        return loaded.size();
      });
    }
    List<J> stale = visible(ManagedEntities.of(em, relation.throughType, managed));
    int removed = bind(em.createQuery(rows.delete()), parameters).executeUpdate();
    for (J row : stale) {
      if (ManagedEntities.isInDatabase(em, row)) {
        em.detach(row);
      } else {
        // Persisted in this session and not flushed (MANUAL): removing it cancels its insert.
        em.remove(row);
        removed++;
      }
    }
    return removed;
  }

  /**
   * The rows among {@code candidates} that the bulk statement will see. Only enabled filters can
   * hide a managed row from it ({@code find} ignores them, {@code @SQLRestriction} does not), so
   * this costs one query only when filters are enabled and the session holds candidates.
   */
  private List<J> visible(List<J> candidates) {
    if (candidates.isEmpty() || !em.unwrap(SessionImplementor.class).getLoadQueryInfluencers().hasEnabledFilters()) {
      return candidates;
    }
    return em.createQuery(relation.hql.throughRowsAmong, relation.throughType)
        .setParameter("rows", candidates)
        .getResultList();
  }

  /** Whether the through entity has removal callbacks, declared on it or in the mapping files. */
  private boolean observesRemoval() {
    if (relation.throughRemovalCallbacks) {
      return true;
    }
    CallbackRegistry callbacks = em.getEntityManagerFactory()
        .unwrap(SessionFactoryImplementor.class)
        .getEventEngine()
        .getCallbackRegistry();
    return callbacks.hasRegisteredCallbacks(relation.throughType, CallbackType.PRE_REMOVE)
        || callbacks.hasRegisteredCallbacks(relation.throughType, CallbackType.POST_REMOVE);
  }

  private static <Q extends Query> Q bind(Q query, Map<String, ?> parameters) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
