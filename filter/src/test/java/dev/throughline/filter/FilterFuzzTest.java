package dev.throughline.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.filter.clinic.Clinic;
import dev.throughline.filter.clinic.Doctor;
import dev.throughline.filter.clinic.Patient;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Random and hostile filters (random JSON, LoopBack-shaped filters with wrong names and values,
 * deep nesting, huge numbers, injection text, truncated and trailing text) end in a filter or a
 * {@link FilterException}, never in another exception; every other filter that parses is also run
 * on H2, which must not fail either.
 */
class FilterFuzzTest {

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

  private static Clinic clinic;
  private static final AtomicInteger tries = new AtomicInteger();
  private static final AtomicInteger parsed = new AtomicInteger();
  private static final AtomicInteger executed = new AtomicInteger();

  @BeforeContainer
  static void open() {
    clinic = Clinic.open("filter_fuzz");
  }

  @AfterContainer
  static void close() {
    clinic.close();
    assertThat(tries.get()).isGreaterThanOrEqualTo(5_000);
    assertThat(executed.get()).isGreaterThan(500);
    assertThat(parsed.get() - executed.get()).isGreaterThan(500);
  }

  @Property(tries = 5_000)
  void endsInAFilterOrAFilterException(@ForAll("filters") String text, @ForAll("entities") Class<?> entity) {
    tries.incrementAndGet();
    Filter<?> filter;
    try {
      filter = clinic.filters().parse(entity, text);
    } catch (FilterException refused) {
      assertThat(refused.path()).isNotNull();
      Statistics.collect("refused");
      return;
    }
    if (parsed.incrementAndGet() % 2 == 0) {
      Filter<?> parsed = filter;
      clinic.read(session -> parsed.find(session));
      executed.incrementAndGet();
      Statistics.collect("parsed and run on H2");
    } else {
      Statistics.collect("parsed");
    }
  }

