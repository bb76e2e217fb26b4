package dev.throughline.runtime;

import dev.throughline.Linked;
import dev.throughline.Patch;
import dev.throughline.RelationQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.query.Order;
import org.hibernate.query.Page;
import org.hibernate.query.criteria.JpaCriteriaUpdate;
import org.hibernate.query.SortDirection;
import org.hibernate.query.restriction.Restriction;

/**
 * {@link RelationQuery} built with the criteria API: targets are selected through a semi-join on
 * the through rows, so each comes once without {@code DISTINCT}, and through orders are
 * correlated aggregates, which every database accepts in {@code ORDER BY}.
 */
final class CriteriaRelationQuery<S, K, T, TK, J> implements RelationQuery<T, J> {

  /** Rows fetched per round trip when streaming. */
  static final int STREAM_FETCH_SIZE = 1000;

  private final BoundRelation<S, K, T, TK, J> bound;
  private final List<Restriction<? super T>> targetRestrictions;
  private final List<Restriction<? super J>> throughRestrictions;
  private final List<Order<? super T>> targetOrders;
  private final List<Order<? super J>> throughOrders;
  private final int offset;
  private final int limit;

  CriteriaRelationQuery(BoundRelation<S, K, T, TK, J> bound) {
    this(bound, List.of(), List.of(), List.of(), List.of(), 0, -1);
  }

  private CriteriaRelationQuery(
      BoundRelation<S, K, T, TK, J> bound,
      List<Restriction<? super T>> targetRestrictions,
      List<Restriction<? super J>> throughRestrictions,
      List<Order<? super T>> targetOrders,
      List<Order<? super J>> throughOrders,
      int offset,
      int limit) {
    this.bound = bound;
    this.targetRestrictions = targetRestrictions;
    this.throughRestrictions = throughRestrictions;
    this.targetOrders = targetOrders;
    this.throughOrders = throughOrders;
    this.offset = offset;
    this.limit = limit;
  }

  private static <E> List<E> plus(List<E> list, E element) {
    List<E> copy = new ArrayList<>(list);
    copy.add(element);
    return List.copyOf(copy);
  }

  @Override
  public CriteriaRelationQuery<S, K, T, TK, J> where(Restriction<? super T> where) {
    Objects.requireNonNull(where, "where");
    return new CriteriaRelationQuery<>(bound, plus(targetRestrictions, where), throughRestrictions,
        targetOrders, throughOrders, offset, limit);
  }

  @Override
  public RelationQuery<T, J> whereThrough(Restriction<? super J> where) {
    Objects.requireNonNull(where, "where");
    return new CriteriaRelationQuery<>(bound, targetRestrictions, plus(throughRestrictions, where),
        targetOrders, throughOrders, offset, limit);
  }

  @Override
  public RelationQuery<T, J> orderBy(Order<? super T> order) {
    CriteriaPaths.attributeOf(Objects.requireNonNull(order, "order"));
    return new CriteriaRelationQuery<>(bound, targetRestrictions, throughRestrictions,
        plus(targetOrders, order), throughOrders, offset, limit);
  }

  @Override
  public RelationQuery<T, J> orderByThrough(Order<? super J> order) {
    CriteriaPaths.attributeOf(Objects.requireNonNull(order, "order"));
    return new CriteriaRelationQuery<>(bound, targetRestrictions, throughRestrictions,
        targetOrders, plus(throughOrders, order), offset, limit);
  }

  @Override
  public RelationQuery<T, J> offset(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    return new CriteriaRelationQuery<>(bound, targetRestrictions, throughRestrictions,
        targetOrders, throughOrders, offset, limit);
  }

