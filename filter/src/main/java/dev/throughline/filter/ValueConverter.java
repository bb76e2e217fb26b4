package dev.throughline.filter;

import dev.throughline.filter.JsonValue.JsonBoolean;
import dev.throughline.filter.JsonValue.JsonNumber;
import dev.throughline.filter.JsonValue.JsonString;
import jakarta.persistence.metamodel.SingularAttribute;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Converts a JSON value to the Java type of an attribute, as LoopBack coerces filter values to the
 * property's type: numbers (also from numeric strings), strings, booleans (also "true" and
 * "false"), ISO dates and times, UUIDs and enum constants by name. Values that a database would
 * refuse to bind (out of range numbers, years beyond 9999, text with NUL characters) are refused
 * here instead.
 */
final class ValueConverter {

  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  /** Digits a BigInteger or BigDecimal value may have, and the largest scale either way. */
  private static final int MAX_DIGITS = 100;

  private ValueConverter() {}

  /** Whether values of this type have an order that gt, lt and between may use. */
  static boolean comparable(Class<?> type) {
    Class<?> boxed = boxed(type);
    return boxed != Boolean.class && !boxed.isEnum() && Comparable.class.isAssignableFrom(boxed);
  }

  /** {@code value} as the attribute's Java type; never null. */
  static Object convert(SingularAttribute<?, ?> attribute, JsonValue value, FilterPath path) {
    Class<?> type = boxed(attribute.getJavaType());
    String what = attribute.getDeclaringType().getJavaType().getSimpleName() + "." + attribute.getName();
    if (type == String.class) {
      return text(value, path, what);
    }
    if (type == Character.class) {
      String text = text(value, path, what);
      if (text.length() != 1) {
        throw wrong(path, what, "a character", "a string of one character");
      }
      return text.charAt(0);
    }
    if (type == Boolean.class) {
      if (value instanceof JsonBoolean bool) {
        return bool.value();
      }
      if (value instanceof JsonString string && (string.value().equals("true") || string.value().equals("false"))) {
        return Boolean.valueOf(string.value());
      }
      throw wrong(path, what, "a boolean", "true or false");
    }
    if (Number.class.isAssignableFrom(type)) {
      return number(type, decimal(value, path, what), path, what);
    }
    if (type == UUID.class) {
      String text = value instanceof JsonString string ? string.value() : "";
      if (!UUID_TEXT.matcher(text).matches()) {
        throw wrong(path, what, "a UUID", "a UUID string like \"123e4567-e89b-12d3-a456-426614174000\"");
      }
      return UUID.fromString(text);
    }
    if (type.isEnum()) {
      return constant(type, value, path, what);
    }
    if (type == LocalDate.class) {
      return temporal(value, path, what, "an ISO date like \"2026-01-31\"", LocalDate::parse);
    }
    if (type == LocalDateTime.class) {
      return temporal(value, path, what, "an ISO date-time like \"2026-01-31T09:30:00\"", LocalDateTime::parse);
    }
    if (type == LocalTime.class) {
      return temporal(value, path, what, "an ISO time like \"09:30:00\"", LocalTime::parse);
    }
    if (type == Instant.class) {
      return temporal(value, path, what, "an ISO instant like \"2026-01-31T09:30:00Z\"", Instant::parse);
    }
    if (type == OffsetDateTime.class) {
      return temporal(value, path, what, "an ISO date-time with offset like \"2026-01-31T09:30:00+01:00\"",
          OffsetDateTime::parse);
    }
    if (type == ZonedDateTime.class) {
      return temporal(value, path, what, "an ISO date-time with zone like \"2026-01-31T09:30:00+01:00[Europe/Paris]\"",
          ZonedDateTime::parse);
    }
    throw new FilterException(path.toString(), what + " is a " + type.getSimpleName() + ", which filters cannot compare",
        "");
  }

