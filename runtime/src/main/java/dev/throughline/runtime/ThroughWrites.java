package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.query.restriction.Restriction;

/**
 * The writes of one source's relation. Every write checks its transaction first, and checks that
 * the rows it links exist before it writes anything, so a missing source or target leaves the
 * database as it was whether or not the schema has foreign keys.
 */
final class ThroughWrites<S, K, T, TK, J> {

  private final BoundRelation<S, K, T, TK, J> bound;
  private final Relation<S, K, T, TK, J> relation;
  private final EntityManager em;

  ThroughWrites(BoundRelation<S, K, T, TK, J> bound) {
    this.bound = bound;
    this.relation = bound.relation();
    this.em = bound.em();
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

  /** One existence query per key chunk, then batched inserts. */
  List<J> linkAll(Collection<TK> targetKeys) {
    bound.requireTransaction("linkAll");
    if (targetKeys.isEmpty()) {
      return List.of();
    }
    requireExisting(new LinkedHashSet<>(targetKeys), relation.hql.sourceAndTargetsExist, true);
    return persistRows(targetKeys);
  }

  /**
   * One query for the source and its linked keys, then only what differs: one existence check and
   * batched inserts for keys to add, one delete for keys to drop. Rows of kept keys are untouched.
   */
  void set(Collection<TK> targetKeys) {
    bound.requireTransaction("set");
    if (targetKeys.isEmpty()) {
      unlinkAll();
      return;
    }
    List<?> rows = em.createQuery(relation.hql.linkedTargetKeysOfSource)
        .setParameter("source", bound.sourceKey())
        .getResultList();
    if (rows.isEmpty()) {
      throw bound.missingSource();
    }
    Set<Object> linked = new HashSet<>();
    for (Object row : rows) {
      Object targetKey = ((Object[]) row)[1];
      if (targetKey != null) {
        linked.add(targetKey);
      }
    }
    Set<TK> wanted = new LinkedHashSet<>(targetKeys);
    List<TK> toAdd = new ArrayList<>();
    for (TK key : wanted) {
      if (!linked.contains(key)) {
        toAdd.add(key);
      }
    }
    List<Object> toRemove = new ArrayList<>();
    for (Object key : linked) {
      if (!wanted.contains(key)) {
        toRemove.add(key);
      }
    }
    if (!toAdd.isEmpty()) {
      requireExisting(toAdd, relation.hql.sourceAndTargetsExist, true);
    }
    int chunk = KeyChunks.sizeFor(em);
    for (List<Object> keys : KeyChunks.split(toRemove, chunk)) {
      em.createQuery(relation.hql.unlinkKeys)
          .setParameter("source", bound.sourceKey())
          .setParameter("targets", keys)
          .executeUpdate();
    }
    if (!toAdd.isEmpty()) {
      persistRows(toAdd);
    }
  }

  int unlink(TK targetKey) {
    bound.requireTransaction("unlink");
    return em.createQuery(relation.hql.unlink)
        .setParameter("source", bound.sourceKey())
        .setParameter("target", targetKey)
        .executeUpdate();
  }

  int unlinkAll() {
    bound.requireTransaction("unlinkAll");
    return em.createQuery(relation.hql.unlinkAll)
        .setParameter("source", bound.sourceKey())
        .executeUpdate();
  }

  /**
   * One query for the keys of the linked targets (matching the restriction, if any), then one
   * delete of every through row referencing them and one delete of the targets, per key chunk.
   * These are bulk deletes: instances already loaded into the persistence context stay there.
   */
  int delete(Restriction<? super T> whereOrNull) {
    bound.requireTransaction("delete");
    List<TK> keys = new ThroughReads<>(bound).linkedTargetKeys(whereOrNull);
    int deleted = 0;
    for (List<TK> chunk : KeyChunks.split(keys, KeyChunks.sizeFor(em))) {
      em.createQuery(relation.hql.unlinkTargetsEverywhere)
          .setParameter("targets", chunk)
          .executeUpdate();
      deleted += em.createQuery(relation.hql.deleteTargets)
          .setParameter("targets", chunk)
          .executeUpdate();
    }
    return deleted;
  }

  /**
   * Fails with {@link dev.throughline.NoSuchEntityException} unless every key names an existing
   * target (and, for queries that join it, the source exists).
   */
  private void requireExisting(
      Collection<TK> keys, ExistenceLocks.LockingQuery existenceQuery, boolean joinsSource) {
    Set<Object> found = new HashSet<>();
    for (List<TK> chunk : KeyChunks.split(keys, KeyChunks.sizeFor(em))) {
      var query = existenceQuery.create(em).setParameter("targets", chunk);
      if (joinsSource) {
        query.setParameter("source", bound.sourceKey());
      }
      found.addAll(query.getResultList());
    }
    if (found.size() == keys.size()) {
      return;
    }
    if (joinsSource && found.isEmpty() && !bound.sourceExists()) {
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
