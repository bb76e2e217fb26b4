package dev.throughline.filter;

import dev.throughline.filter.JsonValue.JsonArray;
import dev.throughline.filter.JsonValue.JsonString;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.query.Order;
import org.hibernate.query.SortDirection;

/**
 * LoopBack's {@code order}: {@code "name DESC"}, {@code "name"} (ascending), a comma-separated
 * string of those, or an array of them; each becomes a Hibernate {@link Order} on the metamodel
 * attribute.
 *
 * @param <T> the entity
 */
final class OrderParser<T> {

  private final EntityAttributes<T> attributes;

  OrderParser(EntityAttributes<T> attributes) {
    this.attributes = attributes;
  }

  List<Order<? super T>> parse(JsonValue order, FilterPath path) {
    List<Order<? super T>> orders = new ArrayList<>();
    if (order instanceof JsonString string) {
      orders.addAll(orders(string.value(), path));
    } else if (order instanceof JsonArray array) {
      for (int i = 0; i < array.elements().size(); i++) {
        if (!(array.elements().get(i) instanceof JsonString string)) {
          throw new FilterException(path.index(i).toString(), "an order is a string, not "
              + array.elements().get(i).kind(), "\"attribute ASC\" or \"attribute DESC\"");
        }
        orders.addAll(orders(string.value(), path.index(i)));
      }
    } else {
      throw new FilterException(path.toString(), "order is a string or an array of strings, not " + order.kind(),
          "\"name DESC\", \"name ASC, id DESC\" or [\"name DESC\", \"id\"]");
    }
    return orders;
  }

  private List<Order<? super T>> orders(String text, FilterPath path) {
    List<Order<? super T>> orders = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String[] words = part.trim().split("\\s+");
      if (words.length > 2 || words[0].isEmpty()) {
        throw new FilterException(path.toString(), "the order " + FilterPath.quoted(part.trim())
            + " is not an attribute and a direction", "\"attribute\", \"attribute ASC\" or \"attribute DESC\"");
      }
      SingularAttribute<? super T, ?> attribute = attributes.find(words[0]);
      if (attribute == null) {
        throw new FilterException(path.toString(),
            attributes.entityName() + " has no attribute " + FilterPath.quoted(words[0]) + " to order by",
            attributes.names());
      }
      orders.add(Order.by(attribute, direction(words, path)));
    }
    return orders;
  }

  private static SortDirection direction(String[] words, FilterPath path) {
    if (words.length == 1) {
      return SortDirection.ASCENDING;
    }
    switch (words[1].toUpperCase(Locale.ROOT)) {
      case "ASC":
        return SortDirection.ASCENDING;
      case "DESC":
        return SortDirection.DESCENDING;
      default:
        throw new FilterException(path.toString(), "the direction " + FilterPath.quoted(words[1]) + " is unknown",
            "ASC, DESC");
    }
  }
}
