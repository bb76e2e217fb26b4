package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Generated accessors compile without a single warning under every javac lint, and under ecj's defaults. */
class LintTest {

  @Test
  void generatedAccessorsCompileWithAllLintsAsErrors() {
    List<JavaFileObject> model = goldenModels();
    Compilation processed = ProcessorRun.compile(model.toArray(JavaFileObject[]::new));
    assertThat(processed).succeededWithoutWarnings();
    List<JavaFileObject> sources = new ArrayList<>(model);
    sources.addAll(processed.generatedSourceFiles());
    assertThat(sources).hasSize(model.size() + 7 + 6); // seven accessors, six registries

    // The accessors and their models again, processing off: every lint applies, and any warning fails.
    Compilation strict = Compiler.javac()
        .withOptions("-Xlint:all", "-Werror", "-proc:none")
        .compile(sources);
    assertThat(strict).succeededWithoutWarnings();
  }

  @Test
  void processingWithAllOtherLintsAsErrors() {
    // -Xlint:processing warns about every annotation no processor claims, Jakarta Persistence's
    // included; the processor must not claim @HasManyThrough, so that lint is the one left out.
    Compilation compilation = ProcessorRun.compile(
        List.of("-Xlint:all,-processing", "-Werror"), goldenModels().toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("library.AuthorBooks");
  }

  @Test
  void generatedAccessorsCompileWithoutWarningsUnderEcjDefaults() {
    Compilation compilation = Compiler.compiler(new EclipseJavaCompiler())
        .withProcessors(new HasManyThroughProcessor())
        .withOptions("-17")
        .compile(goldenModels());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).hasSize(7 + 6);
  }

  private static List<JavaFileObject> goldenModels() {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.addAll(GoldenModels.CLINIC);
    sources.addAll(GoldenModels.FOLLOWS);
    sources.addAll(GoldenModels.SHOP);
    sources.addAll(GoldenModels.LIBRARY);
    sources.addAll(GoldenModels.SCHOOL);
    sources.addAll(GoldenModels.TEAM);
    return sources;
  }
}
