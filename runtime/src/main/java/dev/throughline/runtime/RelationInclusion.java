package dev.throughline.runtime;

import dev.throughline.Inclusion;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Collections;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.hibernate.query.Order;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.query.SelectionQuery;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaDerivedRoot;
import org.hibernate.query.criteria.JpaSubQuery;
import org.hibernate.query.criteria.JpaWindow;
import org.hibernate.query.restriction.Restriction;

/**
 * Loads the targets of many sources at once: one statement per chunk of distinct source keys,
 * joining through rows to targets, so the number of statements does not grow with the sources.
 * A per-source page (offset, limit) is a {@code row_number()} window over the distinct (source,
 * target) pairs.
 */
final class RelationInclusion<S, K, T, TK, J> implements Inclusion<S, T> {

  private final Relation<S, K, T, TK, J> relation;
  private final LinkedTargets<S, K, T, TK, J> linked;
  private final List<Restriction<? super T>> where;
  private final List<Order<? super T>> orders;
  private final int offset;
  private final int limit;
  private final List<Inclusion<? super T, ?>> nested;

  RelationInclusion(Relation<S, K, T, TK, J> relation) {
    this(relation, List.of(), List.of(), 0, -1, List.of());
  }

  private RelationInclusion(Relation<S, K, T, TK, J> relation, List<Restriction<? super T>> where,
      List<Order<? super T>> orders, int offset, int limit, List<Inclusion<? super T, ?>> nested) {
    this.relation = relation;
    this.linked = new LinkedTargets<>(relation);
    this.where = where;
    this.orders = orders;
    this.offset = offset;
    this.limit = limit;
    this.nested = nested;
  }

  @Override
  public String name() {
    return relation.field;
  }

  @Override
  public Class<T> targetType() {
    return relation.target.type();
  }

  @Override
  public Inclusion<S, T> where(Restriction<? super T> restriction) {
    Objects.requireNonNull(restriction, "where");
    return new RelationInclusion<>(relation, Refinements.plus(where, restriction), orders, offset, limit, nested);
  }

  @Override
  public Inclusion<S, T> orderBy(Order<? super T> order) {
    CriteriaPaths.attributeOf(Objects.requireNonNull(order, "order"));
    return new RelationInclusion<>(relation, where, Refinements.plus(orders, order), offset, limit, nested);
  }

  @Override
  public Inclusion<S, T> offset(int offset) {
    return new RelationInclusion<>(relation, where, orders, Refinements.notNegative(offset, "offset"), limit, nested);
  }

  @Override
  public Inclusion<S, T> limit(int limit) {
    return new RelationInclusion<>(relation, where, orders, offset, Refinements.notNegative(limit, "limit"), nested);
  }

