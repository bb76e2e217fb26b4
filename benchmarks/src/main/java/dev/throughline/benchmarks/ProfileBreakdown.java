package dev.throughline.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU time of one benchmark operation goes, from a JFR recording of {@link OperationLoop}:
 * the execution samples whose stack passes through the operation, each counted once, in the first
 * of these stages its stack passes through (outermost stages first).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.throughline.benchmarks.ProfileBreakdown \
 *      include.jfr InclusionBenchmark.throughline [InclusionBenchmark.jpqlJoin ...]
 * </pre>
 */
public final class ProfileBreakdown {

  /** Stage name to a pattern on "class.method" frames. */
  static final Map<String, Pattern> STAGES = new LinkedHashMap<>();

  static {
    stage("loading the page of doctors", "InclusionBenchmark\\.(doctors|listDoctors|walkDoctors)");
    stage("commit (its flush, the COMMIT round trip)", "TransactionImpl\\.commit");
    stage("auto flush before the query (dirty check)", "autoFlushIfRequired|autoPreFlushIfRequired|DefaultAutoFlushEventListener");
    stage("translation to SQL (HQL parse, SQM to SQL)", "ConcreteSqmSelectQueryPlan\\.buildInterpretation|createHqlInterpretation");
    stage("query plan cache look-up", "resolveSelectQueryPlan|SqmInterpretationsKey");
    stage("building the criteria query", "RelationInclusion\\.pairs|TargetQuery\\.targetQuery|TargetQuery\\.targetPredicate"
        + "|TargetQuery\\.countByCriteria|CriteriaPaths");
    stage("creating the query object", "SessionImpl\\.createQuery|createSelectionQuery|createCriteriaQuery");
    stage("binding parameters", "createJdbcParameterBindings|\\.setParameter$|KeyParameters\\.bind");
    stage("executing the statement (driver)", "DeferredResultSetAccess\\.executeQuery|DeferredResultSetAccess\\.getResultSet"
        + "|PgPreparedStatement\\.execute");
    stage("reading rows, hydrating entities", "ListResultsConsumer|RowReader");
    stage("opening and closing the session", "openSession|SessionImpl\\.close|SessionImpl\\.<init>|TransactionImpl\\.begin");
  }

  private ProfileBreakdown() {}

  private static void stage(String name, String frames) {
    STAGES.put(name, Pattern.compile(frames));
  }

  public static void main(String[] args) throws IOException {
    List<RecordedEvent> samples = RecordingFile.readAllEvents(Path.of(args[0])).stream()
        .filter(event -> event.getEventType().getName().equals("jdk.ExecutionSample"))
        .toList();
    for (int i = 1; i < args.length; i++) {
      print(args[i], samples);
    }
  }

  private static void print(String operation, List<RecordedEvent> samples) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    STAGES.keySet().forEach(stage -> counts.put(stage, 0));
    counts.put("other", 0);
    int total = 0;
    for (RecordedEvent sample : samples) {
      RecordedStackTrace stack = sample.getStackTrace();
      if (stack == null) {
        continue;
      }
      List<String> frames = stack.getFrames().stream().map(ProfileBreakdown::name).toList();
      int root = -1;
      for (int f = frames.size() - 1; f >= 0 && root < 0; f--) {
        if (frames.get(f).endsWith(operation)) {
          root = f;
        }
      }
      if (root < 0) {
        continue;
      }
      total++;
      List<String> inside = frames.subList(0, root + 1);
      String stage = STAGES.entrySet().stream()
          .filter(entry -> inside.stream().anyMatch(frame -> entry.getValue().matcher(frame).find()))
          .map(Map.Entry::getKey)
          .findFirst()
          .orElse("other");
      counts.merge(stage, 1, Integer::sum);
    }
    System.out.printf("%s: %d samples%n", operation, total);
    for (var entry : counts.entrySet()) {
      System.out.printf("  %-48s %6d  %3.0f%%%n", entry.getKey(), entry.getValue(),
          total == 0 ? 0.0 : 100.0 * entry.getValue() / total);
    }
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }
}