  @Override
  public RelationQuery<T, J> limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new CriteriaRelationQuery<>(bound, targetRestrictions, throughRestrictions,
        targetOrders, throughOrders, offset, limit);
  }

  @Override
  public RelationQuery<T, J> page(Page page) {
    Objects.requireNonNull(page, "page");
    return offset(page.getFirstResult()).limit(page.getMaxResults());
  }

  @Override
  public List<T> list() {
    return bound.inSession(() -> paged(bound.em().createQuery(targetQuery())).getResultList());
  }

  @Override
  public Stream<T> stream() {
    EntityManager em = bound.em();
    // Instances the session managed before the call stay managed: only what the stream loads
    // itself is detached once read.
    Set<T> managedBefore = Collections.newSetFromMap(new IdentityHashMap<>());
    managedBefore.addAll(ManagedEntities.of(em, relation().target.type()));
    TypedQuery<T> query = paged(em.createQuery(targetQuery()));
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
    CriteriaBuilder cb = cb();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<T> target = query.from(relation().target.type());
    query.select(cb.count(target)).where(targetPredicate(query, target));
    return bound.inSession(() -> bound.em().createQuery(query).getSingleResult());
  }

  @Override
  public boolean exists() {
    if (limit == 0) {
      return false;
    }
    return bound.inSession(() -> !paged(bound.em().createQuery(targetKeyQuery()))
        .setMaxResults(1).getResultList().isEmpty());
  }

  /**
   * The keys of the matching targets, unordered and unpaged, for {@code delete}: the targets are
   * locked exclusively until the transaction ends.
   */
  @SuppressWarnings("unchecked")
  List<TK> targetKeys() {
    CriteriaQuery<Object> query = targetKeyQuery();
    Path<?> key = (Path<?>) query.getSelection();
    return (List<TK>) ExistenceLocks.exclusive(bound.em(), query, key, relation().target).getResultList();
  }

  private CriteriaQuery<Object> targetKeyQuery() {
    CriteriaQuery<Object> query = cb().createQuery(Object.class);
    Root<T> target = query.from(relation().target.type());
    return query.select(CriteriaPaths.path(target, relation().target.keyAttribute()))
        .where(targetPredicate(query, target));
  }

  @Override
  public List<Linked<T, J>> withThrough() {
    Relation<S, K, T, TK, J> relation = relation();
    CriteriaBuilder cb = cb();
    CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
    Root<J> through = query.from(relation.throughType);
    Root<T> target = query.from(relation.target.type());
    Path<Object> targetKey = CriteriaPaths.path(target, relation.target.keyAttribute());
    List<Predicate> predicates = new ArrayList<>();
    predicates.add(cb.equal(targetKey, CriteriaPaths.path(through, relation.throughKeyToPath)));
    predicates.add(throughOfSource(through));
    throughRestrictions.forEach(r -> predicates.add(r.toPredicate(through, cb)));
    targetRestrictions.forEach(r -> predicates.add(r.toPredicate(target, cb)));
    List<jakarta.persistence.criteria.Order> orders = new ArrayList<>(targetOrders(target));
    for (Order<? super J> order : throughOrders) {
      Path<Object> attribute = CriteriaPaths.path(through, CriteriaPaths.attributeOf(order));
      orders.add(CriteriaPaths.toCriteria(cb, CriteriaPaths.sortKey(cb, attribute, order), order));
    }
    orders.add(cb.asc(targetKey));
    orders.add(cb.asc(CriteriaPaths.path(through, relation.throughIdAttribute)));
    query.select(cb.array(target, through)).where(predicates.toArray(Predicate[]::new)).orderBy(orders);
    List<Object[]> rows = bound.inSession(() -> paged(bound.em().createQuery(query)).getResultList());
    List<Linked<T, J>> linked = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      linked.add(new Linked<>(relation.target.type().cast(row[0]), relation.throughType.cast(row[1])));
    }
    return linked;
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
      Path<Object> key = CriteriaPaths.path(target, side.keyAttribute());
      query.select(key).where(targetPredicate(query, target), key.in(chunk));
      matching.addAll(bound.em().createQuery(query).getResultList());
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
    Path<Object> targetKey = CriteriaPaths.path(target, relation.target.keyAttribute());
    List<jakarta.persistence.criteria.Order> orders = new ArrayList<>(targetOrders(target));
    for (Order<? super J> order : throughOrders) {
      orders.add(CriteriaPaths.toCriteria(cb, throughSortKey(query, targetKey, order), order));
    }
    orders.add(cb.asc(targetKey));
    return query.select(target).where(targetPredicate(query, target)).orderBy(orders);
  }

  private List<jakarta.persistence.criteria.Order> targetOrders(Root<T> target) {
    CriteriaBuilder cb = cb();
    List<jakarta.persistence.criteria.Order> orders = new ArrayList<>();
    for (Order<? super T> order : targetOrders) {
      Path<Object> attribute = CriteriaPaths.path(target, CriteriaPaths.attributeOf(order));
      orders.add(CriteriaPaths.toCriteria(cb, CriteriaPaths.sortKey(cb, attribute, order), order));
    }
    return orders;
  }

  /** Linked to the source by a matching through row, and matching the target restrictions. */
  private Predicate targetPredicate(CommonAbstractCriteria query, Root<T> target) {
    CriteriaBuilder cb = cb();
    Path<Object> targetKey = CriteriaPaths.path(target, relation().target.keyAttribute());
    // Typed like the key, so that Hibernate accepts the comparison.
    @SuppressWarnings("unchecked")
    Class<Object> keyType = (Class<Object>) targetKey.getJavaType();
    Subquery<Object> linked = query.subquery(keyType);
    Root<J> through = linked.from(relation().throughType);
    linked.select(CriteriaPaths.path(through, relation().throughKeyToPath))
        .where(throughPredicates(through).toArray(Predicate[]::new));
    List<Predicate> predicates = new ArrayList<>();
    predicates.add(targetKey.in(linked));
    targetRestrictions.forEach(r -> predicates.add(r.toPredicate(target, cb)));
    return cb.and(predicates.toArray(Predicate[]::new));
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
    List<Predicate> predicates = throughPredicates(through);
    predicates.add(cb.equal(CriteriaPaths.path(through, relation().throughKeyToPath), targetKey));
    Expression<Comparable<Object>> value = order.caseSensitive()
        ? attribute
        : comparable(cb.lower(attribute.as(String.class)));
    rows.select(order.direction() == SortDirection.ASCENDING ? cb.least(value) : cb.greatest(value))
        .where(predicates.toArray(Predicate[]::new));
    return rows;
  }

  private List<Predicate> throughPredicates(Root<J> through) {
    List<Predicate> predicates = new ArrayList<>();
    predicates.add(throughOfSource(through));
    throughRestrictions.forEach(r -> predicates.add(r.toPredicate(through, cb())));
    return predicates;
  }

  private Predicate throughOfSource(Root<J> through) {
    return cb().equal(CriteriaPaths.path(through, relation().throughKeyFromPath), bound.sourceKey());
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
