package dev.throughline.processor.generation;

import static dev.throughline.processor.generation.ReferencedTypes.AUGMENTATION;
import static dev.throughline.processor.generation.ReferencedTypes.COLLECTION;
import static dev.throughline.processor.generation.ReferencedTypes.ENTITY_MANAGER;
import static dev.throughline.processor.generation.ReferencedTypes.MAP;
import static dev.throughline.processor.generation.ReferencedTypes.RESTRICTION;
import static dev.throughline.processor.generation.ReferencedTypes.SORT_DIRECTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.throughline.processor.model.RelationModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The static members that put the relation into the source's own queries, each with its Javadoc:
 * restrictions on the source by its linked targets and through rows ({@code some}, {@code
 * someThrough}, {@code none}, {@code every}), the number of linked targets of many sources
 * ({@code counts}) and the order by that number ({@code orderByCount}). Each delegates to the
 * runtime's {@code Relation}.
 */
final class SourceQueryMethods {

  private final RelationModel relation;
  private final RelationTypeNames names;
  private final String targets;

  SourceQueryMethods(RelationModel relation, RelationTypeNames names) {
    this.relation = relation;
    this.names = names;
    this.targets = "{@code " + relation.field().name() + "}";
  }

  List<MethodSpec> all() {
    return List.of(some(), someWithThrough(), someThrough(), none(), every(), counts(), countsWhere(), orderByCount());
  }

  private MethodSpec some() {
    return restriction("some")
        .addJavadoc("The {@link $T} sources linked to at least one of their $L that matches {@code where}: one\n"
            + "{@code EXISTS} in the statement that uses it. {@code some(where).negated()} is\n"
            + "{@link #none none(where)}.\n\n", names.source(), targets)
        .addJavadoc("@param where the condition on a linked {@link $T}\n", names.target())
        .addJavadoc(returnsRestriction())
        .addParameter(restrictionOf(names.target()), "where")
        .addStatement("return RELATION.some(where)")
        .build();
  }

  private MethodSpec someWithThrough() {
    return restriction("some")
        .addJavadoc("The {@link $T} sources with at least one {@link $T} row that matches {@code throughWhere}\n"
            + "and links one of their $L that matches {@code where}: one {@code EXISTS}.\n\n",
            names.source(), names.through(), targets)
        .addJavadoc("@param where the condition on the linked {@link $T}\n", names.target())
        .addJavadoc("@param throughWhere the condition on the {@link $T} row\n", names.through())
        .addJavadoc(returnsRestriction())
        .addParameter(restrictionOf(names.target()), "where")
        .addParameter(restrictionOf(names.through()), "throughWhere")
        .addStatement("return RELATION.some(where, throughWhere)")
        .build();
  }

  private MethodSpec someThrough() {
    return restriction("someThrough")
        .addJavadoc("The {@link $T} sources with at least one {@link $T} row that matches {@code throughWhere}:\n"
            + "one {@code EXISTS}.\n\n", names.source(), names.through())
        .addJavadoc("@param throughWhere the condition on the {@link $T} row\n", names.through())
        .addJavadoc(returnsRestriction())
        .addParameter(restrictionOf(names.through()), "throughWhere")
        .addStatement("return RELATION.someThrough(throughWhere)")
        .build();
  }

  private MethodSpec none() {
    return restriction("none")
        .addJavadoc("The {@link $T} sources linked to none of their $L that matches {@code where}, sources\n"
            + "without links included: one {@code NOT EXISTS}. A linked {@link $T} for which\n"
            + "{@code where} is unknown (a restricted attribute is NULL) does not match, so it does\n"
            + "not exclude its source. The same as {@code some(where).negated()}.\n\n",
            names.source(), targets, names.target())
        .addJavadoc("@param where the condition on a linked {@link $T}\n", names.target())
        .addJavadoc(returnsRestriction())
        .addParameter(restrictionOf(names.target()), "where")
        .addStatement("return RELATION.none(where)")
        .build();
  }

  private MethodSpec every() {
    return restriction("every")
        .addJavadoc("The {@link $T} sources whose every linked {@link $T} matches {@code where}, sources without\n"
            + "links included: one {@code NOT EXISTS}. A linked {@link $T} for which {@code where}\n"
            + "is unknown (a restricted attribute is NULL) does not match, so it excludes its source.\n\n",
            names.source(), names.target(), names.target())
        .addJavadoc("@param where the condition every linked {@link $T} must meet\n", names.target())
        .addJavadoc(returnsRestriction())
        .addParameter(restrictionOf(names.target()), "where")
        .addStatement("return RELATION.every(where)")
        .build();
  }

  private MethodSpec counts() {
    return countsMethod()
        .addJavadoc("The number of distinct linked {@link $T} entities of each source, by source\n"
            + "{@code $L}, in the order of {@code sources}; 0 for a source without links. One statement\n"
            + "per chunk of source keys.\n\n", names.target(), relation.keyFrom().attribute())
        .addJavadoc("@param em the persistence context to work in\n")
        .addJavadoc("@param sources the sources, each with its {@code $L}\n", relation.keyFrom().attribute())
        .addJavadoc("@return the number of linked targets of each source\n")
        .addStatement("return RELATION.counts(em, sources)")
        .build();
  }

  private MethodSpec countsWhere() {
    return countsMethod()
        .addJavadoc("The number of distinct linked {@link $T} entities that match {@code where} of\n"
            + "each source, by source {@code $L}, in the order of {@code sources}; 0 for a source\n"
            + "without such links. One statement per chunk of source keys.\n\n",
            names.target(), relation.keyFrom().attribute())
        .addJavadoc("@param em the persistence context to work in\n")
        .addJavadoc("@param sources the sources, each with its {@code $L}\n", relation.keyFrom().attribute())
        .addJavadoc("@param where the condition on the linked targets to count\n")
        .addJavadoc("@return the number of matching linked targets of each source\n")
        .addParameter(restrictionOf(names.target()), "where")
        .addStatement("return RELATION.counts(em, sources, where)")
        .build();
  }

  private MethodSpec orderByCount() {
    return MethodSpec.methodBuilder("orderByCount")
        .addJavadoc("Orders {@link $T} sources by their number of distinct linked {@link $T} entities, after the\n"
            + "orders the specification has so far: pass it to {@code SelectionSpecification.augment},\n"
            + "then sort by the {@code $L} to make pages stable. The count is a correlated subquery in\n"
            + "{@code ORDER BY}, so a page takes one statement.\n\n",
            names.source(), names.target(), relation.keyFrom().attribute())
        .addJavadoc("@param direction {@code ASCENDING} for the fewest first, {@code DESCENDING} for the most\n")
        .addJavadoc("@return the augmentation that adds the order\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(AUGMENTATION, names.source()))
        .addParameter(SORT_DIRECTION, "direction")
        .addStatement("return RELATION.orderByCount(direction)")
        .build();
  }

  private MethodSpec.Builder restriction(String name) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(RESTRICTION, names.source()));
  }

  private String returnsRestriction() {
    return "@return the restriction, for {@code SelectionSpecification.restrict} or any criteria query\n";
  }

  private MethodSpec.Builder countsMethod() {
    return MethodSpec.methodBuilder("counts")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(MAP, names.sourceKey(), ClassName.get(Long.class)))
        .addParameter(ENTITY_MANAGER, "em")
        .addParameter(ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(names.source())), "sources");
  }

  private static TypeName restrictionOf(TypeName type) {
    return ParameterizedTypeName.get(RESTRICTION, WildcardTypeName.supertypeOf(type));
  }
}
