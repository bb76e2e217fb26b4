package dev.throughline.processor.analysis;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Finds annotations and their explicitly written values by qualified name. */
final class AnnotationLookup {

  private AnnotationLookup() {}

  /** The annotation of that type on the element, if present. */
  static Optional<AnnotationMirror> find(Element element, String annotationName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Whether the element (possibly null) carries the annotation. */
  static boolean has(Element elementOrNull, String annotationName) {
    return elementOrNull != null && find(elementOrNull, annotationName).isPresent();
  }

  /** The value written for an attribute, if it was written (defaults are not included). */
  static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The written value of a String attribute, or empty when it was not written or is blank. */
  static Optional<String> explicitString(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute)
        .map(AnnotationValue::getValue)
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .filter(value -> !value.isEmpty());
  }
}
