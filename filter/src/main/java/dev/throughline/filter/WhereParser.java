package dev.throughline.filter;

import dev.throughline.filter.JsonValue.JsonArray;
import dev.throughline.filter.JsonValue.JsonNull;
import dev.throughline.filter.JsonValue.JsonObject;
import dev.throughline.filter.JsonValue.JsonString;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.query.restriction.Restriction;

/**
 * LoopBack's {@code where}: an object whose keys are attributes (their value a value for equality,
 * an array for {@code inq}, or an object of operators) or {@code and}/{@code or} with an array of
 * such objects. Several keys, and several operators on one attribute, all have to hold. Each
 * condition becomes a Hibernate {@link Restriction} on the metamodel attribute, with the value
 * converted to the attribute's type; no query text is built.
 *
 * @param <T> the entity
 */
final class WhereParser<T> {

  private static final String LOGICAL = "and, or";
  private static final String EVERY_OPERATOR =
      "eq, neq, gt, gte, lt, lte, between, inq, nin, like, nlike, ilike, nilike";
  private static final String ORDERED_OPERATOR = "eq, neq, gt, gte, lt, lte, between, inq, nin";
  private static final String EQUALITY_OPERATOR = "eq, neq, inq, nin";

  private final EntityAttributes<T> attributes;
  private final FilterLimits limits;

  WhereParser(EntityAttributes<T> attributes, FilterLimits limits) {
    this.attributes = attributes;
    this.limits = limits;
  }

