package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.JavaFileObject;

/** What diagnostic tests assert: which errors a compilation reported, to the line. */
final class DiagnosticAssertions {

  /**
   * An error that must have been reported.
   *
   * @param file the file it is in
   * @param line its line
   * @param message a fragment of its text, from the bracketed id on
   */
  record ExpectedError(JavaFileObject file, long line, String message) {}

  private DiagnosticAssertions() {}

  static ExpectedError error(JavaFileObject file, long line, String message) {
    return new ExpectedError(file, line, message);
  }

  /** The compilation failed with exactly one error, this one. */
  static void assertOnlyError(Compilation compilation, JavaFileObject file, long line, String message) {
    assertOnlyErrors(compilation, error(file, line, message));
  }

  /** The compilation failed with exactly these errors. */
  static void assertOnlyErrors(Compilation compilation, ExpectedError... errors) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(errors.length);
    for (ExpectedError error : errors) {
      assertReported(compilation, error);
    }
  }

  /** The compilation failed with this error, and perhaps others that javac adds. */
  static void assertError(Compilation compilation, JavaFileObject file, long line, String message) {
    assertThat(compilation).failed();
    assertReported(compilation, error(file, line, message));
  }

  /** Among the errors, exactly one contains this text (a bracketed id: the processor reported it once). */
  static void assertReportedOnce(Compilation compilation, String text) {
    assertThat(compilation.errors().stream()
            .map(error -> error.getMessage(Locale.ROOT))
            .filter(message -> message.contains(text)))
        .hasSize(1);
  }

  private static void assertReported(Compilation compilation, ExpectedError error) {
    assertThat(compilation).hadErrorContaining(error.message()).inFile(error.file()).onLine(error.line());
  }
}
