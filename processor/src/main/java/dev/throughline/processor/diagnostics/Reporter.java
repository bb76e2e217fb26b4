package dev.throughline.processor.diagnostics;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/** The one place where the processor talks to javac's {@link Messager}; every diagnostic is an ERROR. */
public final class Reporter {

  private final Messager messager;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** An error on an element. */
  public void error(Message message, Element element, Object... args) {
    print(new Diagnostic(message, Arrays.asList(args), element, null, null));
  }

  /** An error on an annotation of an element. */
  public void error(Message message, Element element, AnnotationMirror annotation, Object... args) {
    print(new Diagnostic(message, Arrays.asList(args), element, annotation, null));
  }

  /** An error on one value of an annotation of an element. */
  public void error(
      Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
    print(new Diagnostic(message, Arrays.asList(args), element, annotation, value));
  }

  /** Prints every error of a report. */
  public void print(ValidationReport report) {
    report.diagnostics().forEach(this::print);
  }

  /** Prints one error at its most precise place. */
  public void print(Diagnostic diagnostic) {
    if (diagnostic.value() != null) {
      messager.printMessage(
          Kind.ERROR, diagnostic.text(), diagnostic.element(), diagnostic.annotation(), diagnostic.value());
    } else if (diagnostic.annotation() != null) {
      messager.printMessage(Kind.ERROR, diagnostic.text(), diagnostic.element(), diagnostic.annotation());
    } else {
      messager.printMessage(Kind.ERROR, diagnostic.text(), diagnostic.element());
    }
  }

  /**
   * A failure of the processor itself, with its stack trace, on the element being processed (or
   * on none when the failure happened outside any element).
   */
  public void internalError(Element elementOrNull, Throwable failure) {
    StringWriter stack = new StringWriter();
    failure.printStackTrace(new PrintWriter(stack));
    String text = Message.INTERNAL_ERROR.format(stack.toString());
    if (elementOrNull == null) {
      messager.printMessage(Kind.ERROR, text);
    } else {
      messager.printMessage(Kind.ERROR, text, elementOrNull);
    }
  }
}
