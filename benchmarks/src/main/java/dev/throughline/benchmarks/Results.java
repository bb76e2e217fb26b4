package dev.throughline.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The figures of one run: JMH timings joined with the counting pass, and the compile timings. */
final class Results {

  /** One benchmark operation at one parameter value. */
  record Row(String benchmark, String param, String value, double medianMs, double p90Ms, double meanMs,
      long samples, long statements, StatementLog.Counts kinds, long executions, long batchedRows, String result,
      double interleavedMs) {

    String caseName() {
      return benchmark.substring(0, benchmark.indexOf('.'));
    }

    String method() {
      return benchmark.substring(benchmark.indexOf('.') + 1);
    }
  }

  static final String HEADER =
      "benchmark\tparam\tvalue\tmedian_ms\tp90_ms\tmean_ms\tsamples\tstatements\tselect\tinsert\tupdate\tdelete\tsequence"
      + "\texecutions\tbatched_rows\tresult\tinterleaved_median_ms";

  final List<Row> rows = new ArrayList<>();
  final List<CompileBenchmark.Timing> compile = new ArrayList<>();

  Optional<Row> find(String benchmark, String value) {
    return rows.stream().filter(row -> row.benchmark.equals(benchmark) && row.value.equals(value)).findFirst();
  }

  void writeTsv(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (Row row : rows) {
      StatementLog.Counts k = row.kinds;
      lines.add(String.join("\t", row.benchmark, row.param, row.value, fmt(row.medianMs), fmt(row.p90Ms),
          fmt(row.meanMs), String.valueOf(row.samples), String.valueOf(row.statements), String.valueOf(k.select()),
          String.valueOf(k.insert()), String.valueOf(k.update()), String.valueOf(k.delete()),
          String.valueOf(k.sequence()), String.valueOf(row.executions), String.valueOf(row.batchedRows), row.result, fmt(row.interleavedMs)));
    }
    for (CompileBenchmark.Timing timing : compile) {
      lines.add(String.join("\t", "CompileBenchmark." + timing.variant().name(), timing.tree().label(),
          timing.tree().relations() + " relations, " + timing.tree().entities() + " entities", fmt(timing.median()), "", "", String.valueOf(timing.millis().size()),
          "", "", "", "", "", "", "", "", String.valueOf(timing.generatedFiles())));
    }
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  /** The rows of a TSV file this class wrote (compile rows left out). */
  static List<Row> readTsv(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("benchmark\t") || line.startsWith("CompileBenchmark.") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      rows.add(new Row(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
          Long.parseLong(f[6]), Long.parseLong(f[7]),
          new StatementLog.Counts(Long.parseLong(f[8]), Long.parseLong(f[9]), Long.parseLong(f[10]),
              Long.parseLong(f[11]), Long.parseLong(f[12]), 0), Long.parseLong(f[13]), Long.parseLong(f[14]), f[15],
          f.length > 16 && !f[16].isEmpty() ? Double.parseDouble(f[16]) : Double.NaN));
    }
    return rows;
  }

