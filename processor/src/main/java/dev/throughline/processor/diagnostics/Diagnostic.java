package dev.throughline.processor.diagnostics;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One error, with the most precise place javac can point at: an element, optionally one of its
 * annotations, optionally one value of that annotation.
 *
 * @param message what is wrong
 * @param element the element the error is on
 * @param annotation the annotation on {@code element} the error is about, or null
 * @param value the value of {@code annotation} the error is about, or null
 */
public record Diagnostic(MessageText message, Element element, AnnotationMirror annotation, AnnotationValue value) {

  public Diagnostic {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(element, "element");
    if (value != null && annotation == null) {
      throw new IllegalArgumentException("an annotation value needs its annotation");
    }
  }

  /** The text javac prints. */
  public String text() {
    return message.text();
  }
}