  @Override
  public Inclusion<S, T> then(Inclusion<? super T, ?> inclusion) {
    Objects.requireNonNull(inclusion, "nested");
    return new RelationInclusion<>(relation, where, orders, offset, limit, Refinements.plus(nested, inclusion));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<Object, List<T>> load(EntityManager em, Collection<? extends S> sources) {
    return (Map<Object, List<T>>) (Map<?, ?>) loadByKey(em, sources);
  }

  /** {@link #load} with the source key type kept. */
  Map<K, List<T>> loadByKey(EntityManager em, Collection<? extends S> sources) {
    Objects.requireNonNull(em, "em");
    Objects.requireNonNull(sources, "sources");
    Map<K, List<T>> targetsByKey = new LinkedHashMap<>();
    for (S source : sources) {
      if (source == null) {
        throw new NullPointerException("sources contains null");
      }
      K key = relation.source.keyOrNull(em, source);
      if (key != null) {
        targetsByKey.putIfAbsent(key, new ArrayList<>());
      }
    }
    if (!targetsByKey.isEmpty()) {
      checkOrders(em);
      FlushScope.autoFlushing(em, () -> {
        loadChunks(em, targetsByKey);
        return null;
      });
    }
    loadUninitializedProxies(em, sources);
    for (S source : sources) {
      // A source not yet persisted has no key and so no links.
      K key = relation.source.keyOrNull(em, source);
      relation.relationField.accept(EntitySide.unproxied(source), key == null ? new ArrayList<>() : new ArrayList<>(targetsByKey.get(key)));
    }
    if (!nested.isEmpty()) {
      Set<T> included = Collections.newSetFromMap(new IdentityHashMap<>());
      targetsByKey.values().forEach(included::addAll);
      List<T> targets = new ArrayList<>(included);
      for (Inclusion<? super T, ?> inclusion : nested) {
        inclusion.load(em, targets);
      }
    }
    return targetsByKey;
  }

  /**
   * One statement per chunk of source keys. Only the first may flush (not under {@code MANUAL}):
   * an automatic flush before each one would dirty-check every loaded entity again, which
   * dominates with many sources. Without refinements, targets with integral keys are put in key
   * order here rather than by the statement ({@link TargetKeyOrder}).
   */
  private void loadChunks(EntityManager em, Map<K, List<T>> targetsByKey) {
    boolean unrefined = unrefined();
    boolean orderInJava = unrefined && relation.targetKeyOrder.inJava(em);
    Dialect dialect = KeyChunks.dialectOf(em);
    boolean first = true;
    for (List<K> chunk : KeyChunks.split(targetsByKey.keySet(), KeyChunks.sizeFor(dialect))) {
      TypedQuery<Object[]> query = unrefined
          ? unrefinedQuery(em, dialect, chunk, !orderInJava)
          : criteriaQuery(em, chunk);
      if (!first) {
        query.setFlushMode(FlushModeType.COMMIT);
      }
      first = false;
      for (Object[] row : query.getResultList()) {
        List<T> targets = targetsByKey.get(row[0]);
        T target = relation.target.type().cast(row[1]);
        // In the statement's order, rows of one source and target are adjacent: they sort alike.
        if (targets != null && (orderInJava || targets.isEmpty() || targets.get(targets.size() - 1) != target)) {
          targets.add(target);
        }
      }
    }
    if (orderInJava) {
      targetsByKey.values().forEach(targets -> relation.targetKeyOrder.sortDistinct(em, targets));
    }
  }

  private boolean unrefined() {
    return where.isEmpty() && orders.isEmpty() && offset == 0 && limit < 0;
  }

  /**
   * The statement of one chunk in target key order: without restriction, order or page, the text of
   * {@link RelationHql}; else the criteria query.
   */
  TypedQuery<Object[]> query(EntityManager em, List<K> chunk) {
    return unrefined() ? unrefinedQuery(em, KeyChunks.dialectOf(em), chunk, true) : criteriaQuery(em, chunk);
  }

  /**
   * The statement of one chunk without restriction, order or page, as text translated once: the
   * keys as one array where {@link SourceKeyArrays} binds them so, else one parameter each (one
   * text per chunk length).
   */
  private TypedQuery<Object[]> unrefinedQuery(EntityManager em, Dialect dialect, List<K> chunk, boolean ordered) {
    Object[] keys = SourceKeyArrays.arrayOrNull(dialect, chunk);
    if (keys != null) {
      return em.createQuery(relation.hql.pairsOfSourceArray(ordered), Object[].class)
          .setParameter(RelationHql.SOURCE_KEY_ARRAY, keys);
    }
    String hql = ordered ? relation.hql.pairsOfSources(chunk.size()) : relation.hql.unorderedPairsOfSources(chunk.size());
    return KeyParameters.bind(em.createQuery(hql, Object[].class), chunk);
  }

  /** The statement of one chunk from the criteria model, whatever the refinements. */
  TypedQuery<Object[]> criteriaQuery(EntityManager em, List<K> chunk) {
    TypedQuery<Object[]> query = em.createQuery(limit < 0 && offset == 0 ? pairs(em, chunk) : rankedPairs(em, chunk));
    query.unwrap(SelectionQuery.class).setQueryPlanCacheable(true);
    return query;
  }

  /**
   * Loads, in one statement per chunk, the sources that are still uninitialized proxies: their
   * fields are about to be set, and initializing them one by one would cost a statement each.
   */
  private void loadUninitializedProxies(EntityManager em, Collection<? extends S> sources) {
    List<Object> ids = new ArrayList<>();
    for (S source : sources) {
      LazyInitializer proxy = HibernateProxy.extractLazyInitializer(source);
      if (proxy != null && proxy.isUninitialized()) {
        ids.add(proxy.getIdentifier());
      }
    }
    if (ids.isEmpty() || !relation.source.keyIsId()) {
      return;
    }
    for (List<Object> chunk : KeyChunks.split(ids, KeyChunks.sizeFor(em))) {
      em.createQuery(relation.hql.sourcesByKey, relation.source.type()).setParameter("sources", chunk).getResultList();
    }
  }

  /**
   * The source key and the target of every through row of these sources, ordered by source, then
   * as asked, then by target key: rows of one source and target are adjacent.
   */
  private CriteriaQuery<Object[]> pairs(EntityManager em, List<K> sourceKeys) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
    Root<J> through = query.from(relation.throughType);
    Root<T> target = query.from(relation.target.type());
    List<jakarta.persistence.criteria.Order> order = CriteriaPaths.orders(cb, target, orders);
    order.add(cb.asc(linked.targetKey(target)));
    return query.select(cb.array(linked.sourceKeyOf(through), target))
        .where(matching(cb, through, target, sourceKeys))
        .orderBy(order);
  }

