package dev.throughline.processor.generation;

import static dev.throughline.processor.generation.ReferencedTypes.COLLECTION;
import static dev.throughline.processor.generation.ReferencedTypes.ENTITY_MANAGER;
import static dev.throughline.processor.generation.ReferencedTypes.INCLUSION;
import static dev.throughline.processor.generation.ReferencedTypes.INCLUSIONS;
import static dev.throughline.processor.generation.ReferencedTypes.MAP;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.throughline.processor.model.RelationModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The members an accessor declares itself, each with its Javadoc: the constructor, the two {@code
 * of} factories and the static inclusion methods. The instance methods (find, link, set ...) are
 * inherited from {@code dev.throughline.RelationAccessor}, written and documented once there.
 */
final class AccessorMethods {

  private final RelationModel relation;
  private final RelationTypeNames names;
  private final String keyFrom;

  AccessorMethods(RelationModel relation, RelationTypeNames names) {
    this.relation = relation;
    this.names = names;
    this.keyFrom = relation.keyFrom().attribute();
  }

  List<MethodSpec> all() {
    return List.of(constructor(), ofSource(), ofSourceKey(), include(), inclusion());
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(ENTITY_MANAGER, "em")
        .addParameter(names.sourceKey(), "sourceKey")
        .addStatement("super(RELATION, em, sourceKey)")
        .build();
  }

  private MethodSpec ofSource() {
    return MethodSpec.methodBuilder("of")
        .addJavadoc("The accessor for one {@link $T}.\nA Hibernate {@code Session} is an {@code EntityManager}.\n\n",
            names.source())
        .addJavadoc("@param em the persistence context to work in\n")
        .addJavadoc("@param source the source; it must have its {@code $L} already\n", keyFrom)
        .addJavadoc("@return the accessor of {@code source}'s {@code $L}\n", relation.field().name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(names.accessor())
        .addParameter(ENTITY_MANAGER, "em")
        .addParameter(names.source(), "source")
        .addStatement("return new $T(em, RELATION.sourceKeyOf(em, source))", names.accessor())
        .build();
  }

  private MethodSpec ofSourceKey() {
    return MethodSpec.methodBuilder("of")
        .addJavadoc("The accessor for the {@link $T} whose {@code $L} is {@code sourceKey};\nthe source is not loaded.\n\n",
            names.source(), keyFrom)
        .addJavadoc("@param em the persistence context to work in\n")
        .addJavadoc("@param sourceKey the source's {@code $L}\n", keyFrom)
        .addJavadoc("@return the accessor of that source's {@code $L}\n", relation.field().name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(names.accessor())
        .addParameter(ENTITY_MANAGER, "em")
        .addParameter(names.sourceKey(), "sourceKey")
        .addStatement("return new $T(em, sourceKey)", names.accessor())
        .build();
  }

  private MethodSpec include() {
    return MethodSpec.methodBuilder("include")
        .addJavadoc("Loads the targets of all given sources in a number of SQL statements that does not grow with\n"
            + "the number of sources (only with chunking of very large key lists), sets each source's\n"
            + "{@code $L} field, and returns the targets by source {@code $L};\n"
            + "a source with no links gets an empty list.\n\n", relation.field().name(), keyFrom)
        .addJavadoc("@param em the persistence context to work in\n")
        .addJavadoc("@param sources the sources, each with its {@code $L}\n", keyFrom)
        .addJavadoc("@return the targets of each source, by source {@code $L}\n", keyFrom)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(MAP, names.sourceKey(), RelationTypeNames.listOf(names.target())))
        .addParameter(ENTITY_MANAGER, "em")
        .addParameter(ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(names.source())), "sources")
        .addStatement("return RELATION.include(em, sources)")
        .build();
  }

  private MethodSpec inclusion() {
    return MethodSpec.methodBuilder("inclusion")
        .addJavadoc("The inclusion of this relation for a batch of sources, to order and limit the targets of\n"
            // Named in full: an import used only by Javadoc is an unused import to Eclipse's compiler.
            + "each source, nest further inclusions, or load with others ({@link $L}).\n\n",
            INCLUSIONS.canonicalName())
        .addJavadoc("@return the inclusion of {@code $L}\n", relation.field().name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(INCLUSION, names.source(), names.target()))
        .addStatement("return RELATION.inclusion()")
        .build();
  }
}
