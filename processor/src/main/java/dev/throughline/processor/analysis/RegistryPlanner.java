package dev.throughline.processor.analysis;

import dev.throughline.processor.model.RegistryModel;
import dev.throughline.processor.model.RelationModel;
import dev.throughline.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Decides when each source entity's registry ({@code DoctorRelations}) can be written: once every
 * relation field of the source is settled, generated or reported, including relations that waited
 * for a later round. Kept by name, as elements do not survive rounds.
 */
public final class RegistryPlanner {

  private static final class Source {
    final TypeRef type;
    final Set<String> unsettled = new LinkedHashSet<>();
    final Map<String, RelationModel> generated = new LinkedHashMap<>();
    final Map<String, Integer> declarationOrder = new HashMap<>();
    boolean written;

    Source(TypeRef type) {
      this.type = type;
    }
  }

  /** By qualified name: which of two registries of one name is written must not hang on the compiler's order. */
  private final Map<String, Source> sources = new TreeMap<>();

  /** A relation field is being processed; its source's registry waits for it. */
  public void expect(VariableElement field) {
    Source source = source(field);
    String name = field.getSimpleName().toString();
    source.unsettled.add(name);
    source.declarationOrder.put(name, ElementFilter.fieldsIn(field.getEnclosingElement().getEnclosedElements()).indexOf(field));
  }

  /** A relation's accessor was generated. */
  public void generated(VariableElement field, RelationModel relation) {
    Source source = source(field);
    source.unsettled.remove(relation.field().name());
    source.generated.put(relation.field().name(), relation);
  }

  /** A relation was reported and will not be generated. */
  public void abandoned(VariableElement field) {
    source(field).unsettled.remove(field.getSimpleName().toString());
  }

  /** The registries whose sources are settled and that are not written yet; each is returned once. */
  public List<RegistryModel> ready() {
    List<RegistryModel> ready = new ArrayList<>();
    for (Source source : sources.values()) {
      if (!source.written && source.unsettled.isEmpty()) {
        source.written = true;
        ready.add(model(source));
      }
    }
    return ready;
  }

  private static RegistryModel model(Source source) {
    List<RegistryModel.Entry> entries = new ArrayList<>();
    List<RelationModel> relations = new ArrayList<>(source.generated.values());
    relations.sort(Comparator.comparing(relation -> source.declarationOrder.get(relation.field().name())));
    for (RelationModel relation : relations) {
      if (relation.includeByName()) {
        entries.add(new RegistryModel.Entry(relation.field().name(), relation.accessor()));
      }
    }
    TypeRef registry = TypeRef.topLevel(source.type.packageName(), source.type.simpleName() + "Relations");
    return new RegistryModel(registry, source.type, entries);
  }

  private Source source(VariableElement field) {
    TypeElement type = (TypeElement) field.getEnclosingElement();
    return sources.computeIfAbsent(type.getQualifiedName().toString(), name -> new Source(TypeRefFactory.of(type)));
  }
}
