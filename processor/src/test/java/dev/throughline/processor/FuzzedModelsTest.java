package dev.throughline.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.throughline.processor.diagnostics.Message;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random entity models, valid and broken, compiled with the processor: javac must end either in
 * success or in errors that are all the processor's own catalogued diagnostics, never in a crash or
 * an internal error. Each try compiles a batch of models, each in a package of its own, in two javac
 * runs: the models the generator's oracle calls valid, which must compile without a warning and
 * generate their accessor and registry; and the broken ones, each of which must get at least one
 * error of its own and no accessor.
 *
 * <p>The batches come from one seed, the same on every run; {@code -Dthroughline.fuzz.seed=<n>}
 * draws other models. A failing batch names the seed and its own index, so that running again with
 * that seed repeats it.
 */
class FuzzedModelsTest {

  /** 100 batches of 25: 2,500 models, about a minute of javac CPU time on one core. */
  private static final int TRIES = 100;
  private static final int BATCH = 25;
  private static final long SEED = Long.getLong("throughline.fuzz.seed", 20_260_101L);

  private static final Pattern OUR_ID = Pattern.compile("^\\[(Throughline[A-Za-z]+)\\] ");
  private static final Set<String> CATALOGUE = Arrays.stream(Message.values())
      .filter(message -> message != Message.INTERNAL_ERROR)
      .map(Message::id)
      .collect(Collectors.toSet());

  private static final AtomicInteger VALID = new AtomicInteger();
  private static final AtomicInteger BROKEN = new AtomicInteger();
  private static final AtomicInteger BATCHES = new AtomicInteger();
  private static final AtomicInteger JAVAC_RUNS = new AtomicInteger();
  private static final AtomicLong JAVAC_CPU_NANOS = new AtomicLong();
  private static long started;

  @BeforeAll
  static void start() {
    started = System.nanoTime();
  }

  @AfterAll
  static void report() {
    System.out.printf(Locale.ROOT,
        "FuzzedModelsTest: seed %d; compiled %d random models (%d valid, %d broken) in %d batches and %d javac runs;"
            + " %.1f s, of which javac took %.1f s of CPU%n",
        SEED, VALID.get() + BROKEN.get(), VALID.get(), BROKEN.get(), BATCHES.get(), JAVAC_RUNS.get(),
        (System.nanoTime() - started) / 1e9, JAVAC_CPU_NANOS.get() / 1e9);
  }

  @TestFactory
  Stream<DynamicTest> javacEndsInSuccessOrInTheProcessorsOwnErrors() {
    Random seeds = new Random(SEED);
    return IntStream.range(0, TRIES).mapToObj(index -> {
      long batchSeed = seeds.nextLong();
      return DynamicTest.dynamicTest("batch " + index + " of seed " + SEED, () -> {
        try {
          check(batch(batchSeed));
        } catch (AssertionError | RuntimeException failure) {
          throw new AssertionError("batch " + index + " of -Dthroughline.fuzz.seed=" + SEED + ": "
              + failure.getMessage(), failure);
        }
      });
    });
  }

  private static List<FuzzModel> batch(long batchSeed) {
    FuzzModels models = new FuzzModels(new Random(batchSeed));
    return IntStream.range(0, BATCH).mapToObj(i -> models.model()).toList();
  }

  private static void check(List<FuzzModel> batch) {
    List<String> valid = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    List<FuzzModel> validModels = new ArrayList<>();
    List<FuzzModel> brokenModels = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      String packageName = "fuzz.m" + i;
      if (batch.get(i).valid()) {
        valid.add(packageName);
        validModels.add(batch.get(i));
      } else {
        broken.add(packageName);
        brokenModels.add(batch.get(i));
      }
    }
    BATCHES.incrementAndGet();
    if (!validModels.isEmpty()) {
      checkValid(validModels, valid);
    }
    if (!brokenModels.isEmpty()) {
      checkBroken(brokenModels, broken);
    }
  }

  private static void checkValid(List<FuzzModel> models, List<String> packages) {
    Run run = compile(models, packages);
    assertThat(run.compilation.status())
        .as("valid models must compile; errors: %s", messages(run.compilation.errors()))
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(messages(run.compilation.warnings())).as("warnings").isEmpty();
    for (int i = 0; i < models.size(); i++) {
      String packageName = packages.get(i);
      assertThat(run.created())
          .as("files generated for %s", models.get(i))
          .contains(models.get(i).accessor(packageName), models.get(i).registry(packageName));
    }
    VALID.addAndGet(models.size());
  }

  private static void checkBroken(List<FuzzModel> models, List<String> packages) {
    Run run = compile(models, packages);
    assertThat(run.compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    for (Diagnostic<? extends JavaFileObject> error : run.compilation.errors()) {
      String message = error.getMessage(Locale.ROOT);
      Matcher id = OUR_ID.matcher(message);
      assertThat(id.find() && CATALOGUE.contains(id.group(1)))
          .as("an error that is not one of the processor's catalogued diagnostics, at %s:%d: %s",
              error.getSource() == null ? "?" : error.getSource().getName(), error.getLineNumber(), message)
          .isTrue();
    }
    assertThat(messages(run.compilation.warnings())).as("warnings").isEmpty();
    for (int i = 0; i < models.size(); i++) {
      String directory = packages.get(i).replace('.', '/') + "/";
      boolean reported = run.compilation.errors().stream()
          .anyMatch(error -> error.getSource() != null
              && error.getSource().toUri().getPath().replaceFirst("^/", "").startsWith(directory));
      assertThat(reported).as("no error for the broken %s", models.get(i)).isTrue();
      assertThat(run.created())
          .as("files generated for the broken %s", models.get(i))
          .doesNotContain(models.get(i).accessor(packages.get(i)));
    }
    BROKEN.addAndGet(models.size());
  }

  /** One javac run and the names of the source files the processor created in it. */
  private record Run(Compilation compilation, RecordingFiler filer) {
    List<String> created() {
      return filer.created.stream().map(RecordingFiler.Created::name).toList();
    }
  }

  private static Run compile(List<FuzzModel> models, List<String> packages) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      sources.addAll(models.get(i).sources(packages.get(i)));
    }
    RecordingFiler[] filer = new RecordingFiler[1];
    EnvironmentWrappingProcessor processor = new EnvironmentWrappingProcessor(
        new HasManyThroughProcessor(), delegate -> filer[0] = new RecordingFiler(delegate));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    // javac stops reporting after 100 errors by default; every broken model must show its own
    Compilation compilation = ProcessorRun.compileWith(
        List.of(processor), List.of("-Xmaxerrs", "100000"), sources.toArray(JavaFileObject[]::new));
    JAVAC_CPU_NANOS.addAndGet(threads.getCurrentThreadCpuTime() - cpu);
    JAVAC_RUNS.incrementAndGet();
    return new Run(compilation, filer[0]);
  }

  private static List<String> messages(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .map(diagnostic -> (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":"
            + diagnostic.getLineNumber() + ": ") + diagnostic.getMessage(Locale.ROOT))
        .toList();
  }
}
