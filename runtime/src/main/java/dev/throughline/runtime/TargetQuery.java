package dev.throughline.runtime;

import dev.throughline.Linked;
import dev.throughline.Patch;
import dev.throughline.RelationQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.query.Order;
import org.hibernate.query.Page;
import org.hibernate.query.SelectionQuery;
import org.hibernate.query.SortDirection;
import org.hibernate.query.criteria.JpaCriteriaUpdate;
import org.hibernate.query.restriction.Restriction;

/**
 * The one query model of the targets linked to one source: every read of the accessor ({@code
 * find}, {@code findById}, {@code count}, {@code isLinked}, {@code findWithThrough}), the public
 * {@link RelationQuery}, {@code patch} and the key query of {@code delete} are instances of it, so
 * they agree by construction. Targets are selected through a semi-join on the through rows, so
 * each comes once without {@code DISTINCT}; through orders are correlated aggregates, which every
 * database accepts in {@code ORDER BY}. Statements are criteria queries whose translation
 * Hibernate caches like that of an HQL string.
 */
final class TargetQuery<S, K, T, TK, J> implements RelationQuery<T, J> {

  /** Rows fetched per round trip when streaming. */
  static final int STREAM_FETCH_SIZE = 1000;

  private final BoundRelation<S, K, T, TK, J> bound;
  private final LinkedTargets<S, K, T, TK, J> linked;
  private final List<Restriction<? super T>> targetRestrictions;
  private final List<Restriction<? super J>> throughRestrictions;
  private final List<Order<? super T>> targetOrders;
  private final List<Order<? super J>> throughOrders;
  private final Object targetKey;
  private final int offset;
  private final int limit;

  TargetQuery(BoundRelation<S, K, T, TK, J> bound) {
    this(bound, List.of(), List.of(), List.of(), List.of(), null, 0, -1);
  }

  private TargetQuery(
      BoundRelation<S, K, T, TK, J> bound,
      List<Restriction<? super T>> targetRestrictions,
      List<Restriction<? super J>> throughRestrictions,
      List<Order<? super T>> targetOrders,
      List<Order<? super J>> throughOrders,
      Object targetKey,
      int offset,
      int limit) {
    this.bound = bound;
    this.linked = new LinkedTargets<>(bound.relation());
    this.targetRestrictions = targetRestrictions;
    this.throughRestrictions = throughRestrictions;
    this.targetOrders = targetOrders;
    this.throughOrders = throughOrders;
    this.targetKey = targetKey;
    this.offset = offset;
    this.limit = limit;
  }

  @Override
  public TargetQuery<S, K, T, TK, J> where(Restriction<? super T> where) {
    Objects.requireNonNull(where, "where");
    return new TargetQuery<>(bound, Refinements.plus(targetRestrictions, where), throughRestrictions,
        targetOrders, throughOrders, targetKey, offset, limit);
  }

  @Override
  public TargetQuery<S, K, T, TK, J> whereThrough(Restriction<? super J> where) {
    Objects.requireNonNull(where, "where");
    return new TargetQuery<>(bound, targetRestrictions, Refinements.plus(throughRestrictions, where),
        targetOrders, throughOrders, targetKey, offset, limit);
  }

  /** Only the target with this key ({@code keyTo}). */
  TargetQuery<S, K, T, TK, J> whereKey(TK key) {
    return new TargetQuery<>(bound, targetRestrictions, throughRestrictions, targetOrders, throughOrders,
        Objects.requireNonNull(key, "targetKey"), offset, limit);
  }

  @Override
  public TargetQuery<S, K, T, TK, J> orderBy(Order<? super T> order) {
    CriteriaPaths.attributeOf(Objects.requireNonNull(order, "order"));
    return new TargetQuery<>(bound, targetRestrictions, throughRestrictions,
        Refinements.plus(targetOrders, order), throughOrders, targetKey, offset, limit);
  }

  @Override
  public TargetQuery<S, K, T, TK, J> orderByThrough(Order<? super J> order) {
    CriteriaPaths.attributeOf(Objects.requireNonNull(order, "order"));
    return new TargetQuery<>(bound, targetRestrictions, throughRestrictions,
        targetOrders, Refinements.plus(throughOrders, order), targetKey, offset, limit);
  }

