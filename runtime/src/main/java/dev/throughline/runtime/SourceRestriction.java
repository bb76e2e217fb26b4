package dev.throughline.runtime;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.query.restriction.Restriction;

/**
 * A restriction on the source by its through rows: there is (or, negated, there is no) through row
 * of the source that matches {@code throughWhere} and, when a target condition is given, links an
 * existing target that matches {@code targetWhere} (or, for {@code every}, one that does not). It
 * renders one correlated {@code EXISTS} (a semi-join) or {@code NOT EXISTS} (an anti-join) inside
 * the caller's statement, so it composes with any other restriction of theirs.
 *
 * @param relation the relation
 * @param targetWhere the condition on the linked target, or null to ask about through rows alone
 * @param targetMustMatch whether the linked target must match {@code targetWhere} or must not
 * @param throughWhere the condition on the through row, or null for any row
 * @param exists whether such a row must exist ({@code some}) or must not ({@code none}, {@code every})
 */
record SourceRestriction<S, T, J>(
    Relation<S, ?, T, ?, J> relation,
    Restriction<? super T> targetWhere,
    boolean targetMustMatch,
    Restriction<? super J> throughWhere,
    boolean exists) implements Restriction<S> {

  /** Sources with a through row that links a target matching {@code targetWhere}. */
  static <S, T, J> SourceRestriction<S, T, J> some(
      Relation<S, ?, T, ?, J> relation, Restriction<? super T> targetWhere, Restriction<? super J> throughWhere) {
    return new SourceRestriction<>(relation, targetWhere, true, throughWhere, true);
  }

  /** Sources whose every linked target matches: no through row links a target that does not. */
  static <S, T, J> SourceRestriction<S, T, J> every(Relation<S, ?, T, ?, J> relation, Restriction<? super T> targetWhere) {
    return new SourceRestriction<>(relation, targetWhere, false, null, false);
  }

  /** The opposite: {@code some(w).negated()} is {@code none(w)}, and {@code none(w).negated()} is {@code some(w)}. */
  @Override
  public Restriction<S> negated() {
    return new SourceRestriction<>(relation, targetWhere, targetMustMatch, throughWhere, !exists);
  }

  @Override
  public Predicate toPredicate(Root<? extends S> source, CriteriaBuilder cb) {
    // Restrictions get no handle on the enclosing query; a subquery of a fresh one correlates by path.
    Subquery<Integer> rows = cb.createQuery().subquery(Integer.class);
    Root<J> through = rows.from(relation.throughType);
    LinkedTargets<S, ?, T, ?, J> linked = new LinkedTargets<>(relation);
    List<Predicate> predicates = new ArrayList<>();
    predicates.add(linked.referencesSource(cb, through, source));
    if (throughWhere != null) {
      predicates.add(throughWhere.toPredicate(through, cb));
    }
    if (targetWhere != null) {
      Root<T> target = rows.from(relation.target.type());
      predicates.add(linked.pairs(cb, through, target));
      predicates.add(targetMustMatch ? targetWhere.toPredicate(target, cb) : failing(cb, rows, linked, target));
    }
    rows.select(cb.literal(1)).where(predicates.toArray(Predicate[]::new));
    return exists ? cb.exists(rows) : cb.not(cb.exists(rows));
  }

  /**
   * The target does not match {@code targetWhere}: no instance with its key does. Unlike {@code
   * not(where)}, this holds when {@code where} is unknown because an attribute is NULL.
   */
  private Predicate failing(CriteriaBuilder cb, Subquery<?> rows, LinkedTargets<S, ?, T, ?, J> linked, Root<T> target) {
    Subquery<Integer> matching = rows.subquery(Integer.class);
    Root<T> same = matching.from(relation.target.type());
    Path<Object> key = linked.targetKey(same);
    matching.select(cb.literal(1)).where(cb.equal(key, linked.targetKey(target)), targetWhere.toPredicate(same, cb));
    return cb.not(cb.exists(matching));
  }
}
