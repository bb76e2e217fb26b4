package dev.throughline.processor.analysis;

import dev.throughline.processor.model.RelationModel;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A valid relation: its model, and the elements that later diagnostics (name clashes) and the
 * generated file's single originating element refer to.
 *
 * @param model what to generate
 * @param field the annotated field
 * @param annotation its {@code @HasManyThrough}
 */
public record AnalyzedRelation(RelationModel model, VariableElement field, AnnotationMirror annotation) {

  /** The source entity, which declares the field: the one element the generated file originates from. */
  public TypeElement originatingElement() {
    return (TypeElement) field.getEnclosingElement();
  }
}
