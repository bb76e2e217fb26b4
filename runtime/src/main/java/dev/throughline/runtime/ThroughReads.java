package dev.throughline.runtime;

import dev.throughline.Linked;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.restriction.Restriction;

/** The reads of one source's relation; each is one SQL statement. */
final class ThroughReads<S, K, T, TK, J> {

  private final BoundRelation<S, K, T, TK, J> bound;
  private final Relation<S, K, T, TK, J> relation;
  private final EntityManager em;

  ThroughReads(BoundRelation<S, K, T, TK, J> bound) {
    this.bound = bound;
    this.relation = bound.relation();
    this.em = bound.em();
  }

  List<T> find() {
    return em.createQuery(relation.hql.find, relation.target.type())
        .setParameter("source", bound.sourceKey())
        .getResultList();
  }

  List<T> find(Restriction<? super T> where) {
    return new CriteriaRelationQuery<>(bound).where(where).list();
  }

  Optional<T> findById(TK targetKey) {
    List<T> found = em.createQuery(relation.hql.findById, relation.target.type())
        .setParameter("source", bound.sourceKey())
        .setParameter("target", targetKey)
        .getResultList();
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  long count() {
    return em.createQuery(relation.hql.count, Long.class)
        .setParameter("source", bound.sourceKey())
        .getSingleResult();
  }

  boolean isLinked(TK targetKey) {
    return !em.createQuery(relation.hql.isLinked, Integer.class)
        .setParameter("source", bound.sourceKey())
        .setParameter("target", targetKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  List<Linked<T, J>> findWithThrough() {
    List<Object[]> rows = em.createQuery(relation.hql.findWithThrough, Object[].class)
        .setParameter("source", bound.sourceKey())
        .getResultList();
    List<Linked<T, J>> linked = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      linked.add(new Linked<>(relation.target.type().cast(row[0]), relation.throughType.cast(row[1])));
    }
    return linked;
  }

  /**
   * Keys of the linked targets, optionally only those matching a restriction, for {@code delete}:
   * the targets are locked exclusively until the transaction ends.
   */
  List<TK> linkedTargetKeys(Restriction<? super T> whereOrNull) {
    if (whereOrNull != null) {
      return new CriteriaRelationQuery<>(bound).where(whereOrNull).targetKeys();
    }
    @SuppressWarnings("unchecked")
    List<TK> keys = (List<TK>) relation.hql.linkedTargetKeys.create(em)
        .setParameter("source", bound.sourceKey())
        .getResultList();
    return keys;
  }
}
