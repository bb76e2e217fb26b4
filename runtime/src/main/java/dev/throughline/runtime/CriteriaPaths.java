package dev.throughline.runtime;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Path;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.query.Order;
import org.hibernate.query.SortDirection;

/** Small translations from relation names and Hibernate orders to criteria expressions. */
final class CriteriaPaths {

  private CriteriaPaths() {}

  /** The path {@code a.b.c} from {@code from}. */
  static Path<Object> path(Path<?> from, String dottedPath) {
    Path<?> path = from;
    for (String attribute : dottedPath.split("\\.")) {
      path = path.get(attribute);
    }
    @SuppressWarnings("unchecked")
    Path<Object> result = (Path<Object>) path;
    return result;
  }

  /** The attribute an order sorts by, which must be named. */
  static String attributeOf(Order<?> order) {
    String name = order.attributeName();
    if (name == null) {
      throw new IllegalArgumentException(
          "Order " + order + " sorts by result position; relation queries need an order by attribute");
    }
    return name;
  }

  /** The sort expression: lower-cased when the order ignores case. */
  static Expression<?> sortKey(CriteriaBuilder cb, Path<Object> attribute, Order<?> order) {
    if (!order.caseSensitive()) {
      return cb.lower(attribute.as(String.class));
    }
    return attribute;
  }

  /** The criteria orders for attribute orders of {@code from}, in sequence. */
  static <E> List<jakarta.persistence.criteria.Order> orders(
      CriteriaBuilder cb, Path<E> from, List<? extends Order<? super E>> orders) {
    List<jakarta.persistence.criteria.Order> criteria = new ArrayList<>(orders.size() + 2);
    for (Order<? super E> order : orders) {
      Path<Object> attribute = path(from, attributeOf(order));
      criteria.add(toCriteria(cb, sortKey(cb, attribute, order), order));
    }
    return criteria;
  }

  /** The criteria order for an expression, with the order's direction and null precedence. */
  static jakarta.persistence.criteria.Order toCriteria(CriteriaBuilder cb, Expression<?> key, Order<?> order) {
    boolean ascending = order.direction() == SortDirection.ASCENDING;
    Nulls nulls = order.nullPrecedence() == null ? Nulls.NONE : order.nullPrecedence();
    return ascending ? cb.asc(key, nulls) : cb.desc(key, nulls);
  }
}
