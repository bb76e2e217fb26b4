package dev.throughline.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Relations waiting for a type that another processor has not generated yet. They are kept by
 * name, not as elements, because javac gives each round fresh elements.
 */
final class DeferredRelations {

  /**
   * A relation to retry.
   *
   * @param sourceType the canonical name of the class declaring the field
   * @param field the field name
   * @param missingType the type that was missing, for the final report
   */
  record Deferred(String sourceType, String field, String missingType) {}

  private final Map<String, Deferred> deferred = new LinkedHashMap<>();

  void defer(VariableElement field, String missingType) {
    String sourceType = ((TypeElement) field.getEnclosingElement()).getQualifiedName().toString();
    Deferred relation = new Deferred(sourceType, field.getSimpleName().toString(), missingType);
    deferred.put(sourceType + "#" + relation.field(), relation);
  }

  /** The fields deferred so far, looked up again in this round's elements; forgets them. */
  List<VariableElement> takeAll(Elements elements) {
    List<VariableElement> fields = new ArrayList<>();
    for (Deferred relation : deferred.values()) {
      TypeElement type = elements.getTypeElement(relation.sourceType());
      if (type == null) {
        continue;
      }
      ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
          .filter(field -> field.getSimpleName().contentEquals(relation.field()))
          .findFirst()
          .ifPresent(fields::add);
    }
    deferred.clear();
    return fields;
  }
}
