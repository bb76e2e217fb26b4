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
import org.hibernate.query.SortDirection;

/**
 * Loads the targets of many sources at once: one statement per chunk of distinct source keys,
 * joining through rows to targets, so the number of statements does not grow with the sources.
 * A per-source limit is a {@code row_number()} window over the distinct (source, target) pairs.
 */
final class RelationInclusion<S, K, T, TK, J> implements Inclusion<S, T> {

  private final Relation<S, K, T, TK, J> relation;
  private final List<Order<? super T>> orders;
  private final int limit;
  private final List<Inclusion<? super T, ?>> nested;

  RelationInclusion(Relation<S, K, T, TK, J> relation) {
    this(relation, List.of(), -1, List.of());
  }

  private RelationInclusion(Relation<S, K, T, TK, J> relation, List<Order<? super T>> orders, int limit,
      List<Inclusion<? super T, ?>> nested) {
    this.relation = relation;
    this.orders = orders;
    this.limit = limit;
    this.nested = nested;
  }

  @Override
  public String name() {
    return relation.field;
  }

  @Override
  public Inclusion<S, T> orderBy(Order<? super T> order) {
    Objects.requireNonNull(order, "order");
    List<Order<? super T>> more = new ArrayList<>(orders);
    more.add(order);
    return new RelationInclusion<>(relation, List.copyOf(more), limit, nested);
  }

  @Override
  public Inclusion<S, T> limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new RelationInclusion<>(relation, orders, limit, nested);
  }

  @Override
  public Inclusion<S, T> then(Inclusion<? super T, ?> inclusion) {
    Objects.requireNonNull(inclusion, "nested");
    List<Inclusion<? super T, ?>> more = new ArrayList<>(nested);
    more.add(inclusion);
    return new RelationInclusion<>(relation, orders, limit, List.copyOf(more));
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
    String hql = targetsByKey.isEmpty() ? null : hql(em);
    if (hql != null) {
      FlushScope.autoFlushing(em, () -> {
        loadChunks(em, hql, targetsByKey);
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
   * dominates with many sources.
   */
  private void loadChunks(EntityManager em, String hql, Map<K, List<T>> targetsByKey) {
    boolean first = true;
    for (List<K> chunk : KeyChunks.split(targetsByKey.keySet(), KeyChunks.sizeFor(em))) {
      var query = em.createQuery(hql, Object[].class).setParameter("sources", chunk);
      if (!first) {
        query.setFlushMode(FlushModeType.COMMIT);
      }
      first = false;
      if (limit >= 0) {
        query.setParameter("limit", (long) limit);
      }
      for (Object[] row : query.getResultList()) {
        List<T> targets = targetsByKey.get(row[0]);
        T target = relation.target.type().cast(row[1]);
        // Rows of one source and target are adjacent: they sort alike.
        if (targets != null && (targets.isEmpty() || targets.get(targets.size() - 1) != target)) {
          targets.add(target);
        }
      }
    }
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
    String load = "select s from " + relation.source.entityName() + " s where s."
        + relation.source.keyAttribute() + " in :ids";
    for (List<Object> chunk : KeyChunks.split(ids, KeyChunks.sizeFor(em))) {
      em.createQuery(load, relation.source.type()).setParameter("ids", chunk).getResultList();
    }
  }

  private String hql(EntityManager em) {
    if (orders.isEmpty() && limit < 0) {
      return relation.hql.include;
    }
    List<String> sortKeys = new ArrayList<>();
    List<String> sortTerms = new ArrayList<>();
    for (Order<? super T> order : orders) {
      String attribute = "t2." + checkedAttribute(em, order);
      String key = order.caseSensitive() ? attribute : "lower(" + attribute + ")";
      sortKeys.add(key);
      sortTerms.add(key + (order.direction() == SortDirection.ASCENDING ? " asc" : " desc")
          + switch (order.nullPrecedence() == null ? jakarta.persistence.criteria.Nulls.NONE : order.nullPrecedence()) {
            case FIRST -> " nulls first";
            case LAST -> " nulls last";
            case NONE -> "";
          });
    }
    String tk = relation.target.keyAttribute();
    String jf = "j." + relation.throughKeyFromPath;
    String jt = "j." + relation.throughKeyToPath;
    String pairs = " from " + relation.throughEntityName + " j join " + relation.target.entityName()
        + " t2 on t2." + tk + " = " + jt + " where " + jf + " in :sources";
    sortTerms.add("t2." + tk);
    String window = String.join(", ", sortTerms);
    if (limit < 0) {
      return "select " + jf + ", t2" + pairs + " order by " + window;
    }
    String groupBy = jf + ", t2." + tk + (sortKeys.isEmpty() ? "" : ", " + String.join(", ", sortKeys));
    return "select x.sk, t from " + relation.target.entityName() + " t join (select " + jf + " as sk, t2." + tk
        + " as tk, row_number() over (partition by " + jf + " order by " + window + ") as rn" + pairs
        + " group by " + groupBy + ") x on x.tk = t." + tk
        + " where x.rn <= :limit order by x.sk, x.rn";
  }

  /** The order's attribute, checked against the metamodel: names never reach HQL unchecked. */
  private String checkedAttribute(EntityManager em, Order<? super T> order) {
    String name = CriteriaPaths.attributeOf(order);
    try {
      em.getMetamodel().entity(relation.target.type()).getSingularAttribute(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          relation.target.entityName() + " has no single-valued attribute '" + name + "' to order by", e);
    }
    return name;
  }
}
