package dev.throughline.processor.analysis;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * The {@code @HasManyThrough} annotation of one field, with the values the user wrote. Errors about
 * a written value point at that value; errors about a default point at the annotation.
 *
 * @param mirror the annotation
 */
record RelationAnnotation(AnnotationMirror mirror) {

  /** The written {@code through} value, absent only when the source does not compile. */
  Optional<AnnotationValue> through() {
    return AnnotationLookup.explicitValue(mirror, "through");
  }

  /** Whether the relation may be included by name; true unless {@code includeByName = false} is written. */
  boolean includeByName() {
    return AnnotationLookup.explicitValue(mirror, "includeByName")
        .map(AnnotationValue::getValue)
        .map(value -> !Boolean.FALSE.equals(value))
        .orElse(true);
  }

  /** The name written for a key, or empty when it is left at its default. */
  Optional<String> key(KeyRole role) {
    return AnnotationLookup.explicitString(mirror, role.attribute());
  }

  /** Whether a key is named rather than defaulted. */
  boolean names(KeyRole role) {
    return key(role).isPresent();
  }

  /** The written value of a key, or null when it is left at its default (errors then point at the annotation). */
  AnnotationValue valueOrNull(KeyRole role) {
    return names(role) ? AnnotationLookup.explicitValue(mirror, role.attribute()).orElse(null) : null;
  }
}
