package dev.throughline.filter;

import dev.throughline.filter.clinic.Doctor;
import dev.throughline.filter.clinic.Patient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random and hostile filter texts for {@link FilterFuzzTest}, drawn from one seeded {@link Random}
 * so that a seed gives the same texts again: LoopBack-shaped filters with wrong names and values,
 * typed filters that are mostly valid, any JSON with filter words as keys, truncated filters with
 * trailing garbage, deeply nested conditions and plain random text.
 */
final class FuzzFilters {

  private static final List<String> FILTER_KEYS =
      List.of("where", "order", "limit", "skip", "offset", "include", "fields", "relation", "scope");
  private static final List<String> NAMES = List.of("name", "pid", "id", "born", "registered", "seen", "card",
      "level", "visits", "weight", "balance", "insured", "patients", "medicines", "and", "or", "nmae", "");
  private static final List<String> OPERATORS = List.of("eq", "neq", "gt", "gte", "lt", "lte", "between", "inq",
      "nin", "like", "nlike", "ilike", "nilike", "regexp", "near", "options");
  private static final List<String> HOSTILE = List.of("'; drop table Patient; --", "\" or 1=1 --", "name DESC; delete",
      "%", "_", "\\\\", "\\\\%", "\\u0000", "\\ud800", "😀", "a.b", "[0]", "__proto__", "constructor", "$where",
      "1980-01-15", "2026-01-01T09:00:00", "2026-01-01T09:00:00Z", "+999999999-12-31", "HIGH", "LOW",
      "11111111-1111-1111-1111-111111111111", "true", "3", "-1", "1e400", "name DESC", "name ASC, pid DESC", "A%");
  private static final List<String> NUMBERS = List.of("0", "1", "-1", "3", "1000", "1001", "2.5", "-0", "1e400",
      "-1e400", "1e-400", "123456789012345678901234567890", "9223372036854775808", "2147483648", "0.1e1");
  private static final List<String> GARBAGE =
      List.of("", "}", "]", " x", "{}", ",", "\"", "/* */", "\u0000", "'", " ; drop table Patient");

  private final Random random;

  FuzzFilters(Random random) {
    this.random = random;
  }

  /** The entity a filter is parsed for: mostly the patient, whose attributes have every type. */
  Class<?> entity() {
    return random.nextInt(4) < 3 ? Patient.class : Doctor.class;
  }

  /** One filter text of any of the kinds, in the proportions 5:5:2:1:1:1. */
  String filter() {
    int kind = random.nextInt(15);
    if (kind < 5) {
      return filter(3);
    } else if (kind < 10) {
      return typedFilter();
    } else if (kind < 12) {
      return json(4);
    } else if (kind == 12) {
      String json = filter(2);
      return json.substring(0, Math.min(between(0, 200), json.length())) + oneOf(GARBAGE);
    } else if (kind == 13) {
      int depth = between(1, 3_000);
      return "{\"where\":" + "{\"and\":[".repeat(depth) + "{}" + "]}".repeat(depth) + "}";
    } else {
      return text(30);
    }
  }

  /** A filter of known names and operators with values of the right type, most of them valid. */
  private String typedFilter() {
    // one condition per attribute at most: a repeated JSON key is a different refusal, tried elsewhere
    Map<String, String> conditions = new LinkedHashMap<>();
    int size = between(0, 3);
    while (conditions.size() < size) {
      String condition = typedCondition();
      conditions.putIfAbsent(condition.substring(0, condition.indexOf(':')), condition);
    }
    String where = "{" + String.join(",", conditions.values()) + "}";
    String order = oneOf(List.of("", ",\"order\":\"name DESC\"", ",\"order\":[\"pid\",\"name\"]"));
    String include = oneOf(List.of("", ",\"include\":\"medicines\"",
        ",\"include\":{\"relation\":\"medicines\",\"scope\":{\"limit\":1,\"order\":\"name\"}}",
        ",\"include\":{\"relation\":\"medicines\",\"scope\":{\"skip\":1}}"));
    return "{\"where\":" + where + order + ",\"limit\":" + between(1, 1_000) + ",\"skip\":" + between(0, 5)
        + include + "}";
  }

