package dev.throughline.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.filter.clinic.Clinic;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random and hostile filters (random JSON, LoopBack-shaped filters with wrong names and values,
 * deep nesting, huge numbers, injection text, truncated and trailing text) end in a filter or a
 * {@link FilterException}, never in another exception; every other filter that parses is also run
 * on H2, which must not fail either.
 *
 * <p>The filters come from one seed, the same on every run; {@code -Dthroughline.fuzz.seed=<n>}
 * draws others. Every case runs, and each failing one is reported with the seed, its index, the
 * entity and the filter text.
 */
class FilterFuzzTest {

  private static final int CASES = 5_000;
  private static final long SEED = Long.getLong("throughline.fuzz.seed", 20_260_101L);
  /** Enough failing cases to see a pattern; the rest are counted. */
  private static final int FAILURES_SHOWN = 10;

  private static Clinic clinic;

  @BeforeAll
  static void open() {
    clinic = Clinic.open("filter_fuzz");
  }

  @AfterAll
  static void close() {
    clinic.close();
  }

  @Test
  void endsInAFilterOrAFilterException() {
    Random seeds = new Random(SEED);
    Outcomes outcomes = new Outcomes();
    List<String> failures = new ArrayList<>();
    for (int index = 0; index < CASES; index++) {
      FuzzFilters filters = new FuzzFilters(new Random(seeds.nextLong()));
      Class<?> entity = filters.entity();
      String text = filters.filter();
      try {
        check(entity, text, outcomes);
      } catch (AssertionError | RuntimeException | StackOverflowError failure) {
        failures.add(String.format("case %d of -Dthroughline.fuzz.seed=%d, %s %s: %s",
            index, SEED, entity.getSimpleName(), abbreviated(text), failure));
      }
    }
    System.out.printf("FilterFuzzTest: seed %d; %d filters: %d refused, %d parsed, %d of them run on H2%n",
        SEED, CASES, outcomes.refused, outcomes.parsed, outcomes.executed);

    assertThat(failures.subList(0, Math.min(FAILURES_SHOWN, failures.size())))
        .as("%d of %d filters ended otherwise; the first of them", failures.size(), CASES)
        .isEmpty();
    assertThat(outcomes.refused + outcomes.parsed).as("filters that ended in a refusal or a filter")
        .isGreaterThanOrEqualTo(5_000);
    // the kinds of filter stay mixed: many refused, many parsed, and of those many run
    assertThat(outcomes.refused).as("refused").isGreaterThan(500);
    assertThat(outcomes.executed).as("run on H2").isGreaterThan(500);
    assertThat(outcomes.parsed - outcomes.executed).as("parsed, not run").isGreaterThan(500);
  }

  private static void check(Class<?> entity, String text, Outcomes outcomes) {
    Filter<?> filter;
    try {
      filter = clinic.filters().parse(entity, text);
    } catch (FilterException refused) {
      assertThat(refused.path()).isNotNull();
      outcomes.refused++;
      return;
    }
    if (++outcomes.parsed % 2 == 0) {
      clinic.read(session -> filter.find(session));
      outcomes.executed++;
    }
  }

  /** How the cases ended so far. */
  private static final class Outcomes {
    int refused;
    int parsed;
    int executed;
  }

  private static String abbreviated(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "... (" + text.length() + " characters)";
  }
}
