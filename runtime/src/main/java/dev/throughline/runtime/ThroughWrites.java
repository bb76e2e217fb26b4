package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.query.restriction.Restriction;

/**
 * The writes of one source's relation. Every write checks its transaction first, and checks that
 * the rows it links exist before it writes anything, so a missing source or target leaves the
 * database as it was whether or not the schema has foreign keys. Rows and targets that a write
 * removes are no longer managed by the caller's session afterwards.
 */
final class ThroughWrites<S, K, T, TK, J> {

  /** Up to this many wanted keys, {@code set} lets the database compare string keys in one query. */
  static final int COLLATED_SET_LIMIT = 1_024;

  private final BoundRelation<S, K, T, TK, J> bound;
  private final Relation<S, K, T, TK, J> relation;
  private final EntityManager em;
  private final ThroughRemoval<S, K, T, TK, J> removal;

  ThroughWrites(BoundRelation<S, K, T, TK, J> bound) {
    this.bound = bound;
    this.relation = bound.relation();
    this.em = bound.em();
    this.removal = new ThroughRemoval<>(bound);
  }

  /** Source check, target insert, through-row insert. */
  T create(T target, Consumer<? super J> throughData) {
    bound.requireTransaction("create");
    if (!bound.sourceExists()) {
      throw bound.missingSource();
    }
    em.persist(target);
    TK targetKey = relation.target.keyOf(em, target);
    persistRow(targetKey, target, throughData);
    return target;
  }

  /** One query checking source and target together, then one insert. */
  J link(TK targetKey, Consumer<? super J> throughData) {
    bound.requireTransaction("link");
    boolean bothExist = !relation.hql.sourceAndTargetExist.create(em)
        .setParameter("source", bound.sourceKey())
        .setParameter("target", targetKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
    if (!bothExist) {
      throw bound.sourceExists() ? bound.missingTarget(targetKey) : bound.missingSource();
    }
    return persistRow(targetKey, null, throughData);
  }

  /**
   * The pair's row with the lowest through id, found by one query that also requires both ends to
   * exist; else what {@link #link} does, with its checks and exceptions.
   */
  J linkIfAbsent(TK targetKey, Consumer<? super J> throughData) {
    bound.requireTransaction("linkIfAbsent");
    List<J> rows = em.createQuery(relation.hql.firstRowOfPair, relation.throughType)
        .setParameter("source", bound.sourceKey())
        .setParameter("target", targetKey)
        .setMaxResults(1)
        .getResultList();
    return rows.isEmpty() ? link(targetKey, throughData) : rows.get(0);
  }

  /** One existence query per key chunk, then batched inserts. */
  List<J> linkAll(Collection<TK> targetKeys) {
    bound.requireTransaction("linkAll");
    if (targetKeys.isEmpty()) {
      return List.of();
    }
    requireExisting(new LinkedHashSet<>(targetKeys));
    return persistRows(targetKeys);
  }

  /**
   * One query for the source and its linked keys, then only what differs: one existence check and
   * batched inserts for keys to add, one delete for keys to drop. Rows of kept keys are untouched.
   * String keys are compared by the database, with its collation, in the first query.
   */
  void set(Collection<TK> targetKeys) {
    bound.requireTransaction("set");
    if (targetKeys.isEmpty()) {
      unlinkAll();
      return;
    }
    List<TK> wanted = new ArrayList<>(new LinkedHashSet<>(targetKeys));
    boolean collated = wanted.get(0) instanceof String && wanted.size() <= COLLATED_SET_LIMIT;
    List<Object[]> rows = linkedKeysOfSource(wanted, collated);
    if (rows.isEmpty()) {
      throw bound.missingSource();
    }
    Map<Object, Integer> positions = new HashMap<>();
    for (int i = 0; i < wanted.size(); i++) {
      positions.put(wanted.get(i), i);
    }
    Set<Integer> kept = new HashSet<>();
    Set<Object> linked = new HashSet<>();
    List<Object> toRemove = new ArrayList<>();
    for (Object[] row : rows) {
      Object targetKey = row[1];
      if (targetKey == null) {
        continue;
      }
      linked.add(targetKey);
      int match = collated ? ((Number) row[2]).intValue() : positions.getOrDefault(targetKey, -1);
      if (match >= 0) {
        kept.add(match);
      } else if (!toRemove.contains(targetKey)) {
        toRemove.add(targetKey);
      }
    }
    List<TK> toAdd = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      if (!kept.contains(i) && !linked.contains(wanted.get(i))) {
        toAdd.add(wanted.get(i));
      }
    }
    if (!toAdd.isEmpty()) {
      requireExisting(toAdd);
    }
    Set<Object> removed = new HashSet<>(toRemove);
    for (List<Object> keys : KeyChunks.split(toRemove, KeyChunks.sizeFor(em))) {
      removal.remove(relation.hql.sourceAndTargets, Map.of("source", bound.sourceKey(), "targets", keys),
          (row, entry) -> bound.isOfSource(row, entry) && removed.contains(bound.targetKeyOf(row, entry)));
    }
    if (!toAdd.isEmpty()) {
      persistRows(toAdd);
    }
  }

