package dev.throughline.it.session;

import dev.throughline.it.support.DatabaseTest;
import dev.throughline.it.support.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model-based test of the accessor inside the application's session: random sequences of the
 * accessor's writes mixed with the application's own persist, find, merge of detached copies,
 * changes to managed entities, flush, clear, commit and rollback, under each flush mode. A model
 * of the clinic says what the session and the database must show; {@link ModelRunner} compares
 * after every operation, in the same session, and after every commit, in a fresh one. Expected
 * values come from the model only.
 *
 * <p>A failing sequence is shortened (operations are removed while it still fails the same way)
 * and printed with its seed. System properties:
 *
 * <ul>
 *   <li>{@code throughline.model.seeds}: comma-separated seeds (default: three fixed seeds and one
 *       drawn for this run);
 *   <li>{@code throughline.model.modes}: flush modes among AUTO, COMMIT, MANUAL (default: all);
 *   <li>{@code throughline.model.steps}: operations per sequence after the setup (default 60);
 *   <li>{@code throughline.model.without}: operation types never to generate, e.g. {@code
 *       PersistAppointment,Rollback}.
 * </ul>
 */
class SessionModelTest extends DatabaseTest {

  private static final long[] FIXED_SEEDS = {1L, 2L, 3L};
  /** Replays allowed to shorten one failing sequence, each on an emptied database. */
  private static final int SHRINK_REPLAYS = 120;
  /** Replays made whatever the time they take, so that a busy machine still gets a short sequence. */
  private static final int SHRINK_REPLAYS_ANYWAY = 40;
  /** Time after which shortening stops, once {@link #SHRINK_REPLAYS_ANYWAY} replays are made. */
  private static final long SHRINK_NANOS = (TestDatabase.current().isH2() ? 2_000 : 5_000) * 1_000_000L;

  @TestFactory
  Stream<DynamicTest> randomSequencesKeepTheSessionAndTheDatabaseTrue() {
    long drawn = new Random().nextLong();
    List<Long> seeds = seeds(drawn);
    int steps = Integer.getInteger("throughline.model.steps", 60);
    Set<String> without = Set.copyOf(list("throughline.model.without"));
    List<SessionFlushMode> modes = list("throughline.model.modes").stream()
        .map(m -> SessionFlushMode.valueOf(m.toUpperCase(Locale.ROOT)))
        .toList();
    List<SessionFlushMode> chosen = modes.isEmpty() ? List.of(SessionFlushMode.values()) : modes;
    return chosen.stream().flatMap(mode -> seeds.stream().map(seed -> DynamicTest.dynamicTest(
        mode + ", seed " + seed + (seed == drawn ? " (drawn for this run)" : ""),
        () -> run(mode, seed, steps, without))));
  }

  private static List<Long> seeds(long drawn) {
    List<String> given = list("throughline.model.seeds");
    if (!given.isEmpty()) {
      return given.stream().map(Long::parseLong).toList();
    }
    List<Long> seeds = new ArrayList<>(Arrays.stream(FIXED_SEEDS).boxed().toList());
    seeds.add(drawn);
    return seeds;
  }

