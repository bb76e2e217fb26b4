package dev.throughline.benchmarks;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hibernate.stat.Statistics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The separate counting pass: runs each benchmark operation of a plan, outside JMH, through the
 * same state class and the same setup methods, with Hibernate statistics on only around the
 * operation itself, and reads {@link Statistics#getPrepareStatementCount()} (sequence fetches
 * included, a JDBC batch counted once) and the {@link StatementLog} breakdown.
 */
final class StatementCounter {

  /** The statements of one operation, as counted on its last repetition. */
  record Count(String benchmark, String param, String value, long prepared, StatementLog.Counts kinds,
      long executions, long batchedRows, Object result, boolean stable) {}

  private static final int REPETITIONS = 3;

  private StatementCounter() {}

  static List<Count> count(Db db, Plan.Group group) throws ReflectiveOperationException {
    CountingConnectionProvider.enabled = true;
    try {
      return countAll(db, group);
    } finally {
      CountingConnectionProvider.enabled = false;
    }
  }

  private static List<Count> countAll(Db db, Plan.Group group) throws ReflectiveOperationException {
    List<Count> counts = new ArrayList<>();
    List<String> values = group.param() == null ? List.of("") : group.values();
    List<Method> methods = Arrays.stream(group.type().getMethods())
        .filter(method -> method.isAnnotationPresent(Benchmark.class) && method.getName().matches(group.methods()))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
    for (String value : values) {
      Object state = group.type().getConstructor().newInstance();
      if (group.param() != null) {
        Field field = group.type().getField(group.param());
        field.setInt(state, Integer.parseInt(value));
      }
      lifecycle(state, Setup.class, Level.Trial);
      for (Method method : methods) {
        counts.add(countOne(db, group, state, method, value));
      }
      lifecycle(state, TearDown.class, Level.Trial);
    }
    return counts;
  }

  private static Count countOne(Db db, Plan.Group group, Object state, Method method, String value)
      throws ReflectiveOperationException {
    Statistics statistics = db.factory.getStatistics();
    long prepared = -1;
    StatementLog.Counts kinds = null;
    Object result = null;
    long executions = 0;
    long batchedRows = 0;
    boolean stable = true;
    long previousSequence = 0;
    for (int i = 0; i < REPETITIONS; i++) {
      lifecycle(state, Setup.class, Level.Invocation);
      statistics.clear();
      statistics.setStatisticsEnabled(true);
      db.statements.start();
      CountingConnectionProvider.reset();
      try {
        result = method.invoke(state);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(group.type().getSimpleName() + "." + method.getName() + " failed", e.getCause());
      } finally {
        kinds = db.statements.stop();
        executions = CountingConnectionProvider.EXECUTIONS.get();
        batchedRows = CountingConnectionProvider.BATCHED_ROWS.get();
        statistics.setStatisticsEnabled(false);
      }
      long now = statistics.getPrepareStatementCount();
      // Sequence fetches depend on where the pooled optimizer stands, not on the operation.
      if (i > 0 && now - kinds.sequence() != prepared - previousSequence) {
        stable = false;
      }
      prepared = now;
      previousSequence = kinds.sequence();
      lifecycle(state, TearDown.class, Level.Invocation);
    }
    return new Count(group.type().getSimpleName() + "." + method.getName(),
        group.param() == null ? "" : group.param(), value, prepared, kinds, executions, batchedRows, result, stable);
  }

  static void lifecycle(Object state, Class<? extends java.lang.annotation.Annotation> kind, Level level)
      throws ReflectiveOperationException {
    for (Method method : state.getClass().getMethods()) {
      java.lang.annotation.Annotation annotation = method.getAnnotation(kind);
      if (annotation == null) {
        continue;
      }
      Level declared = annotation instanceof Setup setup ? setup.value() : ((TearDown) annotation).value();
      if (declared == level) {
        // JMH infrastructure parameters (BenchmarkParams) are null here: the method's "all" case.
        method.invoke(state, new Object[method.getParameterCount()]);
      }
    }
  }
}
