package dev.throughline.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What one run measures, and how long: quick (a few minutes on 2 cores), full, or smoke (a pipeline check). */
record Plan(String mode, int forks, int warmupIterations, int warmupMillis, int measurementIterations,
    int measurementMillis, int compileWarmups, int compileRounds, int interleavedRounds, boolean pregenerated,
    List<Group> groups) {

  /**
   * One JMH run: a benchmark class, the methods measured (a regex on their names) and the values
   * of its one {@code @Param}, if it has one.
   */
  record Group(String name, Class<?> type, String methods, String param, List<String> values) {
    String include() {
      return "^" + type.getName().replace(".", "\\.") + "\\.(" + methods + ")$";
    }
  }

  static final List<String> INCLUSION_NS = List.of("10", "100", "1000", "10000");

  static Plan of(String mode) {
    return switch (mode.toLowerCase(Locale.ROOT)) {
      // In process (no fork): one factory and one seeding for the whole run keep it within minutes.
      // The counting pass and the interleaved rounds run every operation before JMH warms it up.
      case "quick" -> new Plan("quick", 0, 1, 700, 3, 700, 1, 3, 15, true, groups(false));
      case "full" -> new Plan("full", 2, 3, 2000, 5, 2000, 2, 7, 15, true, groups(true));
      // Checks the pipeline end to end in about a minute; its figures mean nothing.
      case "smoke" -> new Plan("smoke", 0, 1, 100, 1, 200, 0, 1, 1, false, groups(false));
      default -> throw new IllegalArgumentException("Unknown mode '" + mode + "': use quick, full or smoke");
    };
  }

  private static List<Group> groups(boolean full) {
    List<Group> groups = new ArrayList<>();
    groups.add(new Group("inclusion", InclusionBenchmark.class, "throughline|jpqlJoin|manyToManyBatchSize",
        "n", INCLUSION_NS));
    // The N+1 walk costs N + 51 statements: at N = 10,000 only the full run waits for it.
    groups.add(new Group("inclusion-walk", InclusionBenchmark.class, "oneToManyWalk",
        "n", full ? INCLUSION_NS : INCLUSION_NS.subList(0, 3)));
    groups.add(new Group("find", FindBenchmark.class, "throughline|jpql", null, List.of()));
    groups.add(new Group("findById", FindByIdBenchmark.class, "throughline|jpql", null, List.of()));
    groups.add(new Group("count", CountBenchmark.class, "throughline|jpql", null, List.of()));
    groups.add(new Group("isLinked", IsLinkedBenchmark.class, "throughline|jpql", null, List.of()));
    groups.add(new Group("link", LinkBenchmark.class, "throughline|handWritten", null, List.of()));
    groups.add(new Group("unlink", UnlinkBenchmark.class, "throughline|handWritten|manyToManyList|manyToManySet",
        "k", Arrays.stream(Dataset.UNLINK_SIZES).mapToObj(String::valueOf).toList()));
    groups.add(new Group("linkAll", LinkAllBenchmark.class, "throughline|persistLoop|persistLoopBatched", null,
        List.of()));
    groups.add(new Group("set", SetBenchmark.class, "throughline|manyToManyList", null, List.of()));
    return groups;
  }

  /** The groups whose name or class matches {@code only} (all when null). */
  Plan only(String only) {
    if (only == null) {
      return this;
    }
    List<Group> kept = groups.stream()
        .filter(group -> group.name().matches(only) || group.type().getSimpleName().matches(only))
        .toList();
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("--only " + only + " matches no group of " + groups.stream().map(Group::name).toList());
    }
    return new Plan(mode, forks, warmupIterations, warmupMillis, measurementIterations, measurementMillis,
        compileWarmups, compileRounds, interleavedRounds, pregenerated, kept);
  }

  static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("InclusionBenchmark.throughline", "Throughline include"),
      Map.entry("InclusionBenchmark.jpqlJoin", "hand-written JPQL join"),
      Map.entry("InclusionBenchmark.manyToManyBatchSize", "@ManyToMany @BatchSize(100)"),
      Map.entry("InclusionBenchmark.oneToManyWalk", "lazy @OneToMany walk (N+1)"),
      Map.entry("FindBenchmark.throughline", "Throughline find"),
      Map.entry("FindBenchmark.jpql", "hand-written JPQL"),
      Map.entry("CountBenchmark.throughline", "Throughline count"),
      Map.entry("CountBenchmark.jpql", "hand-written JPQL count"),
      Map.entry("IsLinkedBenchmark.throughline", "Throughline isLinked"),
      Map.entry("IsLinkedBenchmark.jpql", "hand-written JPQL, first row"),
      Map.entry("FindByIdBenchmark.throughline", "Throughline findById"),
      Map.entry("FindByIdBenchmark.jpql", "hand-written JPQL"),
      Map.entry("LinkBenchmark.throughline", "Throughline link"),
      Map.entry("LinkBenchmark.handWritten", "locked existence check + persist"),
      Map.entry("UnlinkBenchmark.throughline", "Throughline unlink"),
      Map.entry("UnlinkBenchmark.handWritten", "hand-written bulk delete"),
      Map.entry("UnlinkBenchmark.manyToManyList", "@ManyToMany List remove, batches of 100"),
      Map.entry("UnlinkBenchmark.manyToManySet", "@ManyToMany Set remove"),
      Map.entry("LinkAllBenchmark.throughline", "Throughline linkAll"),
      Map.entry("LinkAllBenchmark.persistLoop", "persist loop, batching off"),
      Map.entry("LinkAllBenchmark.persistLoopBatched", "persist loop, batches of 100"),
      Map.entry("SetBenchmark.throughline", "Throughline set"),
      Map.entry("SetBenchmark.manyToManyList", "@ManyToMany List clear + refill, batches of 100"));

  static String label(String benchmark) {
    return LABELS.getOrDefault(benchmark, benchmark);
  }
}
