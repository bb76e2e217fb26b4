package dev.throughline.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Runs benchmark operations in a loop, outside JMH, for a profiler to sample (JFR:
 * {@code -XX:StartFlightRecording}); the operations named take turns, and the median of each is
 * printed every few seconds and at the end.
 *
 * <pre>
 * java [-Dthroughline.db=postgresql] -XX:StartFlightRecording=filename=include.jfr,settings=profile \
 *      -cp benchmarks/target/benchmarks.jar dev.throughline.benchmarks.OperationLoop \
 *      SECONDS InclusionBenchmark.throughline[:n=10] [InclusionBenchmark.jpqlJoin:n=10 ...]
 * </pre>
 *
 * With {@code SECONDS} 0 every operation runs once: the cold cost, first call in a fresh JVM.
 */
public final class OperationLoop {

  private OperationLoop() {}

  record Operation(String name, Object state, Method method, List<Double> millis) {}

  public static void main(String[] args) throws Exception {
    double seconds = Double.parseDouble(args[0]);
    List<Operation> operations = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      operations.add(operation(args[i]));
    }
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long report = System.nanoTime() + 5_000_000_000L;
    do {
      for (Operation operation : operations) {
        StatementCounter.lifecycle(operation.state(), Setup.class, Level.Invocation);
        long start = System.nanoTime();
        try {
          operation.method().invoke(operation.state());
        } catch (InvocationTargetException e) {
          throw new IllegalStateException(operation.name() + " failed", e.getCause());
        }
        operation.millis().add((System.nanoTime() - start) / 1e6);
        StatementCounter.lifecycle(operation.state(), TearDown.class, Level.Invocation);
      }
      if (seconds > 0 && System.nanoTime() > report) {
        print(operations);
        operations.forEach(operation -> operation.millis().clear());
        report = System.nanoTime() + 5_000_000_000L;
      }
    } while (System.nanoTime() < end);
    print(operations);
    System.exit(0);
  }

  private static void print(List<Operation> operations) {
    StringBuilder line = new StringBuilder();
    for (Operation operation : operations) {
      line.append(String.format("  %s %s (%d)", operation.name(), Results.ms(Stats.median(operation.millis())),
          operation.millis().size()));
    }
    System.out.println(line);
  }

  /** {@code Class.method[:param=value]}, the class in this package. */
  private static Operation operation(String spec) throws ReflectiveOperationException {
    String[] parts = spec.split(":");
    String[] name = parts[0].split("\\.");
    Class<?> type = Class.forName(OperationLoop.class.getPackageName() + "." + name[0]);
    Object state = type.getConstructor().newInstance();
    if (parts.length > 1) {
      String[] param = parts[1].split("=");
      type.getField(param[0]).setInt(state, Integer.parseInt(param[1]));
    }
    StatementCounter.lifecycle(state, Setup.class, Level.Trial);
    return new Operation(spec, state, type.getMethod(name[1]), new ArrayList<>());
  }
}