  private String typedCondition() {
    return switch (random.nextInt(10)) {
      case 0 -> typed("name", oneOf(List.of("eq", "neq", "gt", "lte", "like", "nlike", "ilike", "nilike")),
          typedText());
      case 1 -> typed("name", oneOf(List.of("inq", "nin")), array(between(0, 5), this::typedText));
      case 2 -> typed("name", "between", array(2, this::typedText));
      case 3 -> typed("visits", oneOf(List.of("eq", "neq", "gt", "gte", "lt", "lte")), String.valueOf(anyInt()));
      case 4 -> typed("pid", oneOf(List.of("inq", "nin")), array(between(0, 5), () -> String.valueOf(anyLong())));
      case 5 -> typed("born", oneOf(List.of("eq", "gt", "lt")),
          oneOf(List.of("\"1980-01-15\"", "\"0001-01-01\"", "\"9999-12-31\"")));
      case 6 -> typed("level", oneOf(List.of("eq", "neq")), oneOf(List.of("\"HIGH\"", "\"LOW\"", "null")));
      case 7 -> typed("weight", oneOf(List.of("gt", "lt")), String.valueOf(anyDouble()));
      case 8 -> typed("balance", oneOf(List.of("gte", "lt")), amount());
      default -> typed("insured", oneOf(List.of("eq", "neq")), oneOf(List.of("true", "false")));
    };
  }

  private String typedText() {
    return quoteEscaped(random.nextBoolean() ? oneOf(HOSTILE) : text(12));
  }

  private static String typed(String attribute, String operator, String value) {
    return quote(attribute) + ":{" + quote(operator) + ":" + value + "}";
  }

  /** An amount with two decimals between minus and plus a trillion. */
  private String amount() {
    long cents = (long) ((random.nextDouble() * 2 - 1) * 1e14);
    return BigDecimal.valueOf(cents, 2).toString();
  }

  /** A LoopBack-shaped filter whose names, operators and values are often wrong. */
  private String filter(int depth) {
    return object(5, () -> switch (random.nextInt(7)) {
      case 0 -> "\"where\":" + where(3);
      case 1 -> "\"order\":" + order();
      case 2 -> "\"limit\":" + number();
      case 3 -> "\"skip\":" + number();
      case 4 -> "\"offset\":" + number();
      case 5 -> "\"include\":" + include(depth);
      default -> key() + ":" + json(2);
    });
  }

  private String where(int depth) {
    return object(4, () -> switch (random.nextInt(depth == 0 ? 2 : 3)) {
      case 0 -> quote(oneOf(NAMES)) + ":" + value();
      case 1 -> quote(oneOf(NAMES)) + ":" + operatorObject();
      default -> quote(random.nextBoolean() ? "and" : "or") + ":" + array(between(0, 3), () -> where(depth - 1));
    });
  }

  private String operatorObject() {
    return object(3, () -> quote(oneOf(OPERATORS)) + ":"
        + (random.nextBoolean() ? value() : array(between(0, 4), this::value)));
  }

  private String order() {
    Supplier<String> one = () -> quote(random.nextBoolean()
        ? oneOf(NAMES) + oneOf(List.of("", " ASC", " DESC", " desc", " up", " DESC x"))
        : oneOf(HOSTILE));
    return random.nextBoolean() ? one.get() : array(between(0, 3), one);
  }

  private String include(int depth) {
    Supplier<String> one = () -> {
      String relation = quote(oneOf(List.of("patients", "medicines", "doctors", "")));
      if (random.nextBoolean()) {
        return relation;
      }
      return depth == 0
          ? "{\"relation\":" + relation + "}"
          : "{\"relation\":" + relation + ",\"scope\":" + filter(depth - 1) + "}";
    };
    return random.nextBoolean() ? one.get() : array(between(0, 3), one);
  }

