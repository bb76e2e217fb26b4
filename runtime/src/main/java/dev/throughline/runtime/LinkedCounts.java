package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.query.SelectionQuery;
import org.hibernate.query.restriction.Restriction;

/**
 * The number of distinct linked targets of many sources: one grouped statement per key chunk,
 * counting only targets that exist (as {@code count()} does) and, if given, match a restriction.
 */
final class LinkedCounts<S, K, T, TK, J> {

  private final Relation<S, K, T, TK, J> relation;
  private final LinkedTargets<S, K, T, TK, J> linked;

  LinkedCounts(Relation<S, K, T, TK, J> relation) {
    this.relation = relation;
    this.linked = new LinkedTargets<>(relation);
  }

  /** The counts by source key, in the order of {@code sources}; 0 for a source without links. */
  Map<K, Long> of(EntityManager em, Collection<? extends S> sources, Restriction<? super T> whereOrNull) {
    Set<K> keys = new LinkedHashSet<>();
    for (S source : sources) {
      keys.add(relation.source.keyOf(em, source));
    }
    Map<K, Long> counts = new LinkedHashMap<>();
    keys.forEach(key -> counts.put(key, 0L));
    if (keys.isEmpty()) {
      return counts;
    }
    FlushScope.autoFlushing(em, () -> {
      for (List<K> chunk : KeyChunks.split(keys, KeyChunks.sizeFor(em))) {
        for (Object[] row : query(em, chunk, whereOrNull).getResultList()) {
          @SuppressWarnings("unchecked")
          K key = (K) row[0];
          counts.put(key, (Long) row[1]);
        }
      }
      return null;
    });
    return counts;
  }

  /** {@code select j.from, count(distinct t.key) from J j, T t where t.key = j.to and j.from in :chunk group by j.from}. */
  private TypedQuery<Object[]> query(EntityManager em, List<K> chunk, Restriction<? super T> whereOrNull) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
    Root<J> through = query.from(relation.throughType);
    Root<T> target = query.from(relation.target.type());
    Path<Object> sourceKey = linked.sourceKeyOf(through);
    List<Predicate> predicates = new ArrayList<>();
    predicates.add(linked.pairs(cb, through, target));
    predicates.add(sourceKey.in(chunk));
    if (whereOrNull != null) {
      predicates.add(whereOrNull.toPredicate(target, cb));
    }
    query.select(cb.array(sourceKey, cb.countDistinct(linked.targetKey(target))))
        .where(predicates.toArray(Predicate[]::new))
        .groupBy(sourceKey);
    TypedQuery<Object[]> typed = em.createQuery(query);
    typed.unwrap(SelectionQuery.class).setQueryPlanCacheable(true);
    return typed;
  }
}