  /** The Java type, boxed: the metamodel gives {@code long} for a primitive field. */
  static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == short.class) {
      return Short.class;
    }
    if (type == byte.class) {
      return Byte.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    if (type == float.class) {
      return Float.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    return Character.class;
  }

  private static String text(JsonValue value, FilterPath path, String what) {
    if (!(value instanceof JsonString string)) {
      throw wrong(path, what, "text", "a string");
    }
    if (string.value().indexOf('\0') >= 0) {
      throw new FilterException(path.toString(), "text in a filter must not contain the NUL character", "a string");
    }
    return string.value();
  }

  private static BigDecimal decimal(JsonValue value, FilterPath path, String what) {
    if (value instanceof JsonNumber number) {
      return number.value();
    }
    if (value instanceof JsonString string && string.value().length() <= MAX_DIGITS
        && NUMBER.matcher(string.value()).matches()) {
      return new BigDecimal(string.value());
    }
    throw wrong(path, what, "a number", "a number, or a string holding one");
  }

  private static String numberKind(Class<?> type) {
    if (type == Long.class) {
      return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
    }
    if (type == Integer.class) {
      return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    }
    if (type == Short.class) {
      return "a whole number from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
    }
    if (type == Byte.class) {
      return "a whole number from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
    }
    if (type == BigInteger.class) {
      return "a whole number of at most " + MAX_DIGITS + " digits";
    }
    if (type == Double.class || type == Float.class) {
      return "a finite number";
    }
    if (type == BigDecimal.class) {
      return "a number of at most " + MAX_DIGITS + " digits";
    }
    return null;
  }

  private static Object number(Class<?> type, BigDecimal value, FilterPath path, String what) {
    String allowed = numberKind(type);
    try {
      if (type == Long.class) {
        return value.longValueExact();
      }
      if (type == Integer.class) {
        return value.intValueExact();
      }
      if (type == Short.class) {
        return value.shortValueExact();
      }
      if (type == Byte.class) {
        return value.byteValueExact();
      }
      if (type == BigInteger.class) {
        if (value.precision() - value.scale() <= MAX_DIGITS) {
          return value.toBigIntegerExact();
        }
      } else if (type == Double.class) {
        double number = value.doubleValue();
        if (Double.isFinite(number)) {
          return number;
        }
      } else if (type == Float.class) {
        float number = value.floatValue();
        if (Float.isFinite(number)) {
          return number;
        }
      } else if (type == BigDecimal.class) {
        if (value.precision() <= MAX_DIGITS && Math.abs(value.scale()) <= MAX_DIGITS) {
          return value;
        }
      }
    } catch (ArithmeticException e) {
      // out of range or not whole: reported below
    }
    throw wrong(path, what, allowed == null ? "a number" : allowed.replaceFirst("^an? ", "a "), allowed);
  }

  private static Object constant(Class<?> type, JsonValue value, FilterPath path, String what) {
    List<String> names = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      if (value instanceof JsonString string && string.value().equals(name)) {
        return constant;
      }
      names.add(name);
    }
    throw wrong(path, what, "one of " + type.getSimpleName() + "'s constants", String.join(", ", names));
  }

  private static Object temporal(JsonValue value, FilterPath path, String what, String allowed,
      Function<String, TemporalAccessor> parse) {
    if (value instanceof JsonString string) {
      try {
        TemporalAccessor parsed = parse.apply(string.value());
        if (yearFits(parsed)) {
          return parsed;
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw wrong(path, what, allowed.replaceFirst(" like .*", ""), allowed + ", year 1 to 9999");
  }

  /** Years every database stores: 1 to 9999. */
  private static boolean yearFits(TemporalAccessor value) {
    if (value instanceof Instant instant) {
      return !instant.isBefore(Instant.parse("0001-01-01T00:00:00Z"))
          && instant.isBefore(Instant.parse("9999-12-31T00:00:00Z"));
    }
    if (!value.isSupported(ChronoField.YEAR)) {
      return true;
    }
    int year = value.get(ChronoField.YEAR);
    return year >= 1 && year <= 9999;
  }

  private static FilterException wrong(FilterPath path, String what, String expected, String allowed) {
    return new FilterException(path.toString(), what + " takes " + expected, allowed);
  }
}