  @Override
  public TargetQuery<S, K, T, TK, J> offset(int offset) {
    return new TargetQuery<>(bound, targetRestrictions, throughRestrictions, targetOrders, throughOrders,
        targetKey, Refinements.notNegative(offset, "offset"), limit);
  }

  @Override
  public TargetQuery<S, K, T, TK, J> limit(int limit) {
    return new TargetQuery<>(bound, targetRestrictions, throughRestrictions, targetOrders, throughOrders,
        targetKey, offset, Refinements.notNegative(limit, "limit"));
  }

  @Override
  public TargetQuery<S, K, T, TK, J> page(Page page) {
    Objects.requireNonNull(page, "page");
    return offset(page.getFirstResult()).limit(page.getMaxResults());
  }

  @Override
  public List<T> list() {
    if (isUnrefined()) {
      RelationHql hql = relation().hql;
      if (targetKey == null) {
        TypedQuery<T> query = bound.em().createQuery(hql.targetOfEachRowOfSource, relation().target.type())
            .setParameter("source", bound.sourceKey());
        return withoutRepeats(bound.inSession(query::getResultList));
      }
      TypedQuery<T> query = bound.em().createQuery(hql.targetOfSource, relation().target.type())
          .setParameter("target", targetKey).setParameter("source", bound.sourceKey());
      return bound.inSession(query::getResultList);
    }
    return listByCriteria();
  }

  /**
   * The targets in key order once each: several through rows linking one target give its row
   * again, next to it, and the session returns one instance per key.
   */
  private static <T> List<T> withoutRepeats(List<T> inKeyOrder) {
    List<T> once = new ArrayList<>(inKeyOrder.size());
    for (T target : inKeyOrder) {
      if (once.isEmpty() || once.get(once.size() - 1) != target) {
        once.add(target);
      }
    }
    return once;
  }

  /** {@link #list()} from the criteria model, whatever the refinements. */
  List<T> listByCriteria() {
    return bound.inSession(() -> paged(query(targetQuery())).getResultList());
  }

  /**
   * Whether this is the query of {@code find}, {@code findById}, {@code count} or {@code
   * isLinked}, as {@link RelationHql} holds them in text: no restriction, order or page.
   */
  private boolean isUnrefined() {
    return targetRestrictions.isEmpty() && throughRestrictions.isEmpty() && targetOrders.isEmpty()
        && throughOrders.isEmpty() && offset == 0 && limit < 0;
  }

  @Override
  public Stream<T> stream() {
    EntityManager em = bound.em();
    // Instances the session managed before the call stay managed: only what the stream loads
    // itself is detached once read.
    Set<T> managedBefore = Collections.newSetFromMap(new IdentityHashMap<>());
    managedBefore.addAll(ManagedEntities.of(em, relation().target.type()));
    TypedQuery<T> query = paged(query(targetQuery()));
    query.setHint("org.hibernate.fetchSize", STREAM_FETCH_SIZE);
    query.setHint("org.hibernate.readOnly", true);
    return bound.inSession(query::getResultStream).map(target -> {
      if (!managedBefore.contains(target)) {
        em.detach(target);
      }
      return target;
    });
  }

  @Override
  public long count() {
    if (isUnrefined() && targetKey == null) {
      TypedQuery<Long> query = bound.em().createQuery(relation().hql.countOfSource, Long.class)
          .setParameter("source", bound.sourceKey());
      return bound.inSession(query::getSingleResult);
    }
    return countByCriteria();
  }

  /** {@link #count()} from the criteria model. */
  long countByCriteria() {
    CriteriaBuilder cb = cb();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<T> target = query.from(relation().target.type());
    query.select(cb.count(target)).where(targetPredicate(query, target));
    return bound.inSession(() -> query(query).getSingleResult());
  }

  @Override
  public boolean exists() {
    if (limit == 0) {
      return false;
    }
    if (isUnrefined() && targetKey != null) {
      TypedQuery<Object> query = bound.em().createQuery(relation().hql.targetKeyOfSource, Object.class)
          .setParameter("source", bound.sourceKey())
          .setParameter("target", targetKey)
          .setMaxResults(1);
      return bound.inSession(() -> !query.getResultList().isEmpty());
    }
    return existsByCriteria();
  }

  /** {@link #exists()} from the criteria model. */
  boolean existsByCriteria() {
    return bound.inSession(() -> !paged(query(targetKeyQuery())).setMaxResults(1).getResultList().isEmpty());
  }

