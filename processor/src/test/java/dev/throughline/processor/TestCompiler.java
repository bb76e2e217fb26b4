package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * The compilers the processor runs in: javac, and Eclipse's compiler (ecj), which implements the processing API
 * itself. Tests parameterised over both assert the same generated sources and the same diagnostics.
 */
enum TestCompiler {
  JAVAC(Compiler::javac, List.of()),
  /**
   * ecj compiles for its newest Java unless told; the project's release is 17. Test fixtures import what the
   * tests' entities may use and keep fields they never read, which ecj warns about by default; {@link LintTest}
   * holds the generated code to all of ecj's default warnings.
   */
  ECJ(() -> Compiler.compiler(new EclipseJavaCompiler()), List.of("-17", "-warn:-unusedImport,-unusedPrivate"));

  private final Supplier<Compiler> compiler;
  private final List<String> options;

  TestCompiler(Supplier<Compiler> compiler, List<String> options) {
    this.compiler = compiler;
    this.options = options;
  }

  /** Compiles with the Throughline processor. */
  Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** Compiles with the Throughline processor and extra options. */
  Compilation compile(List<String> options, JavaFileObject... sources) {
    return compileWith(List.of(new HasManyThroughProcessor()), options, sources);
  }

  Compilation compileWith(List<Processor> processors, List<String> options, JavaFileObject... sources) {
    return with(processors, options).compile(sources);
  }

  /** This compiler with the Throughline processor, for tests that set more of it (a class path). */
  Compiler processing() {
    return with(List.of(new HasManyThroughProcessor()), List.of());
  }

  private Compiler with(List<Processor> processors, List<String> options) {
    List<String> all = new ArrayList<>(this.options);
    all.addAll(options);
    return compiler.get().withProcessors(processors).withOptions(all);
  }

  /** Compiles with the Throughline processor and another that generates a type one round late. */
  Compilation compileWithLate(String qualifiedName, String text, JavaFileObject... sources) {
    return compileWith(
        List.of(new HasManyThroughProcessor(), new LateEntityProcessor(qualifiedName, text)), List.of(), sources);
  }

  /** Compiles with the Throughline processor, which must succeed without warnings, and returns one generated source. */
  String generated(String qualifiedName, JavaFileObject... sources) {
    return generatedSource(compile(sources), qualifiedName);
  }

  /** The text of a source that a compilation generated; the compilation must have succeeded without warnings. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    assertThat(compilation).succeededWithoutWarnings();
    try {
      return compilation.generatedSourceFile(qualifiedName).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
