package dev.throughline.processor.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The errors found while validating one relation. Collected rather than printed at once, so that a
 * relation whose validation is retried in a later round reports nothing until it is final; the
 * {@link Reporter} prints them.
 */
public final class ValidationReport {

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** An error on an element. */
  public void error(Message message, Element element, Object... args) {
    diagnostics.add(new Diagnostic(message, Arrays.asList(args), element, null, null));
  }

  /** An error on an annotation of an element. */
  public void error(Message message, Element element, AnnotationMirror annotation, Object... args) {
    diagnostics.add(new Diagnostic(message, Arrays.asList(args), element, annotation, null));
  }

  /**
   * An error on one value of an annotation. A null {@code value} (the attribute was left at its
   * default) points at the annotation instead.
   */
  public void error(
      Message message, Element element, AnnotationMirror annotation, AnnotationValue value, Object... args) {
    diagnostics.add(new Diagnostic(message, Arrays.asList(args), element, annotation, value));
  }

  /** Whether no error was found. */
  public boolean isClean() {
    return diagnostics.isEmpty();
  }

  /** The errors, in the order they were found. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