  /**
   * The keys of the matching targets, unordered and unpaged, for {@code delete}: the targets are
   * locked exclusively until the transaction ends ({@link ExistenceLocks}).
   */
  @SuppressWarnings("unchecked")
  List<TK> lockedTargetKeys() {
    CriteriaQuery<Object> query = cb().createQuery(Object.class);
    Root<T> target = query.from(relation().target.type());
    Path<Object> key = linked.targetKey(target);
    query.select(key).where(targetPredicate(query, target));
    return (List<TK>) ExistenceLocks.exclusive(bound.em(), query, key, relation().target).getResultList();
  }

  private CriteriaQuery<Object> targetKeyQuery() {
    CriteriaQuery<Object> query = cb().createQuery(Object.class);
    Root<T> target = query.from(relation().target.type());
    return query.select(linked.targetKey(target)).where(targetPredicate(query, target));
  }

  @Override
  public List<Linked<T, J>> withThrough() {
    Relation<S, K, T, TK, J> relation = relation();
    CriteriaBuilder cb = cb();
    CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
    Root<J> through = query.from(relation.throughType);
    Root<T> target = query.from(relation.target.type());
    List<Predicate> predicates = linked.rowsOfSource(cb, through, bound.sourceKey(), throughRestrictions);
    predicates.add(linked.pairs(cb, through, target));
    predicates.addAll(targetPredicates(target));
    List<jakarta.persistence.criteria.Order> orders = CriteriaPaths.orders(cb, target, targetOrders);
    orders.addAll(CriteriaPaths.orders(cb, through, throughOrders));
    orders.add(cb.asc(linked.targetKey(target)));
    orders.add(cb.asc(CriteriaPaths.path(through, relation.throughIdAttribute)));
    query.select(cb.array(target, through)).where(predicates.toArray(Predicate[]::new)).orderBy(orders);
    List<Object[]> rows = bound.inSession(() -> paged(query(query)).getResultList());
    List<Linked<T, J>> pairs = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      pairs.add(new Linked<>(relation.target.type().cast(row[0]), relation.throughType.cast(row[1])));
    }
    return pairs;
  }

  @Override
  public int patch(Patch<? super T> patch) {
    Objects.requireNonNull(patch, "patch");
    bound.requireTransaction("patch");
    Relation<S, K, T, TK, J> relation = relation();
    if (patch.changes().isEmpty()) {
      throw new IllegalArgumentException("patch changes nothing");
    }
    EntityManager em = bound.em();
    JpaCriteriaUpdate<T> update = (JpaCriteriaUpdate<T>) cb().createCriteriaUpdate(relation.target.type());
    Root<T> target = update.from(relation.target.type());
    for (Patch.Change<? super T, ?> change : patch.changes()) {
      SingularAttribute<?, ?> attribute = change.attribute();
      if (attribute.isId() || attribute.getName().equals(relation.target.keyAttribute())) {
        throw new IllegalArgumentException(relation.name + ".patch cannot change "
            + relation.target.entityName() + "." + attribute.getName()
            + ": through rows reference targets by it; link and unlink instead");
      }
      set(update, change);
    }
    update.where(targetPredicate(update, target));
    // A versioned update moves @Version, so that a stale copy merged later fails instead of
    // overwriting the patch.
    update.versioned(em.getMetamodel().entity(relation.target.type()).hasVersionAttribute());
    return bound.inSession(() -> {
      List<T> changed = managedMatches();
      int updated = em.createQuery(update).executeUpdate();
      changed.forEach(em::refresh);
      return updated;
    });
  }

  /**
   * The instances of matching targets that the session manages: one query for their keys, and
   * none when the session manages no target.
   */
  private List<T> managedMatches() {
    EntitySide<T, TK> side = relation().target;
    List<T> managed = ManagedEntities.of(bound.em(), side.type());
    if (managed.isEmpty()) {
      return managed;
    }
    Set<Object> keys = new HashSet<>();
    managed.forEach(target -> keys.add(side.keyOrNull(target)));
    keys.remove(null);
    Set<Object> matching = new HashSet<>();
    for (List<Object> chunk : KeyChunks.split(keys, KeyChunks.sizeFor(bound.em()))) {
      CriteriaQuery<Object> query = cb().createQuery(Object.class);
      Root<T> target = query.from(side.type());
      Path<Object> key = linked.targetKey(target);
      query.select(key).where(targetPredicate(query, target), key.in(chunk));
      matching.addAll(query(query).getResultList());
    }
    List<T> changed = new ArrayList<>();
    for (T target : managed) {
      if (matching.contains(side.keyOrNull(target))) {
        changed.add(target);
      }
    }
    return changed;
  }

  @SuppressWarnings("unchecked")
  private static <T, V> void set(JpaCriteriaUpdate<T> update, Patch.Change<? super T, V> change) {
    update.set((SingularAttribute<? super T, V>) change.attribute(), change.value());
  }

  private CriteriaQuery<T> targetQuery() {
    Relation<S, K, T, TK, J> relation = relation();
    CriteriaBuilder cb = cb();
    CriteriaQuery<T> query = cb.createQuery(relation.target.type());
    Root<T> target = query.from(relation.target.type());
    Path<Object> key = linked.targetKey(target);
    List<jakarta.persistence.criteria.Order> orders = CriteriaPaths.orders(cb, target, targetOrders);
    for (Order<? super J> order : throughOrders) {
      orders.add(CriteriaPaths.toCriteria(cb, throughSortKey(query, key, order), order));
    }
    orders.add(cb.asc(key));
    return query.select(target).where(targetPredicate(query, target)).orderBy(orders);
  }

  /** Linked to the source by a matching through row, and matching the target restrictions. */
  private Predicate targetPredicate(CommonAbstractCriteria query, Root<T> target) {
    CriteriaBuilder cb = cb();
    List<Predicate> predicates = new ArrayList<>();
    predicates.add(linked.linkedToSource(cb, query, target, bound.sourceKey(), throughRestrictions));
    predicates.addAll(targetPredicates(target));
    return cb.and(predicates.toArray(Predicate[]::new));
  }

  /** The target restrictions, and the key when the query is for one target. */
  private List<Predicate> targetPredicates(Root<T> target) {
    CriteriaBuilder cb = cb();
    List<Predicate> predicates = new ArrayList<>();
    if (targetKey != null) {
      predicates.add(cb.equal(linked.targetKey(target), targetKey));
    }
    targetRestrictions.forEach(restriction -> predicates.add(restriction.toPredicate(target, cb)));
    return predicates;
  }

  /**
   * The smallest (ascending) or largest (descending) value of a through attribute among the
   * matching rows that link the source to this target.
   */
  private Expression<?> throughSortKey(CriteriaQuery<T> query, Path<Object> targetKey, Order<? super J> order) {
    CriteriaBuilder cb = cb();
    Subquery<Comparable<Object>> rows = query.subquery(comparableClass());
    Root<J> through = rows.from(relation().throughType);
    Path<Comparable<Object>> attribute = comparable(CriteriaPaths.path(through, CriteriaPaths.attributeOf(order)));
    List<Predicate> predicates = linked.rowsOfSource(cb, through, bound.sourceKey(), throughRestrictions);
    predicates.add(cb.equal(linked.targetKeyOf(through), targetKey));
    Expression<Comparable<Object>> value = order.caseSensitive()
        ? attribute
        : comparable(cb.lower(attribute.as(String.class)));
    rows.select(order.direction() == SortDirection.ASCENDING ? cb.least(value) : cb.greatest(value))
        .where(predicates.toArray(Predicate[]::new));
    return rows;
  }

  /** A query whose translation Hibernate keeps, as it does for HQL text. */
  private <R> TypedQuery<R> query(CriteriaQuery<R> criteria) {
    TypedQuery<R> query = bound.em().createQuery(criteria);
    query.unwrap(SelectionQuery.class).setQueryPlanCacheable(true);
    return query;
  }

  private <R> TypedQuery<R> paged(TypedQuery<R> query) {
    if (offset > 0) {
      query.setFirstResult(offset);
    }
    if (limit >= 0) {
      query.setMaxResults(limit);
    }
    return query;
  }

  @SuppressWarnings("unchecked")
  private static <E extends Expression<?>> E comparable(Expression<?> expression) {
    return (E) expression;
  }

  @SuppressWarnings("unchecked")
  private static Class<Comparable<Object>> comparableClass() {
    return (Class<Comparable<Object>>) (Class<?>) Comparable.class;
  }

  private Relation<S, K, T, TK, J> relation() {
    return bound.relation();
  }

  private CriteriaBuilder cb() {
    return bound.em().getCriteriaBuilder();
  }
}
