package dev.throughline.benchmarks;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;

/**
 * A cross-check of the JMH medians that load on a shared machine cannot skew: for each case and
 * parameter value, the approaches take turns, one operation each per round, so that a burst of
 * other work hits them alike; the median per approach is kept. As many unrecorded rounds come
 * first, so that no approach is timed while the JIT still compiles it. Same state classes, same
 * setup.
 */
final class Interleaved {

  private Interleaved() {}

  /** Milliseconds per operation, keyed {@code Class.method|value}. */
  static Map<String, List<Double>> run(Plan plan, int rounds) throws ReflectiveOperationException {
    // Per class and value, the methods that some group measures at that value.
    Map<Class<?>, Map<String, List<String>>> cases = new LinkedHashMap<>();
    Map<Class<?>, String> params = new LinkedHashMap<>();
    for (Plan.Group group : plan.groups()) {
      Map<String, List<String>> byValue = cases.computeIfAbsent(group.type(), type -> new LinkedHashMap<>());
      params.put(group.type(), group.param());
      for (String value : group.param() == null ? List.of("") : group.values()) {
        List<String> methods = byValue.computeIfAbsent(value, v -> new ArrayList<>());
        Arrays.stream(group.type().getMethods())
            .filter(method -> method.isAnnotationPresent(Benchmark.class) && method.getName().matches(group.methods()))
            .map(Method::getName)
            .sorted()
            .forEach(methods::add);
      }
    }
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    for (var entry : cases.entrySet()) {
      Class<?> type = entry.getKey();
      for (var values : entry.getValue().entrySet()) {
        Object state = type.getConstructor().newInstance();
        String param = params.get(type);
        if (param != null) {
          Field field = type.getField(param);
          field.setInt(state, Integer.parseInt(values.getKey()));
        }
        StatementCounter.lifecycle(state, org.openjdk.jmh.annotations.Setup.class, Level.Trial);
        List<Method> methods = new ArrayList<>();
        for (String name : values.getValue()) {
          methods.add(type.getMethod(name));
        }
        methods.sort(Comparator.comparing(Method::getName));
        // As many unrecorded rounds first: the JIT compiles each approach's path before any is timed.
        for (int round = -rounds; round < rounds; round++) {
          for (int turn = 0; turn < methods.size(); turn++) {
            Method method = methods.get(Math.floorMod(turn + round, methods.size()));
            StatementCounter.lifecycle(state, org.openjdk.jmh.annotations.Setup.class, Level.Invocation);
            long start = System.nanoTime();
            try {
              method.invoke(state);
            } catch (InvocationTargetException e) {
              throw new IllegalStateException(type.getSimpleName() + "." + method.getName() + " failed", e.getCause());
            }
            double elapsed = (System.nanoTime() - start) / 1e6;
            StatementCounter.lifecycle(state, org.openjdk.jmh.annotations.TearDown.class, Level.Invocation);
            if (round < 0) {
              continue;
            }
            millis.computeIfAbsent(type.getSimpleName() + "." + method.getName() + "|" + values.getKey(),
                key -> new ArrayList<>()).add(elapsed);
          }
        }
        StatementCounter.lifecycle(state, org.openjdk.jmh.annotations.TearDown.class, Level.Trial);
        System.out.printf("  %s %s: %s%n", type.getSimpleName(), values.getKey(), methods.stream()
            .map(m -> m.getName() + " " + Results.ms(Stats.median(millis.get(type.getSimpleName() + "." + m.getName()
                + "|" + values.getKey()))))
            .toList());
      }
    }
    return millis;
  }
}
