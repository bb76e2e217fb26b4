package dev.throughline.processor.diagnostics;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * The one place where the processor talks to javac's {@link Messager}: it prints the errors of a
 * {@link ValidationReport}, and failures of the processor itself. Every diagnostic is an ERROR.
 */
public final class Reporter {

  private final Messager messager;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Prints every error of a report, each at its most precise place. */
  public void print(ValidationReport report) {
    report.diagnostics().forEach(this::print);
  }

  /**
   * A failure of the processor itself, with its stack trace, on the element being processed (or
   * on none when the failure happened outside any element).
   */
  public void internalError(Element elementOrNull, Throwable failure) {
    StringWriter stack = new StringWriter();
    failure.printStackTrace(new PrintWriter(stack));
    String text = Messages.internalError(stack.toString()).text();
    if (elementOrNull == null) {
      messager.printMessage(Kind.ERROR, text);
    } else {
      messager.printMessage(Kind.ERROR, text, elementOrNull);
    }
  }

  private void print(Diagnostic diagnostic) {
    if (diagnostic.value() != null) {
      messager.printMessage(
          Kind.ERROR, diagnostic.text(), diagnostic.element(), diagnostic.annotation(), diagnostic.value());
    } else if (diagnostic.annotation() != null) {
      messager.printMessage(Kind.ERROR, diagnostic.text(), diagnostic.element(), diagnostic.annotation());
    } else {
      messager.printMessage(Kind.ERROR, diagnostic.text(), diagnostic.element());
    }
  }
}