  /** The rows {@code [sourceKey, linkedTargetKey]} (and, collated, the matching wanted position). */
  private List<Object[]> linkedKeysOfSource(List<TK> wanted, boolean collated) {
    if (!collated) {
      return em.createQuery(relation.hql.linkedTargetKeysOfSource, Object[].class)
          .setParameter("source", bound.sourceKey())
          .getResultList();
    }
    // Padded like key chunks, so that few distinct statements are translated and prepared.
    int padded = KeyChunks.paddedLength(wanted.size());
    var query = em.createQuery(relation.hql.linkedTargetKeysMatching(padded), Object[].class)
        .setParameter("source", bound.sourceKey());
    for (int i = 0; i < padded; i++) {
      query.setParameter("wanted" + i, wanted.get(Math.min(i, wanted.size() - 1)));
    }
    return query.getResultList();
  }

  int unlink(TK targetKey) {
    bound.requireTransaction("unlink");
    return removal.remove(relation.hql.pair, Map.of("source", bound.sourceKey(), "target", targetKey),
        (row, entry) -> bound.isOfSource(row, entry) && Objects.equals(bound.targetKeyOf(row, entry), targetKey));
  }

  int unlinkAll() {
    bound.requireTransaction("unlinkAll");
    return removal.remove(relation.hql.ofSource, Map.of("source", bound.sourceKey()), bound::isOfSource);
  }

  /**
   * One query for the keys of the linked targets (matching the restriction, if any), then one
   * removal of every through row referencing them and one delete of the targets, per key chunk.
   * Instances of the removed rows and targets are detached from the session.
   */
  int delete(Restriction<? super T> whereOrNull) {
    bound.requireTransaction("delete");
    TargetQuery<S, K, T, TK, J> targets = new TargetQuery<>(bound);
    List<TK> keys = (whereOrNull == null ? targets : targets.where(whereOrNull)).lockedTargetKeys();
    if (keys.isEmpty()) {
      return 0;
    }
    Set<Object> deletedKeys = new HashSet<>(keys);
    List<T> staleTargets = ManagedEntities.of(em, relation.target.type(),
        (target, entry) -> deletedKeys.contains(relation.target.keyOrNull(target)));
    int deleted = 0;
    for (List<TK> chunk : KeyChunks.split(keys, KeyChunks.sizeFor(em))) {
      removal.remove(relation.hql.referencingTargets, Map.of("targets", chunk),
          (row, entry) -> deletedKeys.contains(bound.targetKeyOf(row, entry))
              || relation.hql.selfRelation && deletedKeys.contains(bound.sourceKeyOf(row, entry)));
      deleted += em.createQuery(relation.hql.deleteTargets)
          .setParameter("targets", chunk)
          .executeUpdate();
    }
    ManagedEntities.detachAll(em, staleTargets);
    return deleted;
  }

  /**
   * Fails with {@link dev.throughline.NoSuchEntityException} unless the source exists and every
   * key names an existing target; one locking query per key chunk.
   */
  private void requireExisting(Collection<TK> keys) {
    Set<Object> found = new HashSet<>();
    for (List<TK> chunk : KeyChunks.split(keys, KeyChunks.sizeFor(em))) {
      List<?> existing = relation.hql.sourceAndTargetsExist.create(em)
          .setParameter("targets", chunk)
          .setParameter("source", bound.sourceKey())
          .getResultList();
      found.addAll(existing);
    }
    if (found.size() == keys.size()) {
      return;
    }
    if (found.isEmpty() && !bound.sourceExists()) {
      throw bound.missingSource();
    }
    for (TK key : keys) {
      if (!found.contains(key)) {
        throw bound.missingTarget(key);
      }
    }
  }

  private J persistRow(TK targetKey, T targetOrNull, Consumer<? super J> throughData) {
    J row = relation.newThroughRow();
    if (throughData != null) {
      throughData.accept(row);
    }
    // Keys last, so that the row links exactly what the call names.
    bound.bindKeys(row, targetKey, targetOrNull);
    em.persist(row);
    return row;
  }

  private List<J> persistRows(Collection<TK> targetKeys) {
    return JdbcBatching.flushBatched(em, () -> {
      List<J> rows = new ArrayList<>(targetKeys.size());
      for (TK key : targetKeys) {
        rows.add(persistRow(key, null, null));
      }
      return rows;
    });
  }
}