  /** The run as Markdown: environment, one table per case, goals. */
  String markdown(Environment env, Plan plan) {
    StringBuilder md = new StringBuilder();
    md.append("### ").append(env.databaseLabel()).append(", ").append(plan.mode()).append(" mode\n\n");
    md.append(env.markdown()).append('\n');
    md.append("JMH: ").append(plan.forks() == 0 ? "in process (no fork)" : plan.forks() + " forks per benchmark").append(", ").append(plan.warmupIterations()).append(" x ")
        .append(plan.warmupMillis()).append(" ms warm-up, ").append(plan.measurementIterations()).append(" x ")
        .append(plan.measurementMillis()).append(" ms measurement, sample mode. Cells: median time per operation,"
            + " statements per operation (`st`: Hibernate's prepared-statement count, sequence fetches included,"
            + " from the separate counting pass; `ex`: JDBC executions, each execute or executeBatch one round trip,"
            + " shown where they differ from the statements), and the alternative's median divided by Throughline's"
            + " (above 1: Throughline is faster). Each time is given twice, `JMH median · interleaved median`: the"
            + " second from " + plan.interleavedRounds() + " rounds in which the approaches of a case take turns, one"
            + " operation each, so that load from other work on the machine hits them alike.\n\n");
    table(md, "Inclusion: patients of N doctors, 10 each (fresh persistence context, doctors loaded in the operation)",
        "N", List.of("InclusionBenchmark.throughline", "InclusionBenchmark.jpqlJoin",
            "InclusionBenchmark.manyToManyBatchSize", "InclusionBenchmark.oneToManyWalk"));
    table(md, "find: the 10 patients of one doctor", "",
        List.of("FindBenchmark.throughline", "FindBenchmark.jpql"));
    handWritten(md);
    table(md, "Unlinking one of K links", "K",
        List.of("UnlinkBenchmark.throughline", "UnlinkBenchmark.handWritten", "UnlinkBenchmark.manyToManyList",
            "UnlinkBenchmark.manyToManySet"));
    table(md, "linkAll of 1,000 existing patients", "",
        List.of("LinkAllBenchmark.throughline", "LinkAllBenchmark.persistLoop", "LinkAllBenchmark.persistLoopBatched"));
    table(md, "set: replacing 500 of 1,000 links", "",
        List.of("SetBenchmark.throughline", "SetBenchmark.manyToManyList"));
    for (CompileTree tree : CompileTree.values()) {
      compileTable(md, tree);
    }
    goals(md);
    return md.toString();
  }

