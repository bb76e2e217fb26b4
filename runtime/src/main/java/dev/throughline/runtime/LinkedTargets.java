package dev.throughline.runtime;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.query.restriction.Restriction;

/**
 * The one place that says what "linked" means, in criteria: a through row references the source
 * by {@code throughKeyFrom} and the target by {@code throughKeyTo}. Every read of the relation
 * (the accessor's finds and counts, queries, patches, deletes and inclusion) builds its statement
 * from these predicates.
 */
final class LinkedTargets<S, K, T, TK, J> {

  private final Relation<S, K, T, TK, J> relation;

  LinkedTargets(Relation<S, K, T, TK, J> relation) {
    this.relation = relation;
  }

  /** The target's key ({@code keyTo}). */
  Path<Object> targetKey(Path<T> target) {
    return CriteriaPaths.path(target, relation.target.keyAttribute());
  }

  /** The source key a through row references. */
  Path<Object> sourceKeyOf(Path<J> through) {
    return CriteriaPaths.path(through, relation.throughKeyFromPath);
  }

  /** The target key a through row references. */
  Path<Object> targetKeyOf(Path<J> through) {
    return CriteriaPaths.path(through, relation.throughKeyToPath);
  }

  /**
   * The through row references a source of the caller's query: {@code j.doctorId = d.id}, which
   * correlates a subquery with that query.
   */
  Predicate referencesSource(CriteriaBuilder cb, Path<J> through, Path<? extends S> source) {
    return cb.equal(sourceKeyOf(through), CriteriaPaths.path(source, relation.source.keyAttribute()));
  }

  /** The through row links this target: {@code t.pid = j.patientId}. */
  Predicate pairs(CriteriaBuilder cb, Path<J> through, Path<T> target) {
    return cb.equal(targetKey(target), targetKeyOf(through));
  }

  /** The through row references this source and matches every through restriction. */
  List<Predicate> rowsOfSource(
      CriteriaBuilder cb, Root<J> through, Object sourceKey, List<Restriction<? super J>> throughWhere) {
    List<Predicate> predicates = new ArrayList<>();
    predicates.add(cb.equal(sourceKeyOf(through), sourceKey));
    throughWhere.forEach(restriction -> predicates.add(restriction.toPredicate(through, cb)));
    return predicates;
  }

  /**
   * The target is linked to this source by at least one through row that matches every through
   * restriction: a semi-join, so that each target comes once without {@code DISTINCT}.
   */
  Predicate linkedToSource(CriteriaBuilder cb, CommonAbstractCriteria query, Path<T> target, Object sourceKey,
      List<Restriction<? super J>> throughWhere) {
    Path<Object> key = targetKey(target);
    // Typed like the key, so that Hibernate accepts the comparison.
    @SuppressWarnings("unchecked")
    Class<Object> keyType = (Class<Object>) key.getJavaType();
    Subquery<Object> linked = query.subquery(keyType);
    Root<J> through = linked.from(relation.throughType);
    linked.select(targetKeyOf(through)).where(rowsOfSource(cb, through, sourceKey, throughWhere).toArray(Predicate[]::new));
    return key.in(linked);
  }

  /** The source keys that through rows reference, for inclusion: {@code j.doctorId in (...)}. */
  Predicate ofSources(Path<J> through, List<?> sourceKeys) {
    Expression<Object> key = sourceKeyOf(through);
    return key.in(sourceKeys);
  }
}
