package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor, the way a build would. */
final class ProcessorRun {

  private ProcessorRun() {}

  /** Compiles with the Throughline processor. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** Compiles with the Throughline processor and extra javac options. */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return compileWith(List.of(new HasManyThroughProcessor()), options, sources);
  }

  static Compilation compileWith(List<Processor> processors, List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(processors).withOptions(options).compile(sources);
  }

  /** Compiles with the Throughline processor and another that generates a type one round late. */
  static Compilation compileWithLate(String qualifiedName, String text, JavaFileObject... sources) {
    return compileWith(
        List.of(new HasManyThroughProcessor(), new LateEntityProcessor(qualifiedName, text)), List.of(), sources);
  }

  /** Compiles with the Throughline processor, which must succeed without warnings, and returns one generated source. */
  static String generated(String qualifiedName, JavaFileObject... sources) {
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

  /** A source file; {@code name} is the qualified class name ({@code p.Doctor}). */
  static JavaFileObject source(String name, String text) {
    return JavaFileObjects.forSourceString(name, text);
  }
}