  @Provide
  Arbitrary<Class<?>> entities() {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Patient.class)), Tuple.of(1, Arbitraries.just(Doctor.class)));
  }

  @Provide
  Arbitrary<String> filters() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, filter(3)),
        Tuple.of(5, typedFilter()),
        Tuple.of(2, json(4)),
        Tuple.of(1, Combinators.combine(filter(2), Arbitraries.integers().between(0, 200), garbage())
            .as((json, cut, tail) -> json.substring(0, Math.min(cut, json.length())) + tail)),
        Tuple.of(1, Arbitraries.integers().between(1, 3_000).map(depth -> "{\"where\":" + "{\"and\":[".repeat(depth)
            + "{}" + "]}".repeat(depth) + "}")),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(30)));
  }

  /** A filter of known names and operators with values of the right type, most of them valid. */
  private Arbitrary<String> typedFilter() {
    Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of(HOSTILE), Arbitraries.strings().ofMaxLength(12))
        .map(FilterFuzzTest::quoteEscaped);
    Arbitrary<String> condition = Arbitraries.oneOf(
        typed("name", Arbitraries.of("eq", "neq", "gt", "lte", "like", "nlike", "ilike", "nilike"), text),
        typed("name", Arbitraries.of("inq", "nin"), text.list().ofMaxSize(5).map(FilterFuzzTest::array)),
        typed("name", Arbitraries.of("between"), text.list().ofSize(2).map(FilterFuzzTest::array)),
        typed("visits", Arbitraries.of("eq", "neq", "gt", "gte", "lt", "lte"),
            Arbitraries.integers().map(String::valueOf)),
        typed("pid", Arbitraries.of("inq", "nin"),
            Arbitraries.longs().map(String::valueOf).list().ofMaxSize(5).map(FilterFuzzTest::array)),
        typed("born", Arbitraries.of("eq", "gt", "lt"), Arbitraries.of("\"1980-01-15\"", "\"0001-01-01\"",
            "\"9999-12-31\"")),
        typed("level", Arbitraries.of("eq", "neq"), Arbitraries.of("\"HIGH\"", "\"LOW\"", "null")),
        typed("weight", Arbitraries.of("gt", "lt"), Arbitraries.doubles().map(String::valueOf)),
        typed("balance", Arbitraries.of("gte", "lt"),
            Arbitraries.bigDecimals().ofScale(2).between(java.math.BigDecimal.valueOf(-1e12),
                java.math.BigDecimal.valueOf(1e12)).map(String::valueOf)),
        typed("insured", Arbitraries.of("eq", "neq"), Arbitraries.of("true", "false")));
    Arbitrary<String> where = condition.list().ofMaxSize(3)
        .uniqueElements(typed -> typed.substring(0, typed.indexOf(':'))).map(conditions -> "{" + String.join(",", conditions) + "}");
    return Combinators.combine(where, Arbitraries.of("", ",\"order\":\"name DESC\"", ",\"order\":[\"pid\",\"name\"]"),
            Arbitraries.integers().between(1, 1_000), Arbitraries.integers().between(0, 5),
            Arbitraries.of("", ",\"include\":\"medicines\"",
                ",\"include\":{\"relation\":\"medicines\",\"scope\":{\"limit\":1,\"order\":\"name\"}}",
                ",\"include\":{\"relation\":\"medicines\",\"scope\":{\"skip\":1}}"))
        .as((w, order, limit, skip, include) ->
            "{\"where\":" + w + order + ",\"limit\":" + limit + ",\"skip\":" + skip + include + "}");
  }

  private static Arbitrary<String> typed(String attribute, Arbitrary<String> operators, Arbitrary<String> values) {
    return Combinators.combine(operators, values).as((op, value) -> quote(attribute) + ":{" + quote(op) + ":" + value
        + "}");
  }

  private static String array(List<String> values) {
    return "[" + String.join(",", values) + "]";
  }

  /** A LoopBack-shaped filter whose names, operators and values are often wrong. */
  private Arbitrary<String> filter(int depth) {
    Arbitrary<String> member = Arbitraries.oneOf(
        where(3).map(where -> "\"where\":" + where),
        order().map(order -> "\"order\":" + order),
        number().map(limit -> "\"limit\":" + limit),
        number().map(skip -> "\"skip\":" + skip),
        number().map(offset -> "\"offset\":" + offset),
        include(depth).map(include -> "\"include\":" + include),
        Combinators.combine(key(), json(2)).as((key, value) -> key + ":" + value));
    return member.list().ofMaxSize(5).map(members -> "{" + String.join(",", members) + "}");
  }

  private Arbitrary<String> where(int depth) {
    Arbitrary<String> condition = Combinators.combine(Arbitraries.of(NAMES), value()).as(
        (name, value) -> quote(name) + ":" + value);
    Arbitrary<String> operators = Combinators.combine(Arbitraries.of(NAMES), operatorObject()).as(
        (name, value) -> quote(name) + ":" + value);
    Arbitrary<String> member = depth == 0
        ? Arbitraries.oneOf(condition, operators)
        : Arbitraries.oneOf(condition, operators, Combinators.combine(Arbitraries.of("and", "or"),
            Arbitraries.lazy(() -> where(depth - 1)).list().ofMaxSize(3))
            .as((logical, parts) -> quote(logical) + ":[" + String.join(",", parts) + "]"));
    return member.list().ofMaxSize(4).map(members -> "{" + String.join(",", members) + "}");
  }

  private Arbitrary<String> operatorObject() {
    Arbitrary<String> operand = Arbitraries.oneOf(value(), value().list().ofMaxSize(4)
        .map(values -> "[" + String.join(",", values) + "]"));
    return Combinators.combine(Arbitraries.of(OPERATORS), operand).as((op, value) -> quote(op) + ":" + value)
        .list().ofMaxSize(3).map(members -> "{" + String.join(",", members) + "}");
  }

  private Arbitrary<String> order() {
    Arbitrary<String> one = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of("", " ASC", " DESC", " desc", " up", " DESC x"))
            .as((name, direction) -> name + direction),
        Arbitraries.of(HOSTILE));
    return Arbitraries.oneOf(one.map(FilterFuzzTest::quote),
        one.list().ofMaxSize(3).map(orders -> "[" + String.join(",", orders.stream().map(FilterFuzzTest::quote).toList())
            + "]"));
  }

  private Arbitrary<String> include(int depth) {
    Arbitrary<String> name = Arbitraries.of("patients", "medicines", "doctors", "").map(FilterFuzzTest::quote);
    Arbitrary<String> object = depth == 0
        ? name.map(relation -> "{\"relation\":" + relation + "}")
        : Combinators.combine(name, Arbitraries.lazy(() -> filter(depth - 1)))
            .as((relation, scope) -> "{\"relation\":" + relation + ",\"scope\":" + scope + "}");
    Arbitrary<String> one = Arbitraries.oneOf(name, object);
    return Arbitraries.oneOf(one, one.list().ofMaxSize(3).map(all -> "[" + String.join(",", all) + "]"));
  }

  /** Any JSON at all, with filter words as keys. */
  private Arbitrary<String> json(int depth) {
    if (depth == 0) {
      return value();
    }
    Arbitrary<String> object = Combinators.combine(key(), Arbitraries.lazy(() -> json(depth - 1)))
        .as((key, value) -> key + ":" + value).list().ofMaxSize(4)
        .map(members -> "{" + String.join(",", members) + "}");
    Arbitrary<String> array = Arbitraries.lazy(() -> json(depth - 1)).list().ofMaxSize(4)
        .map(elements -> "[" + String.join(",", elements) + "]");
    return Arbitraries.oneOf(value(), object, array);
  }

  private Arbitrary<String> key() {
    return Arbitraries.oneOf(Arbitraries.of(FILTER_KEYS), Arbitraries.of(NAMES), Arbitraries.of(OPERATORS),
        Arbitraries.of(HOSTILE)).map(FilterFuzzTest::quote);
  }

  private Arbitrary<String> value() {
    return Arbitraries.oneOf(number(), Arbitraries.of("true", "false", "null"),
        Arbitraries.of(HOSTILE).map(FilterFuzzTest::quote),
        Arbitraries.strings().ofMaxLength(12).map(FilterFuzzTest::quoteEscaped),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.doubles().map(String::valueOf));
  }

  private Arbitrary<String> number() {
    return Arbitraries.oneOf(Arbitraries.of(NUMBERS), Arbitraries.integers().between(-5, 2_000).map(String::valueOf),
        Arbitraries.of(NUMBERS).map(FilterFuzzTest::quote));
  }

  private Arbitrary<String> garbage() {
    return Arbitraries.of("", "}", "]", " x", "{}", ",", "\"", "/* */", "\u0000", "'", " ; drop table Patient");
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
