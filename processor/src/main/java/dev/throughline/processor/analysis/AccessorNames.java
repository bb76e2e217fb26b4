package dev.throughline.processor.analysis;

import dev.throughline.processor.diagnostics.Message;
import dev.throughline.processor.diagnostics.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Makes sure that each accessor name is generated once: not by two relations of this compilation,
 * and not over a class that already exists. Accessors left over from an earlier build of the same
 * relation (stale sources or classes) are recognised by their {@code RELATION} constant and replaced.
 */
public final class AccessorNames {

  private final Elements elements;
  private final Map<String, String> claimed = new HashMap<>();

  public AccessorNames(Elements elements) {
    this.elements = elements;
  }

  /** The relations that may generate their accessor; the others are reported. */
  public List<AnalyzedRelation> admit(List<AnalyzedRelation> relations, Reporter reporter) {
    Map<String, List<AnalyzedRelation>> byName = new LinkedHashMap<>();
    for (AnalyzedRelation relation : relations) {
      byName.computeIfAbsent(relation.model().accessor().qualifiedName(), name -> new ArrayList<>()).add(relation);
    }
    List<AnalyzedRelation> admitted = new ArrayList<>();
    for (Map.Entry<String, List<AnalyzedRelation>> entry : byName.entrySet()) {
      String accessor = entry.getKey();
      List<AnalyzedRelation> sameName = entry.getValue();
      if (sameName.size() > 1) {
        for (AnalyzedRelation relation : sameName) {
          AnalyzedRelation other = sameName.get(sameName.get(0) == relation ? 1 : 0);
          reporter.error(Message.DUPLICATE_ACCESSOR, relation.field(), relation.annotation(),
              describe(relation), accessor, describe(other));
        }
        continue;
      }
      AnalyzedRelation relation = sameName.get(0);
      if (claimed.containsKey(accessor)) {
        reporter.error(Message.DUPLICATE_ACCESSOR, relation.field(), relation.annotation(),
            describe(relation), accessor, claimed.get(accessor));
      } else if (existsOtherThanEarlierOutput(accessor)) {
        reporter.error(Message.ACCESSOR_EXISTS, relation.field(), relation.annotation(), describe(relation), accessor);
      } else {
        claimed.put(accessor, describe(relation));
        admitted.add(relation);
      }
    }
    return admitted;
  }

  /** {@code q.Doctor.patients}: qualified, so that same-named sources in one package are told apart. */
  private static String describe(AnalyzedRelation relation) {
    VariableElement field = relation.field();
    return ((TypeElement) field.getEnclosingElement()).getQualifiedName() + "." + field.getSimpleName();
  }

  private boolean existsOtherThanEarlierOutput(String accessor) {
    TypeElement existing = elements.getTypeElement(accessor);
    return existing != null && !isEarlierOutput(existing);
  }

  private static boolean isEarlierOutput(TypeElement type) {
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(field -> field.getSimpleName().contentEquals("RELATION"))
        .anyMatch(field -> field.asType().getKind() == TypeKind.DECLARED
            && ((TypeElement) ((DeclaredType) field.asType()).asElement())
                .getQualifiedName().contentEquals(JpaNames.RUNTIME_RELATION));
  }
}
