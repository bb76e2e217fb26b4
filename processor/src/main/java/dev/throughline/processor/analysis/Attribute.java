package dev.throughline.processor.analysis;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent attribute of an entity, backed by a field, a getter (property access), or both.
 *
 * @param name the attribute name
 * @param type its type as a member of the entity (type variables of generic superclasses resolved)
 * @param field the field, or null for a property without one
 * @param getter the getter that defines the attribute under property access, or null
 */
record Attribute(String name, TypeMirror type, VariableElement field, ExecutableElement getter) {

  /** Whether the field or the getter carries the annotation. */
  boolean has(String annotationName) {
    return AnnotationLookup.has(field, annotationName) || AnnotationLookup.has(getter, annotationName);
  }

  /** Whether this is an {@code @Id} or {@code @EmbeddedId} attribute. */
  boolean isId() {
    return has(JpaNames.ID) || has(JpaNames.EMBEDDED_ID);
  }

  /** Whether this is a {@code @ManyToOne} association. */
  boolean isManyToOne() {
    return has(JpaNames.MANY_TO_ONE);
  }
}
