package dev.throughline.benchmarks;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the whole benchmark: the counting pass, then every JMH group of the {@link Plan}, then the
 * compile-time benchmark, and writes the figures ({@code results/<db>-<mode>.tsv} and
 * {@code .md}) and the inclusion chart ({@code inclusion.png}) into the benchmarks module.
 *
 * <pre>
 * java [-Dthroughline.db=h2|postgresql] -jar benchmarks/target/benchmarks.jar [quick|full]
 *      [--only REGEX] [--no-compile] [--no-jmh]
 * </pre>
 *
 * With {@code --only} (groups: inclusion, inclusion-walk, find, findById, count, isLinked, link, unlink, linkAll,
 * set)
 * or {@code --no-...}, the figures go to {@code target/results} instead, and the committed ones
 * stay. A complete run also replaces its section of {@code BENCHMARKS.md} ({@link
 * BenchmarksDocument}).
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    String mode = "quick";
    String only = null;
    boolean jmh = true;
    boolean compile = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "quick", "full", "smoke" -> mode = args[i];
        case "--only" -> only = args[++i];
        case "--no-compile" -> compile = false;
        case "--no-jmh" -> jmh = false;
        default -> throw new IllegalArgumentException("Unknown argument " + args[i]
            + "; usage: [quick|full|smoke] [--only REGEX] [--no-compile] [--no-jmh]");
      }
    }
    Plan plan = Plan.of(mode).only(only);
    boolean complete = only == null && jmh && compile && !mode.equals("smoke");
    Path module = moduleDirectory();
    Path out = complete ? module.resolve("results") : module.resolve("target/results");
    Files.createDirectories(out);
    String database = Db.selectedName();
    long started = System.nanoTime();
    String loadAtStart = Environment.readLoad();
    System.out.printf("Throughline benchmarks: %s mode on %s; figures to %s%n", plan.mode(), database, out);

    Results results = new Results();
    // The counting pass runs first, in this JVM: it also runs every operation of every approach a
    // few times before any is timed, so that in quick mode (no fork) no approach is measured
    // colder than another for having come first.
    Db db = Db.get();
    System.out.printf("%nThis JVM: factory built in %d ms, data seeded in %d ms%n", db.bootMillis, db.seedMillis());
    Environment env = Environment.of(db, loadAtStart);
    Map<String, Map<String, StatementCounter.Count>> countsByGroup = new LinkedHashMap<>();
    if (!plan.groups().isEmpty()) {
      System.out.printf("%n=== counting statements ===%n");
      for (Plan.Group group : plan.groups()) {
        Map<String, StatementCounter.Count> counts = new HashMap<>();
        for (StatementCounter.Count count : StatementCounter.count(db, group)) {
          counts.put(count.benchmark() + "|" + count.value(), count);
          System.out.printf("  %-42s %-6s %5d statements (%s), %d executions, %d batched rows%s; result %s%n",
              count.benchmark(), count.value(), count.prepared(), count.kinds().describe(), count.executions(),
              count.batchedRows(), count.stable() ? "" : " [varies]", count.result());
        }
        countsByGroup.put(group.name(), counts);
      }
    }
    Map<String, List<Double>> interleaved = new HashMap<>();
    if (jmh && !plan.groups().isEmpty()) {
      System.out.printf("%n=== interleaved cross-check, %d rounds ===%n", plan.interleavedRounds());
      CountingConnectionProvider.enabled = false;
      interleaved = Interleaved.run(plan, plan.interleavedRounds());
    }
    Map<String, Collection<RunResult>> runs = new LinkedHashMap<>();
    if (jmh) {
      for (Plan.Group group : plan.groups()) {
        System.out.printf("%n=== %s (%s) ===%n", group.name(), group.include());
        runs.put(group.name(), runJmh(plan, group, module, database));
      }
      for (Plan.Group group : plan.groups()) {
        Map<String, StatementCounter.Count> counts = countsByGroup.get(group.name());
        for (RunResult run : runs.getOrDefault(group.name(), List.of())) {
          String benchmark = shortName(run.getParams().getBenchmark());
          String value = group.param() == null ? "" : run.getParams().getParam(group.param());
          Statistics stats = run.getPrimaryResult().getStatistics();
          StatementCounter.Count count = counts.get(benchmark + "|" + value);
          results.rows.add(new Results.Row(benchmark, group.param() == null ? "" : group.param(), value,
              stats.getPercentile(50), stats.getPercentile(90), stats.getMean(), stats.getN(),
              count.prepared(), count.kinds(), count.executions(), count.batchedRows(), String.valueOf(count.result()),
              Stats.median(interleaved.getOrDefault(benchmark + "|" + value, List.of()))));
        }
      }
      checkResults(results);
    }
    if (compile) {
      for (CompileTree tree : CompileTree.values()) {
        System.out.printf("%n=== javac, %s tree: %d entities, %d relations ===%n", tree.label(), tree.entities(),
            tree.relations());
        Path work = Files.createTempDirectory("throughline-compile-bench");
        try {
          results.compile.addAll(new CompileBenchmark(tree, work, plan.pregenerated())
              .run(plan.compileWarmups(), plan.compileRounds()));
        } finally {
          CompileBenchmark.deleteTree(work);
        }
      }
    }

    String stem = database + "-" + plan.mode();
    results.writeTsv(out.resolve(stem + ".tsv"));
    String markdown = results.markdown(env, plan);
    Files.writeString(out.resolve(stem + ".md"), markdown);
    Path chart = complete ? module.resolve("inclusion.png") : out.resolve("inclusion.png");
    drawChart(out, plan.mode(), chart);
    if (complete) {
      BenchmarksDocument.splice(module.resolveSibling("BENCHMARKS.md"), stem, markdown);
    }
    System.out.printf("%n%s%nWrote %s, %s and %s in %.0f s%n", markdown, out.resolve(stem + ".tsv"),
        out.resolve(stem + ".md"), chart, (System.nanoTime() - started) / 1e9);
    System.exit(0);
  }

  private static Collection<RunResult> runJmh(Plan plan, Plan.Group group, Path module, String database)
      throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(group.include())
        .forks(plan.forks())
        .warmupIterations(plan.warmupIterations())
        .warmupTime(TimeValue.milliseconds(plan.warmupMillis()))
        .measurementIterations(plan.measurementIterations())
        .measurementTime(TimeValue.milliseconds(plan.measurementMillis()))
        .jvmArgsAppend("-Xms1g", "-Xmx2g", "-Dthroughline.db=" + database, "-Dorg.jboss.logging.provider=slf4j")
        .shouldFailOnError(true);
    if (group.param() != null) {
      options.param(group.param(), group.values().toArray(String[]::new));
    }
    return new Runner(options.build()).run();
  }

  /** Every approach of one case and parameter must return the same thing: the same patients, the same count. */
  private static void checkResults(Results results) {
    Map<String, String> first = new HashMap<>();
    for (Results.Row row : results.rows) {
      String key = row.caseName() + "|" + row.value();
      String previous = first.putIfAbsent(key, row.result());
      if (previous != null && !previous.equals(row.result())) {
        throw new IllegalStateException(row.benchmark() + " at " + row.value() + " returned " + row.result()
            + ", another approach of the same case returned " + previous);
      }
    }
  }

  private static void drawChart(Path out, String mode, Path chart) throws IOException {
    Map<String, List<Results.Row>> byDatabase = new LinkedHashMap<>();
    for (String database : List.of("postgresql", "h2")) {
      Path file = out.resolve(database + "-" + mode + ".tsv");
      if (Files.exists(file)) {
        List<Results.Row> rows = Results.readTsv(file);
        if (rows.stream().anyMatch(row -> row.benchmark().startsWith("InclusionBenchmark."))) {
          byDatabase.put(database, rows);
        }
      }
    }
    if (!byDatabase.isEmpty()) {
      InclusionChart.draw(byDatabase, mode, chart);
    }
  }

  private static String shortName(String benchmark) {
    String[] parts = benchmark.split("\\.");
    return parts[parts.length - 2] + "." + parts[parts.length - 1];
  }

  /** The benchmarks module: the parent of target/, where benchmarks.jar (or target/classes) is. */
  private static Path moduleDirectory() throws URISyntaxException {
    Path location = Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path target = location.getParent();
    if (target == null || !target.getFileName().toString().equals("target")) {
      return Path.of("").toAbsolutePath();
    }
    return target.getParent();
  }

}
