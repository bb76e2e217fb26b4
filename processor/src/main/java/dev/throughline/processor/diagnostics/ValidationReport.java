package dev.throughline.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where every error the processor finds goes: on an element, on one of its annotations, or on one
 * value of that annotation. Errors are collected rather than printed at once, so that a relation
 * whose validation is retried in a later round reports nothing until it is final; the {@link
 * Reporter} prints them.
 */
public final class ValidationReport {

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** An error on an element. */
  public void error(Element element, MessageText message) {
    diagnostics.add(new Diagnostic(message, element, null, null));
  }

  /** An error on an annotation of an element. */
  public void error(Element element, AnnotationMirror annotation, MessageText message) {
    diagnostics.add(new Diagnostic(message, element, annotation, null));
  }

  /**
   * An error on one value of an annotation. A null {@code value} (the attribute was left at its
   * default) points at the annotation instead.
   */
  public void error(Element element, AnnotationMirror annotation, AnnotationValue value, MessageText message) {
    diagnostics.add(new Diagnostic(message, element, annotation, value));
  }

  /** Takes over the errors of another report, in their order, after those found so far. */
  public void addAll(ValidationReport other) {
    diagnostics.addAll(other.diagnostics);
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