  /** The restriction {@code where} stands for; {@code depth} counts the {@code and}/{@code or} around it. */
  Restriction<T> parse(JsonValue where, FilterPath path, int depth) {
    if (!(where instanceof JsonObject object)) {
      throw new FilterException(path.toString(), "a where is an object of conditions, not " + where.kind(),
          "{\"attribute\": value}, {\"attribute\": {\"operator\": value}}, {\"and\": [...]}, {\"or\": [...]}");
    }
    List<Restriction<? super T>> conditions = new ArrayList<>();
    for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
      String key = member.getKey();
      FilterPath at = path.key(key);
      if (key.equals("and") || key.equals("or")) {
        conditions.add(logical(key.equals("and"), member.getValue(), at, depth + 1));
      } else {
        SingularAttribute<? super T, ?> attribute = attributes.find(key);
        if (attribute == null) {
          throw new FilterException(at.toString(),
              attributes.entityName() + " has no attribute " + FilterPath.quoted(key) + " to filter on",
              attributes.names() + ", " + LOGICAL);
        }
        conditions.add(condition(attribute, member.getValue(), at));
      }
    }
    return all(conditions);
  }

  private Restriction<T> logical(boolean and, JsonValue value, FilterPath path, int depth) {
    if (depth > limits.maxDepth()) {
      throw new FilterException(path.toString(), "and/or nest deeper than " + limits.maxDepth() + " levels",
          "at most " + limits.maxDepth() + " levels of and/or");
    }
    if (!(value instanceof JsonArray array)) {
      throw new FilterException(path.toString(), (and ? "and" : "or") + " takes an array of where objects, not "
          + value.kind(), "[{...}, {...}]");
    }
    List<Restriction<? super T>> parts = new ArrayList<>();
    for (int i = 0; i < array.elements().size(); i++) {
      parts.add(parse(array.elements().get(i), path.index(i), depth));
    }
    return and ? Restriction.all(parts) : Restriction.any(parts);
  }

  /** The condition on one attribute: a value, an array (inq), null, or an object of operators. */
  private Restriction<? super T> condition(SingularAttribute<? super T, ?> attribute, JsonValue value, FilterPath path) {
    if (value instanceof JsonObject operators) {
      if (operators.members().isEmpty()) {
        throw new FilterException(path.toString(), "the condition names no operator", operatorsFor(attribute));
      }
      List<Restriction<? super T>> conditions = new ArrayList<>();
      for (Map.Entry<String, JsonValue> operator : operators.members().entrySet()) {
        conditions.add(operator(attribute, operator.getKey(), operator.getValue(), path.key(operator.getKey())));
      }
      return all(conditions);
    }
    if (value instanceof JsonArray) {
      return in(attribute, value, path, false);
    }
    return equal(attribute, value, path, false);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Restriction<? super T> operator(SingularAttribute<? super T, ?> attribute, String operator,
      JsonValue value, FilterPath path) {
    SingularAttribute raw = attribute;
    switch (operator) {
      case "eq":
        return equal(attribute, value, path, false);
      case "neq":
        return equal(attribute, value, path, true);
      case "inq":
        return in(attribute, value, path, false);
      case "nin":
        return in(attribute, value, path, true);
      case "gt":
        return Restriction.greaterThan(raw, ordered(attribute, operator, value, path));
      case "gte":
        return Restriction.greaterThanOrEqual(raw, ordered(attribute, operator, value, path));
      case "lt":
        return Restriction.lessThan(raw, ordered(attribute, operator, value, path));
      case "lte":
        return Restriction.lessThanOrEqual(raw, ordered(attribute, operator, value, path));
      case "between":
        return between(attribute, value, path);
      case "like":
        return Restriction.like(text(attribute, operator, path), pattern(value, path), true);
      case "nlike":
        return Restriction.notLike(text(attribute, operator, path), pattern(value, path), true);
      case "ilike":
        return Restriction.like(text(attribute, operator, path), pattern(value, path), false);
      case "nilike":
        return Restriction.notLike(text(attribute, operator, path), pattern(value, path), false);
      default:
        throw new FilterException(path.toString(), "unknown operator " + FilterPath.quoted(operator) + " on "
            + attributes.entityName() + "." + attribute.getName(), operatorsFor(attribute));
    }
  }

  /** Equality, or (negated) inequality; null means IS NULL (IS NOT NULL), as in LoopBack. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private Restriction<? super T> equal(SingularAttribute<? super T, ?> attribute, JsonValue value, FilterPath path,
      boolean negated) {
    SingularAttribute raw = attribute;
    if (value instanceof JsonNull) {
      Restriction<? super T> notNull = Restriction.notNull(raw);
      return negated ? notNull : notNull.negated();
    }
    if (value instanceof JsonObject || value instanceof JsonArray) {
      throw new FilterException(path.toString(), "a value to compare with is not " + value.kind(),
          "a value of " + attributes.entityName() + "." + attribute.getName() + ", or null");
    }
    Object converted = ValueConverter.convert(attribute, value, path);
    return negated ? Restriction.unequal(raw, converted) : Restriction.equal(raw, converted);
  }

  /** inq or nin: an array of values; an empty one matches nothing (inq) or everything (nin). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private Restriction<? super T> in(SingularAttribute<? super T, ?> attribute, JsonValue value, FilterPath path,
      boolean negated) {
    if (!(value instanceof JsonArray array)) {
      throw new FilterException(path.toString(), (negated ? "nin" : "inq") + " takes an array of values, not "
          + value.kind(), "[value, ...] of at most " + limits.maxValues() + " values");
    }
    List<Object> values = new ArrayList<>(array.elements().size());
    for (int i = 0; i < array.elements().size(); i++) {
      JsonValue element = array.elements().get(i);
      if (element instanceof JsonNull || element instanceof JsonObject || element instanceof JsonArray) {
        throw new FilterException(path.index(i).toString(), "a list of values holds no " + element.kind(),
            "a value of " + attributes.entityName() + "." + attribute.getName());
      }
      values.add(ValueConverter.convert(attribute, element, path.index(i)));
    }
    if (values.isEmpty()) {
      return negated ? Restriction.unrestricted() : Restriction.any(List.<Restriction<T>>of());
    }
    SingularAttribute raw = attribute;
    return negated ? Restriction.notIn(raw, values) : Restriction.in(raw, values);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Restriction<? super T> between(SingularAttribute<? super T, ?> attribute, JsonValue value, FilterPath path) {
    if (!(value instanceof JsonArray array) || array.elements().size() != 2) {
      throw new FilterException(path.toString(), "between takes an array of two values",
          "[low, high], both included");
    }
    Comparable low = ordered(attribute, "between", array.elements().get(0), path.index(0));
    Comparable high = ordered(attribute, "between", array.elements().get(1), path.index(1));
    SingularAttribute raw = attribute;
    return Restriction.between(raw, low, high);
  }

  /** A value for gt, gte, lt, lte or between: not null, of an attribute whose values are ordered. */
  @SuppressWarnings("rawtypes")
  private Comparable ordered(SingularAttribute<? super T, ?> attribute, String operator, JsonValue value,
      FilterPath path) {
    if (!ValueConverter.comparable(attribute.getJavaType())) {
      throw new FilterException(path.toString(), operator + " does not apply to " + attributes.entityName() + "."
          + attribute.getName() + ", a " + ValueConverter.boxed(attribute.getJavaType()).getSimpleName(),
          operatorsFor(attribute));
    }
    if (value instanceof JsonNull || value instanceof JsonObject || value instanceof JsonArray) {
      throw new FilterException(path.toString(), operator + " compares with a value, not " + value.kind(),
          "a value of " + attributes.entityName() + "." + attribute.getName());
    }
    return (Comparable) ValueConverter.convert(attribute, value, path);
  }

  /** The attribute as a text attribute, which like and its variants need. */
  @SuppressWarnings("unchecked")
  private SingularAttribute<? super T, String> text(SingularAttribute<? super T, ?> attribute, String operator,
      FilterPath path) {
    if (ValueConverter.boxed(attribute.getJavaType()) != String.class) {
      throw new FilterException(path.toString(), operator + " applies to text, and " + attributes.entityName() + "."
          + attribute.getName() + " is a " + ValueConverter.boxed(attribute.getJavaType()).getSimpleName(),
          operatorsFor(attribute));
    }
    return (SingularAttribute<? super T, String>) attribute;
  }

  /**
   * A SQL LIKE pattern, as LoopBack's SQL connectors pass it: {@code %} any text, {@code _} one
   * character; a backslash (the escape character Hibernate declares) escapes {@code %}, {@code _}
   * or itself, the only escapes every supported database accepts.
   */
  private static String pattern(JsonValue value, FilterPath path) {
    String allowed = "a SQL LIKE pattern: % for any text, _ for one character, \\%, \\_ and \\\\ for themselves";
    if (!(value instanceof JsonString string)) {
      throw new FilterException(path.toString(), "a like pattern is a string, not " + value.kind(), allowed);
    }
    String pattern = string.value();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\0') {
        throw new FilterException(path.toString(), "text in a filter must not contain the NUL character", allowed);
      }
      if (c == '\\') {
        char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
        if (next != '%' && next != '_' && next != '\\') {
          throw new FilterException(path.toString(), "a backslash in a like pattern escapes only %, _ or \\", allowed);
        }
        i++;
      }
    }
    return pattern;
  }

  private String operatorsFor(SingularAttribute<? super T, ?> attribute) {
    Class<?> type = ValueConverter.boxed(attribute.getJavaType());
    if (type == String.class) {
      return EVERY_OPERATOR;
    }
    return ValueConverter.comparable(type) ? ORDERED_OPERATOR : EQUALITY_OPERATOR;
  }

  @SuppressWarnings("unchecked")
  private Restriction<T> all(List<Restriction<? super T>> conditions) {
    if (conditions.size() == 1) {
      return (Restriction<T>) conditions.get(0);
    }
    return conditions.isEmpty() ? Restriction.unrestricted() : Restriction.all(conditions);
  }
}