  /** The compile timings of one tree, and what of the processor's cost is javac compiling its output. */
  private void compileTable(StringBuilder md, CompileTree tree) {
    List<CompileBenchmark.Timing> timings = compile.stream().filter(timing -> timing.tree() == tree).toList();
    if (timings.isEmpty()) {
      return;
    }
    md.append("#### javac on the ").append(tree.label()).append(" tree: ").append(tree.entities())
        .append(" entities, ").append(tree.relations()).append(" relations (in process, median of ")
        .append(timings.get(0).millis().size()).append(")\n\n");
    md.append("| variant | median | over no processor | per relation | per entity | files generated |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    double base = timings.get(0).median();
    for (CompileBenchmark.Timing timing : timings) {
      boolean first = timing == timings.get(0);
      double over = timing.median() - base;
      md.append("| ").append(timing.variant().name()).append(" | ").append(ms(timing.median())).append(" | ")
          .append(first ? "" : String.format(Locale.ROOT, "%s (%+.1f%%)", ms(over), 100 * (timing.median() / base - 1)))
          .append(" | ").append(first ? "" : String.format(Locale.ROOT, "%.2f ms", over / tree.relations()))
          .append(" | ").append(first ? "" : String.format(Locale.ROOT, "%.2f ms", over / tree.entities()))
          .append(" | ").append(timing.generatedFiles()).append(" |\n");
    }
    md.append('\n');
    if (timings.size() > 3) {
      double processor = timings.get(1).median();
      double pregenerated = timings.get(3).median();
      if (processor >= pregenerated) {
        md.append(String.format(Locale.ROOT, "Of the Throughline processor's %s over plain javac, %s is javac compiling the"
            + " files it generates (the pre-generated variant) and %s the processor's own analysis and generation.%n%n",
            ms(processor - base), ms(pregenerated - base), ms(processor - pregenerated)));
      } else {
        md.append(String.format(Locale.ROOT, "The pre-generated variant (javac compiling the generated files, no processor)"
            + " took %s over plain javac, as much as the processor variant (%s) within this run's noise: nearly all"
            + " of the processor's cost is javac compiling what it generates.%n%n", ms(pregenerated - base),
            ms(processor - base)));
      }
    }
  }

  private void table(StringBuilder md, String title, String param, List<String> benchmarks) {
    Set<String> values = new LinkedHashSet<>();
    for (Row row : rows) {
      if (benchmarks.contains(row.benchmark)) {
        values.add(row.value);
      }
    }
    if (values.isEmpty()) {
      return;
    }
    md.append("#### ").append(title).append("\n\n|");
    md.append(param.isEmpty() ? " " : " " + param).append(" |");
    for (String benchmark : benchmarks) {
      md.append(' ').append(Plan.label(benchmark)).append(" |");
    }
    md.append("\n|---:|");
    md.append("---:|".repeat(benchmarks.size())).append('\n');
    for (String value : values) {
      md.append("| ").append(value.isEmpty() ? "" : String.format(Locale.ROOT, "%,d", Long.parseLong(value))).append(" |");
      Optional<Row> base = find(benchmarks.get(0), value);
      for (String benchmark : benchmarks) {
        Optional<Row> row = find(benchmark, value);
        if (row.isEmpty()) {
          md.append(" not run |");
          continue;
        }
        md.append(' ').append(ms(row.get().medianMs));
        if (!Double.isNaN(row.get().interleavedMs)) {
          md.append(" · ").append(ms(row.get().interleavedMs));
        }
        md.append(", ").append(row.get().statements).append(" st");
        if (row.get().executions != row.get().statements - row.get().kinds.sequence()
            || row.get().batchedRows > 0) {
          md.append(" / ").append(row.get().executions).append(" ex");
        }
        if (!benchmark.equals(benchmarks.get(0)) && base.isPresent()) {
          md.append(String.format(Locale.ROOT, " (%.2fx", row.get().medianMs / base.get().medianMs));
          if (!Double.isNaN(row.get().interleavedMs)) {
            md.append(String.format(Locale.ROOT, " · %.2fx", row.get().interleavedMs / base.get().interleavedMs));
          }
          md.append(')');
        }
        md.append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  /** Throughline's single-source operations against the hand-written Hibernate code (the case, the two benchmarks, the value). */
  static final List<List<String>> HAND_WRITTEN = List.of(
      List.of("find", "FindBenchmark.throughline", "FindBenchmark.jpql", ""),
      List.of("findById", "FindByIdBenchmark.throughline", "FindByIdBenchmark.jpql", ""),
      List.of("count", "CountBenchmark.throughline", "CountBenchmark.jpql", ""),
      List.of("isLinked", "IsLinkedBenchmark.throughline", "IsLinkedBenchmark.jpql", ""),
      List.of("link", "LinkBenchmark.throughline", "LinkBenchmark.handWritten", ""),
      List.of("unlink (K = 10)", "UnlinkBenchmark.throughline", "UnlinkBenchmark.handWritten", "10"));

  private void handWritten(StringBuilder md) {
    StringBuilder rowsMd = new StringBuilder();
    for (List<String> op : HAND_WRITTEN) {
      Optional<Row> ours = find(op.get(1), op.get(3));
      Optional<Row> theirs = find(op.get(2), op.get(3));
      if (ours.isEmpty() || theirs.isEmpty()) {
        continue;
      }
      rowsMd.append("| ").append(op.get(0)).append(" | ").append(cell(ours.get())).append(" | ")
          .append(Plan.label(op.get(2))).append(": ").append(cell(theirs.get())).append(" | ")
          .append(String.format(Locale.ROOT, "%.2fx", ours.get().medianMs / theirs.get().medianMs));
      if (!Double.isNaN(ours.get().interleavedMs)) {
        rowsMd.append(String.format(Locale.ROOT, " · %.2fx", ours.get().interleavedMs / theirs.get().interleavedMs));
      }
      rowsMd.append(" |\n");
    }
    if (rowsMd.length() == 0) {
      return;
    }
    md.append("#### One doctor's reads and writes against the hand-written Hibernate code\n\n")
        .append("Doctor 1 (10 patients) for the reads, patient 5 for findById and isLinked; link of a doctor"
            + " without links, unlink of one of 10 links. The last column is Throughline's median over the"
            + " hand-written code's (at most 1.05: within 5%).\n\n")
        .append("| operation | Throughline | hand-written | Throughline / hand-written |\n|---|---:|---:|---:|\n")
        .append(rowsMd).append('\n');
  }

  private static String cell(Row row) {
    StringBuilder cell = new StringBuilder(ms(row.medianMs));
    if (!Double.isNaN(row.interleavedMs)) {
      cell.append(" · ").append(ms(row.interleavedMs));
    }
    cell.append(", ").append(row.statements).append(" st");
    return cell.toString();
  }

  private void goals(StringBuilder md) {
    md.append("#### Goals\n\n");
    for (String n : Plan.INCLUSION_NS) {
      ratio(md, "inclusion no slower than @ManyToMany @BatchSize(100) at N = " + n, "InclusionBenchmark.throughline",
          "InclusionBenchmark.manyToManyBatchSize", n, 1.0, false);
      ratio(md, "inclusion no slower than the hand-written JPQL join at N = " + n, "InclusionBenchmark.throughline",
          "InclusionBenchmark.jpqlJoin", n, 1.0, false);
    }
    for (List<String> op : HAND_WRITTEN) {
      ratio(md, op.get(0) + " within 1.05x of the hand-written code", op.get(1), op.get(2), op.get(3), 1.05, false);
    }
    ratio(md, "inclusion within 1.10x of hand-written JPQL at N = 1,000", "InclusionBenchmark.throughline",
        "InclusionBenchmark.jpqlJoin", "1000", 1.10, false);
    ratio(md, "inclusion at least 20x faster than the N+1 walk at N = 1,000", "InclusionBenchmark.oneToManyWalk",
        "InclusionBenchmark.throughline", "1000", 20, true);
    ratio(md, "unlink at least 10x faster than @ManyToMany List at K = 1,000", "UnlinkBenchmark.manyToManyList",
        "UnlinkBenchmark.throughline", "1000", 10, true);
    for (CompileTree tree : CompileTree.values()) {
      List<CompileBenchmark.Timing> timings = compile.stream().filter(timing -> timing.tree() == tree).toList();
      if (timings.size() > 2) {
        double base = timings.get(0).median();
        double perRelation = (timings.get(1).median() - base) / tree.relations();
        double perEntity = (timings.get(2).median() - base) / tree.entities();
        md.append(String.format(Locale.ROOT, "- %s tree: the Throughline processor, with javac compiling what it"
            + " generates, costs per relation at most what hibernate-processor costs per entity: %.2f ms against"
            + " %.2f ms (%.2fx), %s%n", tree.label(), perRelation, perEntity, perRelation / perEntity,
            perRelation <= perEntity ? "met" : "missed"));
        double overhead = 100 * (timings.get(1).median() / base - 1);
        md.append(String.format(Locale.ROOT, "- %s tree: the processor adds at most 10%% to javac: %+.1f%%, %s%n",
            tree.label(), overhead, overhead <= 10 ? "met" : "missed"));
      }
    }
    md.append('\n');
  }

  private void ratio(StringBuilder md, String goal, String numerator, String denominator, String value, double bound,
      boolean atLeast) {
    Optional<Row> a = find(numerator, value);
    Optional<Row> b = find(denominator, value);
    if (a.isEmpty() || b.isEmpty()) {
      return;
    }
    double ratio = a.get().medianMs / b.get().medianMs;
    boolean met = atLeast ? ratio >= bound : ratio <= bound;
    md.append(String.format(Locale.ROOT, "- %s: %.2fx (JMH medians), %s", goal, ratio, met ? "met" : "missed"));
    if (!Double.isNaN(a.get().interleavedMs)) {
      double interleaved = a.get().interleavedMs / b.get().interleavedMs;
      boolean metInterleaved = atLeast ? interleaved >= bound : interleaved <= bound;
      md.append(String.format(Locale.ROOT, "; %.2fx (interleaved), %s", interleaved, metInterleaved ? "met" : "missed"));
    }
    md.append('\n');
  }

  static String ms(double millis) {
    if (millis >= 100) {
      return String.format(Locale.ROOT, "%,.0f ms", millis);
    }
    if (millis >= 10) {
      return String.format(Locale.ROOT, "%.1f ms", millis);
    }
    if (millis >= 1) {
      return String.format(Locale.ROOT, "%.2f ms", millis);
    }
    return String.format(Locale.ROOT, "%.3f ms", millis);
  }

  private static String fmt(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
  }

  /** Rows grouped by benchmark, in first-seen order. */
  static Map<String, List<Row>> byBenchmark(List<Row> rows) {
    Map<String, List<Row>> grouped = new LinkedHashMap<>();
    for (Row row : rows) {
      grouped.computeIfAbsent(row.benchmark, key -> new ArrayList<>()).add(row);
    }
    return grouped;
  }
}
