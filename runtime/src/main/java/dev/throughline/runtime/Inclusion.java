package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the targets of many sources at once: one statement per chunk of distinct source keys,
 * joining through rows to targets, so the number of statements does not grow with the sources.
 */
final class Inclusion<S, K, T, TK, J> {

  private final Relation<S, K, T, TK, J> relation;
  private final EntityManager em;

  Inclusion(Relation<S, K, T, TK, J> relation, EntityManager em) {
    this.relation = relation;
    this.em = em;
  }

  Map<K, List<T>> include(Collection<? extends S> sources) {
    Map<K, List<T>> targetsByKey = new LinkedHashMap<>();
    for (S source : sources) {
      if (source == null) {
        throw new NullPointerException("sources contains null");
      }
      targetsByKey.putIfAbsent(relation.source.keyOf(source), new ArrayList<>());
    }
    if (targetsByKey.isEmpty()) {
      return targetsByKey;
    }
    for (List<K> chunk : KeyChunks.split(targetsByKey.keySet(), KeyChunks.sizeFor(em))) {
      List<Object[]> rows = em.createQuery(relation.hql.include, Object[].class)
          .setParameter("sources", chunk)
          .getResultList();
      for (Object[] row : rows) {
        List<T> targets = targetsByKey.get(row[0]);
        T target = relation.target.type().cast(row[1]);
        // Rows come ordered by target key, so several through rows to one target are adjacent.
        if (targets != null && (targets.isEmpty() || targets.get(targets.size() - 1) != target)) {
          targets.add(target);
        }
      }
    }
    for (S source : sources) {
      relation.relationField.accept(source, new ArrayList<>(targetsByKey.get(relation.source.keyOf(source))));
    }
    return targetsByKey;
  }
}
