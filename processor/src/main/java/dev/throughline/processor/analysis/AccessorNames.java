package dev.throughline.processor.analysis;

import dev.throughline.processor.diagnostics.Messages;
import dev.throughline.processor.diagnostics.ValidationReport;
import dev.throughline.processor.model.RegistryModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Makes sure that each generated name is generated once: not by two relations (or registries) of
 * this compilation, and not over a class that already exists. Classes left over from an earlier
 * build (stale sources or classes) are recognised by their shape and replaced: an accessor by its
 * {@code RELATION} constant, a registry by its {@code inclusion(String)}.
 */
public final class AccessorNames {

  private final Elements elements;
  private final Map<String, String> claimed = new HashMap<>();

  public AccessorNames(Elements elements) {
    this.elements = elements;
  }

  /** The relations that may generate their accessor (an identity set); the others are reported. */
  public Set<AnalyzedRelation> admit(List<AnalyzedRelation> relations, ValidationReport report) {
    Map<String, List<AnalyzedRelation>> byName = new LinkedHashMap<>();
    for (AnalyzedRelation relation : relations) {
      byName.computeIfAbsent(relation.model().accessor().qualifiedName(), name -> new ArrayList<>()).add(relation);
    }
    // By identity: relations are deep records, and equals on each of hundreds would cost more than the check.
    Set<AnalyzedRelation> admitted = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map.Entry<String, List<AnalyzedRelation>> entry : byName.entrySet()) {
      String accessor = entry.getKey();
      List<AnalyzedRelation> sameName = entry.getValue();
      if (sameName.size() > 1) {
        for (AnalyzedRelation relation : sameName) {
          AnalyzedRelation other = sameName.get(sameName.get(0) == relation ? 1 : 0);
          report.error(relation.field(), relation.annotation(),
              Messages.duplicateAccessor(describe(relation), accessor, describe(other)));
        }
        continue;
      }
      AnalyzedRelation relation = sameName.get(0);
      if (claimed.containsKey(accessor)) {
        report.error(relation.field(), relation.annotation(),
            Messages.duplicateAccessor(describe(relation), accessor, claimed.get(accessor)));
      } else if (existsOtherThanEarlierOutput(accessor, relation.field())) {
        report.error(relation.field(), relation.annotation(),
            Messages.accessorExists(describe(relation), accessor));
      } else {
        claimed.put(accessor, describe(relation));
        admitted.add(relation);
      }
    }
    return admitted;
  }

  /** Whether the source's registry may be generated under its name; if not, reports why on the source. */
  public boolean admitRegistry(RegistryModel registry, TypeElement source, ValidationReport report) {
    String name = registry.registry().qualifiedName();
    String description = "the relation registry of " + source.getQualifiedName();
    if (claimed.containsKey(name)) {
      report.error(source, Messages.duplicateAccessor(description, name, claimed.get(name)));
      return false;
    }
    if (existsOtherThanEarlierOutput(name, source)) {
      report.error(source, Messages.accessorExists(description, name));
      return false;
    }
    claimed.put(name, description);
    return true;
  }

  /** {@code relation q.Doctor.patients}: qualified, so that same-named sources in one package are told apart. */
  private static String describe(AnalyzedRelation relation) {
    VariableElement field = relation.field();
    return "relation " + ((TypeElement) field.getEnclosingElement()).getQualifiedName() + "." + field.getSimpleName();
  }

  /**
   * Whether a class of that name, other than an earlier build's output, is visible where the
   * relation is declared. Looked up in the declaring module: javac's module-less {@code
   * getTypeElement} searches every module of the platform for a name that does not exist yet,
   * which was most of the processor's own time on large trees.
   */
  private boolean existsOtherThanEarlierOutput(String accessor, Element declaredIn) {
    ModuleElement module = elements.getModuleOf(declaredIn);
    TypeElement existing = module == null ? elements.getTypeElement(accessor) : elements.getTypeElement(module, accessor);
    return existing != null && !isEarlierOutput(existing);
  }

  private static boolean isEarlierOutput(TypeElement type) {
    boolean accessor = ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .anyMatch(field -> field.getSimpleName().contentEquals("RELATION")
            && isClass(field.asType(), JpaNames.RUNTIME_RELATION));
    boolean registry = ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .anyMatch(method -> method.getSimpleName().contentEquals("inclusion")
            && method.getModifiers().contains(Modifier.STATIC)
            && method.getParameters().size() == 1
            && isClass(method.getParameters().get(0).asType(), "java.lang.String")
            && isClass(method.getReturnType(), JpaNames.INCLUSION));
    return accessor || registry;
  }

  private static boolean isClass(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }
}
