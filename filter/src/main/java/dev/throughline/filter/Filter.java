package dev.throughline.filter;

import dev.throughline.Inclusion;
import dev.throughline.Inclusions;
import dev.throughline.RelationAccessor;
import dev.throughline.RelationQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.hibernate.query.Order;
import org.hibernate.query.SelectionQuery;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;

/**
 * A parsed LoopBack filter for one entity: a restriction, orders, a page and inclusions, all typed
 * Hibernate and Throughline objects. Get one from {@link Filters#parse}; apply it to a relation's
 * query ({@link #applyTo}), find with it ({@link #find(EntityManager)}, {@link
 * #find(EntityManager, RelationAccessor)}), or include its relations in entities loaded otherwise
 * ({@link #include}). Immutable.
 *
 * @param <T> the entity
 */
public final class Filter<T> {

  private final Class<T> type;
  private final Restriction<T> where;
  private final List<Order<? super T>> orders;
  private final int offset;
  private final Integer limit;
  private final List<Inclusion<? super T, ?>> inclusions;
  private final SingularAttribute<? super T, ?> id;

  Filter(Class<T> type, Restriction<T> where, List<Order<? super T>> orders, int offset, Integer limit,
      List<Inclusion<? super T, ?>> inclusions, SingularAttribute<? super T, ?> id) {
    this.type = type;
    this.where = where;
    this.orders = List.copyOf(orders);
    this.offset = offset;
    this.limit = limit;
    this.inclusions = List.copyOf(inclusions);
    this.id = id;
  }

  /**
   * The entity this filter is for.
   *
   * @return the entity class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The filter's {@code where}, if it has one.
   *
   * @return the restriction, or empty
   */
  public Optional<Restriction<T>> where() {
    return Optional.ofNullable(where);
  }

  /**
   * The filter's {@code order}, in the order given.
   *
   * @return the orders, unmodifiable; empty when none
   */
  public List<Order<? super T>> orders() {
    return orders;
  }

  /**
   * The filter's {@code skip} (or {@code offset}).
   *
   * @return how many results to skip; 0 when not given
   */
  public int offset() {
    return offset;
  }

  /**
   * The filter's {@code limit}.
   *
   * @return the most results, or empty for all
   */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * The filter's {@code include}: one inclusion per relation, each with its scope applied.
   *
   * @return the inclusions, unmodifiable; empty when none
   */
  public List<Inclusion<? super T, ?>> inclusions() {
    return inclusions;
  }

  /**
   * This filter with one more condition that must hold as well, given by the application rather
   * than the filter text: a restriction of its own, or a relation's {@code some}, {@code none} or
   * {@code every} ({@code filter.and(DoctorPatients.some(...))}).
   *
   * @param restriction the condition to add to the filter's {@code where}
   * @return a filter whose {@code where} is both
   */
  public Filter<T> and(Restriction<T> restriction) {
    Objects.requireNonNull(restriction, "restriction");
    Restriction<T> both = where == null ? restriction : Restriction.all(where, restriction);
    return new Filter<>(type, both, orders, offset, limit, inclusions, id);
  }

  /**
   * This filter's where, orders and page on a relation's query; its inclusions are not part of a
   * query (see {@link #find(EntityManager, RelationAccessor)}).
   *
   * @param query a query over a relation's targets, such as {@code DoctorPatients.of(em, id).query()}
   * @param <J> the relation's through entity
   * @return the refined query
   */
  public <J> RelationQuery<T, J> applyTo(RelationQuery<T, J> query) {
    RelationQuery<T, J> refined = Objects.requireNonNull(query, "query");
    if (where != null) {
      refined = refined.where(where);
    }
    for (Order<? super T> order : orders) {
      refined = refined.orderBy(order);
    }
    if (offset > 0) {
      refined = refined.offset(offset);
    }
    if (limit != null) {
      refined = refined.limit(limit);
    }
    return refined;
  }

  /**
   * The entities that match, ordered as asked and then by id, one page of them, with the
   * inclusions loaded: one statement, and one per inclusion level and chunk of keys.
   *
   * @param em the persistence context to work in
   * @return the entities
   */
  public List<T> find(EntityManager em) {
    Objects.requireNonNull(em, "em");
    SelectionSpecification<T> specification = SelectionSpecification.create(type);
    if (where != null) {
      specification = specification.restrict(where);
    }
    for (Order<? super T> order : orders) {
      specification = specification.sort(order);
    }
    if (id != null) {
      specification = specification.sort(Order.asc(id));
    }
    SelectionQuery<T> query = specification.createQuery(em);
    if (offset > 0) {
      query.setFirstResult(offset);
    }
    if (limit != null) {
      query.setMaxResults(limit);
    }
    List<T> found = query.getResultList();
    include(em, found);
    return found;
  }

  /**
   * The targets of a relation that match, ordered and paged as asked, with the inclusions loaded:
   * one statement, and one per inclusion level and chunk of keys.
   *
   * @param em the persistence context the accessor works in
   * @param relation the relation of one source, such as {@code DoctorPatients.of(em, id)}
   * @return the targets
   */
  public List<T> find(EntityManager em, RelationAccessor<?, ?, T, ?, ?> relation) {
    Objects.requireNonNull(em, "em");
    List<T> found = applyTo(Objects.requireNonNull(relation, "relation").query()).list();
    include(em, found);
    return found;
  }

  /**
   * Loads this filter's inclusions into entities loaded otherwise ({@code em.find}, a query of
   * the application's own); nothing when it has none.
   *
   * @param em the persistence context to work in
   * @param entities the entities to include relations of
   */
  public void include(EntityManager em, Collection<? extends T> entities) {
    Objects.requireNonNull(em, "em");
    Objects.requireNonNull(entities, "entities");
    if (!inclusions.isEmpty() && !entities.isEmpty()) {
      Inclusions.load(em, entities, inclusions);
    }
  }

  @Override
  public String toString() {
    return "Filter<" + type.getSimpleName() + ">[where=" + (where != null) + ", orders=" + orders.size() + ", offset="
        + offset + ", limit=" + limit + ", include=" + inclusions.stream().map(Inclusion::name).toList() + "]";
  }
}
