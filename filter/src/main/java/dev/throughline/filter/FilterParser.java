package dev.throughline.filter;

import dev.throughline.Inclusion;
import dev.throughline.filter.JsonValue.JsonArray;
import dev.throughline.filter.JsonValue.JsonNumber;
import dev.throughline.filter.JsonValue.JsonObject;
import dev.throughline.filter.JsonValue.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.query.Order;
import org.hibernate.query.restriction.Restriction;

/**
 * A LoopBack filter object ({@code where}, {@code order}, {@code limit}, {@code skip}/{@code
 * offset}, {@code include}) for one entity, and each inclusion's {@code scope}, which is a filter
 * for the relation's target: an inclusion takes the scope's where, orders, page (per source) and
 * nested inclusions, so a scope costs what the same refinements of the inclusion cost.
 */
final class FilterParser {

  private static final String FILTER_KEYS = "where, order, limit, skip, offset, include";
  private static final String INCLUDE_KEYS = "relation, scope";
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,10}");

  private final Filters filters;
  private final FilterLimits limits;

  FilterParser(Filters filters) {
    this.filters = filters;
    this.limits = filters.limits();
  }

  /** The filter {@code value} at {@code path}, {@code depth} inclusions deep. */
  <T> Filter<T> filter(Class<T> type, JsonValue value, FilterPath path, int depth) {
    if (!(value instanceof JsonObject object)) {
      throw new FilterException(path.toString(), "a filter is a JSON object, not " + value.kind(),
          "{" + FILTER_KEYS + "}");
    }
    EntityAttributes<T> attributes = filters.attributes(type);
    Restriction<T> where = null;
    List<Order<? super T>> orders = List.of();
    Integer skip = null;
    Integer limit = null;
    List<Inclusion<? super T, ?>> inclusions = List.of();
    for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
      FilterPath at = path.key(member.getKey());
      switch (member.getKey()) {
        case "where":
          where = new WhereParser<>(attributes, limits).parse(member.getValue(), at, 0);
          break;
        case "order":
          orders = new OrderParser<>(attributes).parse(member.getValue(), at);
          break;
        case "limit":
          limit = count(member.getValue(), at, 1, limits.maxLimit());
          break;
        case "skip":
        case "offset":
          if (skip != null) {
            throw new FilterException(at.toString(), "skip and offset are the same; give one", "skip or offset");
          }
          skip = count(member.getValue(), at, 0, Integer.MAX_VALUE);
          break;
        case "include":
          inclusions = includes(type, member.getValue(), at, depth + 1);
          break;
        default:
          String problem = member.getKey().equals("fields")
              ? "fields is not supported: a filter returns whole entities"
              : "unknown filter key " + FilterPath.quoted(member.getKey());
          throw new FilterException(at.toString(), problem, FILTER_KEYS);
      }
    }
    return new Filter<>(type, where, orders, skip == null ? 0 : skip, limit, inclusions, attributes.id());
  }

  /** A whole number from {@code min} to {@code max}, as a JSON number or a string of digits. */
  private static int count(JsonValue value, FilterPath path, int min, int max) {
    BigDecimal number = null;
    if (value instanceof JsonNumber json) {
      number = json.value();
    } else if (value instanceof JsonString text && COUNT.matcher(text.value()).matches()) {
      number = new BigDecimal(text.value());
    }
    if (number != null && number.compareTo(BigDecimal.valueOf(min)) >= 0
        && number.compareTo(BigDecimal.valueOf(max)) <= 0) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException notWhole) {
        // reported below
      }
    }
    throw new FilterException(path.toString(), "not a whole number from " + min + " to " + max,
        "a whole number from " + min + " to " + max);
  }

  /** {@code include}: a relation name, an inclusion object, or an array of either. */
  private <T> List<Inclusion<? super T, ?>> includes(Class<T> type, JsonValue value, FilterPath path, int depth) {
    if (depth > limits.maxDepth()) {
      throw new FilterException(path.toString(), "inclusions nest deeper than " + limits.maxDepth() + " levels",
          "at most " + limits.maxDepth() + " levels of include");
    }
    List<String> names = filters.relationNames(type);
    if (names == null || names.isEmpty()) {
      throw new FilterException(path.toString(), type.getSimpleName() + " has no relations to include", "no include");
    }
    List<JsonValue> elements = new ArrayList<>();
    List<FilterPath> paths = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (int i = 0; i < array.elements().size(); i++) {
        elements.add(array.elements().get(i));
        paths.add(path.index(i));
      }
    } else {
      elements.add(value);
      paths.add(path);
    }
    List<Inclusion<? super T, ?>> inclusions = new ArrayList<>();
    Set<String> included = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      Inclusion<T, ?> inclusion = inclusion(type, names, elements.get(i), paths.get(i), depth);
      if (!included.add(inclusion.name())) {
        throw new FilterException(paths.get(i).toString(), "the relation " + inclusion.name() + " is included twice",
            "each relation once");
      }
      inclusions.add(inclusion);
    }
    return inclusions;
  }

  private <T> Inclusion<T, ?> inclusion(Class<T> type, List<String> names, JsonValue value, FilterPath path,
      int depth) {
    JsonValue relation = value;
    JsonValue scope = null;
    FilterPath relationPath = path;
    if (value instanceof JsonObject object) {
      for (String key : object.members().keySet()) {
        if (!key.equals("relation") && !key.equals("scope")) {
          throw new FilterException(path.key(key).toString(), "unknown inclusion key " + FilterPath.quoted(key),
              INCLUDE_KEYS);
        }
      }
      relation = object.members().get("relation");
      scope = object.members().get("scope");
      relationPath = path.key("relation");
      if (relation == null) {
        throw new FilterException(path.toString(), "the inclusion names no relation",
            "{\"relation\": \"" + names.get(0) + "\", \"scope\": {...}}");
      }
    }
    if (!(relation instanceof JsonString name)) {
      throw new FilterException(relationPath.toString(), "a relation is named by a string, not " + relation.kind(),
          String.join(", ", names));
    }
    if (!names.contains(name.value())) {
      throw new FilterException(relationPath.toString(), type.getSimpleName() + " has no relation "
          + FilterPath.quoted(name.value()) + " to include", String.join(", ", names));
    }
    Inclusion<T, ?> inclusion = filters.inclusion(type, name.value());
    return scope == null ? inclusion : scoped(inclusion, scope, path.key("scope"), depth);
  }

  /** The inclusion refined by its scope, a filter on the relation's target. */
  private <S, U> Inclusion<S, U> scoped(Inclusion<S, U> inclusion, JsonValue scope, FilterPath path, int depth) {
    Filter<U> filter = filter(inclusion.targetType(), scope, path, depth);
    Inclusion<S, U> scoped = inclusion;
    if (filter.where().isPresent()) {
      scoped = scoped.where(filter.where().get());
    }
    for (Order<? super U> order : filter.orders()) {
      scoped = scoped.orderBy(order);
    }
    if (filter.offset() > 0) {
      scoped = scoped.offset(filter.offset());
    }
    if (filter.limit().isPresent()) {
      scoped = scoped.limit(filter.limit().getAsInt());
    }
    for (Inclusion<? super U, ?> nested : filter.inclusions()) {
      scoped = scoped.then(nested);
    }
    return scoped;
  }
}
