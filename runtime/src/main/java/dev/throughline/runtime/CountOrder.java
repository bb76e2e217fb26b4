package dev.throughline.runtime;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.query.SortDirection;
import org.hibernate.query.specification.SelectionSpecification;

/**
 * Orders the sources of a {@link SelectionSpecification} by their number of distinct linked
 * targets: a correlated count in the query's {@code ORDER BY}, after the orders the specification
 * already has, so that a page of sources ordered by it takes one statement.
 *
 * @param relation the relation whose targets are counted
 * @param direction ascending (fewest first) or descending (most first)
 */
record CountOrder<S, K, T, TK, J>(Relation<S, K, T, TK, J> relation, SortDirection direction)
    implements SelectionSpecification.Augmentation<S> {

  @Override
  public void augment(CriteriaBuilder cb, CriteriaQuery<S> query, Root<S> source) {
    LinkedTargets<S, K, T, TK, J> linked = new LinkedTargets<>(relation);
    Subquery<Long> count = query.subquery(Long.class);
    Root<J> through = count.from(relation.throughType);
    Root<T> target = count.from(relation.target.type());
    count.select(cb.countDistinct(linked.targetKey(target))).where(
        linked.referencesSource(cb, through, source),
        linked.pairs(cb, through, target));
    Expression<Long> key = count;
    List<jakarta.persistence.criteria.Order> orders = new ArrayList<>(query.getOrderList());
    orders.add(direction == SortDirection.ASCENDING ? cb.asc(key) : cb.desc(key));
    query.orderBy(orders);
  }
}