  /** Through rows of these sources joined to their targets, only targets matching {@link #where}. */
  private jakarta.persistence.criteria.Predicate[] matching(
      CriteriaBuilder cb, Root<J> through, Root<T> target, List<K> sourceKeys) {
    List<jakarta.persistence.criteria.Predicate> predicates = new ArrayList<>();
    predicates.add(linked.pairs(cb, through, target));
    predicates.add(linked.ofSources(through, sourceKeys));
    where.forEach(restriction -> predicates.add(restriction.toPredicate(target, cb)));
    return predicates.toArray(jakarta.persistence.criteria.Predicate[]::new);
  }

  /**
   * The same pairs, one page per source (after {@code offset}, at most {@code limit}): a {@code
   * row_number()} window, partitioned by source and ordered as asked, over the distinct (source,
   * target) pairs, joined back to the targets.
   */
  private CriteriaQuery<Object[]> rankedPairs(EntityManager em, List<K> sourceKeys) {
    HibernateCriteriaBuilder cb = em.unwrap(Session.class).getCriteriaBuilder();
    JpaCriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
    JpaSubQuery<Tuple> ranked = query.subquery(Tuple.class);
    Root<J> through = ranked.from(relation.throughType);
    Root<T> pairTarget = ranked.from(relation.target.type());
    Path<Object> sourceKey = linked.sourceKeyOf(through);
    Path<Object> pairTargetKey = linked.targetKey(pairTarget);
    List<jakarta.persistence.criteria.Order> order = CriteriaPaths.orders(cb, pairTarget, orders);
    order.add(cb.asc(pairTargetKey));
    List<Expression<?>> grouping = new ArrayList<>(List.of(sourceKey, pairTargetKey));
    for (jakarta.persistence.criteria.Order sort : order) {
      grouping.add(sort.getExpression());
    }
    JpaWindow window = cb.createWindow().partitionBy(sourceKey).orderBy(order.toArray(jakarta.persistence.criteria.Order[]::new));
    ranked.multiselect(sourceKey.alias("sk"), pairTargetKey.alias("tk"), cb.rowNumber(window).alias("rn"))
        .where(matching(cb, through, pairTarget, sourceKeys))
        .groupBy(grouping);
    JpaDerivedRoot<Tuple> pair = query.from(ranked);
    Root<T> target = query.from(relation.target.type());
    List<jakarta.persistence.criteria.Predicate> page = new ArrayList<>();
    page.add(cb.equal(pair.get("tk"), linked.targetKey(target)));
    if (offset > 0) {
      page.add(cb.gt(pair.get("rn"), (long) offset));
    }
    if (limit >= 0) {
      page.add(cb.le(pair.get("rn"), (long) offset + limit));
    }
    return query.select(cb.array(pair.get("sk"), target))
        .where(page.toArray(jakarta.persistence.criteria.Predicate[]::new))
        .orderBy(cb.asc(pair.get("sk")), cb.asc(pair.get("rn")));
  }

  /** Checks the orders' attributes against the metamodel first, for a message that names them. */
  private void checkOrders(EntityManager em) {
    for (Order<? super T> order : orders) {
      String name = CriteriaPaths.attributeOf(order);
      try {
        em.getMetamodel().entity(relation.target.type()).getSingularAttribute(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            relation.target.entityName() + " has no single-valued attribute '" + name + "' to order by", e);
      }
    }
  }
}
