package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import org.hibernate.query.restriction.Restriction;

/**
 * Queries that combine the relation with a caller's {@link Restriction}. A restriction is a
 * criteria predicate, so these are built with the criteria API; values stay bound parameters.
 */
final class RestrictedQueries<S, K, T, TK, J> {

  private final BoundRelation<S, K, T, TK, J> bound;
  private final Relation<S, K, T, TK, J> relation;
  private final CriteriaBuilder cb;

  RestrictedQueries(BoundRelation<S, K, T, TK, J> bound) {
    this.bound = bound;
    this.relation = bound.relation();
    this.cb = bound.em().getCriteriaBuilder();
  }

  List<T> find(Restriction<? super T> where) {
    CriteriaQuery<T> query = cb.createQuery(relation.target.type());
    Root<T> target = query.from(relation.target.type());
    Path<Object> targetKey = target.get(relation.target.keyAttribute());
    query.select(target)
        .where(linkedAndMatching(query, target, targetKey, where))
        .orderBy(cb.asc(targetKey));
    return bound.em().createQuery(query).getResultList();
  }

  @SuppressWarnings("unchecked")
  List<TK> linkedTargetKeys(Restriction<? super T> where) {
    CriteriaQuery<Object> query = cb.createQuery(Object.class);
    Root<T> target = query.from(relation.target.type());
    Path<Object> targetKey = target.get(relation.target.keyAttribute());
    query.select(targetKey).where(linkedAndMatching(query, target, targetKey, where));
    return (List<TK>) (List<?>) bound.em().createQuery(query).getResultList();
  }

  private Predicate linkedAndMatching(
      CriteriaQuery<?> query, Root<T> target, Path<Object> targetKey, Restriction<? super T> where) {
    Subquery<Object> linked = query.subquery(Object.class);
    Root<J> through = linked.from(relation.throughType);
    linked.select(path(through, relation.throughKeyToPath))
        .where(cb.equal(path(through, relation.throughKeyFromPath), bound.sourceKey()));
    return cb.and(targetKey.in(linked), where.toPredicate(target, cb));
  }

  private static Path<Object> path(Path<?> from, String dottedPath) {
    Path<?> path = from;
    for (String attribute : dottedPath.split("\\.")) {
      path = path.get(attribute);
    }
    @SuppressWarnings("unchecked")
    Path<Object> result = (Path<Object>) path;
    return result;
  }
}