  private static List<String> list(String property) {
    String value = System.getProperty(property, "").trim();
    return value.isEmpty() ? List.of()
        : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** What running a sequence did: the operations that ran, and the failure that ended it, if any. */
  private record Outcome(List<Operation> executed, Mismatch failure, int replays) {

    Outcome(List<Operation> executed, Mismatch failure) {
      this(executed, failure, 0);
    }

    boolean failed() {
      return failure != null;
    }

    /** What failed, without values: the last operation's type and what was compared. */
    String signature() {
      return executed.get(executed.size() - 1).getClass().getSimpleName() + " / " + failure.kind;
    }
  }

  private void run(SessionFlushMode mode, long seed, int steps, Set<String> without) {
    OperationGenerator generator = new OperationGenerator(new Random(seed), without);
    List<Operation> executed = new ArrayList<>();
    Outcome outcome = null;
    try (ModelRunner runner = new ModelRunner(factory, sql, mode)) {
      runner.start();
      List<Operation> setup = generator.setup();
      for (int i = 0; outcome == null && i < setup.size() + steps + 1; i++) {
        Operation operation = i < setup.size() ? setup.get(i)
            : i < setup.size() + steps ? generator.next(runner)
            : generator.finalCommit();
        executed.add(operation);
        try {
          runner.execute(operation);
        } catch (Mismatch mismatch) {
          outcome = new Outcome(executed, mismatch);
        }
      }
    }
    if (outcome == null) {
      return;
    }
    Outcome shortest = shrink(mode, outcome);
    throw new AssertionError(report(mode, seed, outcome, shortest), shortest.failure());
  }

  /** Runs the operations that still apply, on an emptied database, until one fails. */
  private Outcome replay(SessionFlushMode mode, List<Operation> operations) {
    List<Operation> executed = new ArrayList<>();
    try (ModelRunner runner = new ModelRunner(factory, sql, mode)) {
      runner.start();
      for (Operation operation : operations) {
        if (!operation.applicable(runner)) {
          continue;
        }
        executed.add(operation);
        try {
          runner.execute(operation);
        } catch (Mismatch mismatch) {
          return new Outcome(executed, mismatch);
        }
      }
    }
    return new Outcome(executed, null);
  }

  /**
   * Removes chunks of operations, halving the chunk size down to single operations, as long as
   * the sequence still fails with the same signature; bounded by {@link #SHRINK_REPLAYS}, and by
   * {@link #SHRINK_NANOS} beyond {@link #SHRINK_REPLAYS_ANYWAY}.
   */
  private Outcome shrink(SessionFlushMode mode, Outcome failing) {
    String signature = failing.signature();
    Outcome best = failing;
    int replays = 0;
    long deadline = System.nanoTime() + SHRINK_NANOS;
    int chunk = Math.max(1, best.executed().size() / 2);
    while (replays < SHRINK_REPLAYS && (replays < SHRINK_REPLAYS_ANYWAY || System.nanoTime() < deadline)) {
      boolean progress = false;
      for (int start = 0; start < best.executed().size() && replays < SHRINK_REPLAYS
          && (replays < SHRINK_REPLAYS_ANYWAY || System.nanoTime() < deadline); ) {
        List<Operation> candidate = new ArrayList<>(best.executed());
        candidate.subList(start, Math.min(start + chunk, candidate.size())).clear();
        Outcome outcome = replay(mode, candidate);
        replays++;
        if (outcome.failed() && outcome.signature().equals(signature)
            && outcome.executed().size() < best.executed().size()) {
          best = outcome;
          progress = true;
        } else {
          start += chunk;
        }
      }
      if (!progress) {
        if (chunk == 1) {
          break;
        }
        chunk = Math.max(1, chunk / 2);
      }
    }
    return new Outcome(best.executed(), best.failure(), replays);
  }

  private static String report(SessionFlushMode mode, long seed, Outcome original, Outcome shortest) {
    StringBuilder report = new StringBuilder()
        .append("Session model: flush mode ").append(mode).append(", seed ").append(seed)
        .append(" (alone: -Dthroughline.model.modes=").append(mode)
        .append(" -Dthroughline.model.seeds=").append(seed).append(")\n")
        .append("Shortest failing sequence found: ").append(shortest.executed().size()).append(" of ")
        .append(original.executed().size()).append(" operations (").append(shortest.replays())
        .append(" replays). Every session is in flush mode ").append(mode)
        .append("; a session and its transaction are open from the start. After every operation the test")
        .append(" em.finds every patient and appointment (so they are managed from then on)")
        .append(mode == SessionFlushMode.MANUAL
            ? ", calls the accessor's reads, which must not write, then flushes and compares the reads with the model"
            : " and compares the accessor's reads with the model")
        .append(".\n")
        .append(shortest.executed().stream().map(op -> "  #" + op.no() + " " + op.describe())
            .collect(Collectors.joining("\n")))
        .append("\nAfter #").append(last(shortest).no()).append(": ").append(shortest.failure().getMessage());
    if (!original.failure().getMessage().equals(shortest.failure().getMessage())) {
      report.append("\n(The full sequence failed after #").append(last(original).no()).append(": ")
          .append(original.failure().getMessage()).append(")");
    }
    return report.toString();
  }

  private static Operation last(Outcome outcome) {
    return outcome.executed().get(outcome.executed().size() - 1);
  }
}