  /** Any JSON at all, with filter words as keys. */
  private String json(int depth) {
    if (depth == 0) {
      return value();
    }
    return switch (random.nextInt(3)) {
      case 0 -> value();
      case 1 -> object(4, () -> key() + ":" + json(depth - 1));
      default -> array(between(0, 4), () -> json(depth - 1));
    };
  }

  private String key() {
    List<String> words = switch (random.nextInt(4)) {
      case 0 -> FILTER_KEYS;
      case 1 -> NAMES;
      case 2 -> OPERATORS;
      default -> HOSTILE;
    };
    return quote(oneOf(words));
  }

  private String value() {
    return switch (random.nextInt(6)) {
      case 0 -> number();
      case 1 -> oneOf(List.of("true", "false", "null"));
      case 2 -> quote(oneOf(HOSTILE));
      case 3 -> quoteEscaped(text(12));
      case 4 -> String.valueOf(anyLong());
      default -> String.valueOf(anyDouble());
    };
  }

  private String number() {
    return switch (random.nextInt(3)) {
      case 0 -> oneOf(NUMBERS);
      case 1 -> String.valueOf(between(-5, 2_000));
      default -> quote(oneOf(NUMBERS));
    };
  }

  /** A JSON object of up to {@code maxMembers} members. */
  private String object(int maxMembers, Supplier<String> member) {
    List<String> members = new ArrayList<>();
    for (int i = between(0, maxMembers); i > 0; i--) {
      members.add(member.get());
    }
    return "{" + String.join(",", members) + "}";
  }

  /** A JSON array of exactly {@code size} elements. */
  private static String array(int size, Supplier<String> element) {
    List<String> elements = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      elements.add(element.get());
    }
    return "[" + String.join(",", elements) + "]";
  }

  /**
   * Text of up to {@code maxLength} characters: mostly printable ASCII, with JSON's own
   * punctuation, control characters, any UTF-16 unit (lone surrogates too) and emoji.
   */
  private String text(int maxLength) {
    StringBuilder text = new StringBuilder();
    for (int i = between(0, maxLength); i > 0; i--) {
      int kind = random.nextInt(20);
      if (kind < 11) {
        text.append((char) between(0x20, 0x7e));
      } else if (kind < 14) {
        text.append("\"\\{}[]:,'%_".charAt(random.nextInt(11)));
      } else if (kind < 16) {
        text.append((char) between(0, 0x1f));
      } else if (kind < 19) {
        text.append((char) random.nextInt(0x10000));
      } else {
        text.appendCodePoint(between(0x1f300, 0x1faff));
      }
    }
    return text.toString();
  }

  /** Any int, its extremes and small values more often than their share. */
  private int anyInt() {
    return switch (random.nextInt(5)) {
      case 0 -> oneOf(List.of(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE));
      case 1 -> between(-1_000, 1_000);
      default -> random.nextInt();
    };
  }

  /** Any long, its extremes and small values more often than their share. */
  private long anyLong() {
    return switch (random.nextInt(5)) {
      case 0 -> oneOf(List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
      case 1 -> between(-1_000, 1_000);
      default -> random.nextLong();
    };
  }

  /** Any finite double, of any magnitude, its extremes more often than their share. */
  private double anyDouble() {
    return switch (random.nextInt(5)) {
      case 0 -> oneOf(List.of(0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE));
      case 1 -> (random.nextDouble() * 2 - 1) * 1_000;
      default -> (random.nextDouble() * 2 - 1) * Math.pow(10, between(-308, 307));
    };
  }

  private int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  private <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A JSON string of {@code text}, which may hold JSON escapes already (the hostile texts do). */
  private static String quote(String text) {
    return "\"" + text.replace("\"", "\\\"") + "\"";
  }

  /** A JSON string of arbitrary text, every character escaped that JSON needs escaped. */
  private static String quoteEscaped(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\' || c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
