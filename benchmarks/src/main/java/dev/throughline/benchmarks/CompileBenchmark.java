package dev.throughline.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac's time on a {@link CompileTree}, in process (javax.tools), without annotation processors,
 * with the Throughline processor and with Hibernate's hibernate-processor; the variants take turns
 * in each round, the first rounds are warm-up, and the median of the others is reported.
 */
public final class CompileBenchmark {

  /**
   * One way of compiling the tree; {@code pregenerated}: the accessors the Throughline processor
   * generates, written beforehand, are compiled with the tree (no processor runs), which tells the
   * processor's own work apart from javac's work on the code it generates.
   */
  public record Variant(String name, List<Path> processorPath, String processor, boolean pregenerated) {}

  /** The times of one variant, in milliseconds, warm-up rounds left out. */
  public record Timing(CompileTree tree, Variant variant, List<Double> millis, int generatedFiles) {
    public double median() {
      return Stats.median(millis);
    }
  }

  private final CompileTree tree;
  private final Path work;
  private final List<Path> classPath;
  private final List<Variant> variants;

  CompileBenchmark(CompileTree tree, Path work, boolean withPregenerated) {
    this.tree = tree;
    this.work = work;
    List<Path> all = Classpath.entries();
    this.classPath = List.of(
        Classpath.jarOf(all, "jakarta.persistence-api"),
        Classpath.jarOf(all, "throughline-runtime"),
        Classpath.jarOf(all, "hibernate-core"));
    // The processor paths Maven builds from annotationProcessorPaths: each processor and its dependencies.
    List<Path> throughline = List.of(Classpath.jarOf(all, "throughline-processor"), Classpath.jarOf(all, "javapoet"));
    List<Path> hibernate = new ArrayList<>();
    hibernate.add(Classpath.jarOf(all, "hibernate-processor"));
    for (String artifact : List.of("hibernate-core", "hibernate-models", "jandex", "jakarta.xml.bind-api",
        "jaxb-runtime", "jaxb-core", "angus-activation", "txw2", "istack-commons-runtime", "jakarta.activation-api",
        "jakarta.validation-api", "jakarta.annotation-api", "antlr4-runtime", "byte-buddy", "jboss-logging",
        "jakarta.persistence-api", "jakarta.transaction-api", "jakarta.inject-api")) {
      hibernate.add(Classpath.jarOf(all, artifact));
    }
    List<Variant> chosen = new ArrayList<>(List.of(
        new Variant("javac, no processor", List.of(), null, false),
        new Variant("javac + Throughline processor", throughline, processorName(throughline.get(0)), false),
        new Variant("javac + hibernate-processor", hibernate, processorName(hibernate.get(0)), false)));
    if (withPregenerated) {
      chosen.add(new Variant("javac, no processor, accessors pre-generated", List.of(), null, true));
    }
    this.variants = List.copyOf(chosen);
  }

  /** Runs {@code warmups + rounds} rounds and returns each variant's timings. */
  List<Timing> run(int warmups, int rounds) throws IOException {
    Path sources = work.resolve("src");
    List<Path> files = tree.write(sources);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("No system Java compiler: run the benchmarks on a JDK, not a JRE");
    }
    // Untimed: the accessors, generated once for the pre-generated variant (full mode only).
    List<Path> withAccessors = new ArrayList<>(files);
    if (variants.stream().anyMatch(Variant::pregenerated)) {
      Path pregenerated = work.resolve("pregenerated");
      compile(javac, variants.get(1), files, work.resolve("pregen-classes"), pregenerated);
      try (Stream<Path> generatedFiles = Files.walk(pregenerated)) {
        generatedFiles.filter(path -> path.toString().endsWith(".java")).sorted().forEach(withAccessors::add);
      }
    }
    Map<Variant, List<Double>> times = new LinkedHashMap<>();
    Map<Variant, Integer> generated = new LinkedHashMap<>();
    variants.forEach(variant -> times.put(variant, new ArrayList<>()));
    for (int round = 0; round < warmups + rounds; round++) {
      for (int turn = 0; turn < variants.size(); turn++) {
        // Rotate the order, so that no variant always runs right after the same one.
        Variant variant = variants.get((turn + round) % variants.size());
        Path out = work.resolve("out-" + round + "-" + turn);
        Path gen = out.resolve("generated");
        double millis = compile(javac, variant, variant.pregenerated() ? withAccessors : files, out.resolve("classes"), gen);
        generated.put(variant, countFiles(gen));
        if (round >= warmups) {
          times.get(variant).add(millis);
        }
        System.out.printf("  compile round %d%s: %-32s %8.0f ms%n", round + 1, round < warmups ? " (warm-up)" : "",
            variant.name(), millis);
        deleteTree(out);
      }
    }
    List<Timing> timings = new ArrayList<>();
    times.forEach((variant, millis) -> timings.add(new Timing(tree, variant, millis, generated.get(variant))));
    return timings;
  }

  /** Compiles the files with this variant's processors and returns the milliseconds javac took. */
  private double compile(JavaCompiler javac, Variant variant, List<Path> files, Path classes, Path generated)
      throws IOException {
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    List<String> options = new ArrayList<>(List.of(
        "--release", "17", "-encoding", "UTF-8", "-nowarn", "-implicit:none",
        "-d", classes.toString(), "-s", generated.toString(), "-classpath", Classpath.join(classPath)));
    if (variant.processor() == null) {
      options.add("-proc:none");
    } else {
      options.addAll(List.of("-processorpath", Classpath.join(variant.processorPath()), "-processor", variant.processor()));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long start = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      ok = javac.getTask(null, fileManager, diagnostics, options, null,
          fileManager.getJavaFileObjectsFromPaths(files)).call();
    }
    double millis = (System.nanoTime() - start) / 1e6;
    if (!ok) {
      throw new IllegalStateException(variant.name() + " failed to compile the tree:\n"
          + diagnostics.getDiagnostics().stream().limit(20).map(Object::toString).reduce("", (a, b) -> a + b + "\n"));
    }
    return millis;
  }

  private static String processorName(Path jar) {
    try (JarFile file = new JarFile(jar.toFile());
        InputStream in = file.getInputStream(file.getEntry("META-INF/services/javax.annotation.processing.Processor"))) {
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException(jar + " names no annotation processor"));
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException(jar + " has no META-INF/services/javax.annotation.processing.Processor", e);
    }
  }

  private static int countFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return (int) files.filter(Files::isRegularFile).count();
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
