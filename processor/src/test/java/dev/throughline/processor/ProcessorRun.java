package dev.throughline.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor on javac, the way a build would; {@link TestCompiler} for ecj too. */
final class ProcessorRun {

  private ProcessorRun() {}

  /** Compiles with the Throughline processor. */
  static Compilation compile(JavaFileObject... sources) {
    return TestCompiler.JAVAC.compile(sources);
  }

  /** Compiles with the Throughline processor and extra javac options. */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return TestCompiler.JAVAC.compile(options, sources);
  }

  static Compilation compileWith(List<Processor> processors, List<String> options, JavaFileObject... sources) {
    return TestCompiler.JAVAC.compileWith(processors, options, sources);
  }

  /** Compiles with the Throughline processor and another that generates a type one round late. */
  static Compilation compileWithLate(String qualifiedName, String text, JavaFileObject... sources) {
    return TestCompiler.JAVAC.compileWithLate(qualifiedName, text, sources);
  }

  /** Compiles with the Throughline processor, which must succeed without warnings, and returns one generated source. */
  static String generated(String qualifiedName, JavaFileObject... sources) {
    return TestCompiler.JAVAC.generated(qualifiedName, sources);
  }

  /** The text of a source that a compilation generated; the compilation must have succeeded without warnings. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    return TestCompiler.generatedSource(compilation, qualifiedName);
  }

  /** A source file; {@code name} is the qualified class name ({@code p.Doctor}). */
  static JavaFileObject source(String name, String text) {
    return JavaFileObjects.forSourceString(name, text);
  }
}
