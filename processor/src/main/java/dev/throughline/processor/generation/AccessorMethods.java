package dev.throughline.processor.generation;

import static dev.throughline.processor.generation.ReferencedTypes.COLLECTION;
import static dev.throughline.processor.generation.ReferencedTypes.CONSUMER;
import static dev.throughline.processor.generation.ReferencedTypes.ENTITY_MANAGER;
import static dev.throughline.processor.generation.ReferencedTypes.INCLUSION;
import static dev.throughline.processor.generation.ReferencedTypes.INCLUSIONS;
import static dev.throughline.processor.generation.ReferencedTypes.LINKED;
import static dev.throughline.processor.generation.ReferencedTypes.MAP;
import static dev.throughline.processor.generation.ReferencedTypes.NO_SUCH_ENTITY;
import static dev.throughline.processor.generation.ReferencedTypes.OPTIONAL;
import static dev.throughline.processor.generation.ReferencedTypes.PATCH;
import static dev.throughline.processor.generation.ReferencedTypes.RELATION_QUERY;
import static dev.throughline.processor.generation.ReferencedTypes.RESTRICTION;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.throughline.processor.model.RelationModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The public methods of an accessor, each with its Javadoc. Every method forwards to the runtime's
 * {@code RelationAccessor} (or, for the static ones, to {@code RELATION}); the semantics are those
 * of the API contract, and the Javadoc says them.
 */
final class AccessorMethods {

  private static final String WRITES =
      "Needs an active transaction: it never begins or commits one.";

  private final RelationModel relation;
  private final RelationTypeNames names;
  private final String keyFrom;
  private final String keyTo;

  AccessorMethods(RelationModel relation, RelationTypeNames names) {
    this.relation = relation;
    this.names = names;
    this.keyFrom = relation.keyFrom().attribute();
    this.keyTo = relation.keyTo().attribute();
  }

  List<MethodSpec> all() {
    return List.of(
        ofSource(), ofSourceKey(), find(), findWhere(), findById(), count(), isLinked(), query(),
        create(), createWithThroughData(), link(), linkWithThroughData(), linkAll(), set(),
        unlink(), unlinkAll(), patch(), patchWhere(), delete(), deleteWhere(), findWithThrough(),
        include(), inclusion());
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
        .addStatement("return new $T(RELATION.of(em, source))", names.accessor())
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
        .addStatement("return new $T(RELATION.ofKey(em, sourceKey))", names.accessor())
        .build();
  }

  private MethodSpec find() {
    return instance("find", RelationTypeNames.listOf(names.target()))
        .addJavadoc("The linked {@link $T} entities, each once even when linked by several through rows,\n"
            + "ordered by {@code $L} ascending.\n\n", names.target(), keyTo)
        .addJavadoc("@return the linked targets\n")
        .addStatement("return accessor.find()")
        .build();
  }

  private MethodSpec findWhere() {
    return instance("find", RelationTypeNames.listOf(names.target()))
        .addJavadoc("The linked {@link $T} entities that match {@code where}, each once,\nordered by {@code $L} ascending.\n\n",
            names.target(), keyTo)
        .addJavadoc("@param where a restriction on the targets\n")
        .addJavadoc("@return the matching linked targets\n")
        .addParameter(ParameterizedTypeName.get(RESTRICTION, WildcardTypeName.supertypeOf(names.target())), "where")
        .addStatement("return accessor.find(where)")
        .build();
  }

  private MethodSpec findById() {
    return instance("findById", ParameterizedTypeName.get(OPTIONAL, names.target()))
        .addJavadoc("The target with this {@code $L} if it is linked to this source, else empty.\n\n", keyTo)
        .addJavadoc("@param targetKey the target's {@code $L}\n", keyTo)
        .addJavadoc("@return the linked target, or empty\n")
        .addParameter(names.targetKey(), "targetKey")
        .addStatement("return accessor.findById(targetKey)")
        .build();
  }

  private MethodSpec count() {
    return instance("count", TypeName.LONG)
        .addJavadoc("The number of distinct linked targets.\n\n")
        .addJavadoc("@return how many targets are linked to this source\n")
        .addStatement("return accessor.count()")
        .build();
  }

  private MethodSpec isLinked() {
    return instance("isLinked", TypeName.BOOLEAN)
        .addJavadoc("Whether at least one through row links this source to the target with this\n{@code $L}.\n\n",
            keyTo)
        .addJavadoc("@param targetKey the target's {@code $L}\n", keyTo)
        .addJavadoc("@return whether they are linked\n")
        .addParameter(names.targetKey(), "targetKey")
        .addStatement("return accessor.isLinked(targetKey)")
        .build();
  }

  private MethodSpec create() {
    return instance("create", names.target())
        .addJavadoc("Persists the target and one {@link $T} linking it to this source.\n$L\n\n", names.through(), WRITES)
        .addJavadoc("@param target a new target\n")
        .addJavadoc("@return {@code target}, now persistent\n")
        .addParameter(names.target(), "target")
        .addStatement("return accessor.create(target)")
        .build();
  }

  private MethodSpec createWithThroughData() {
    return instance("create", names.target())
        .addJavadoc("Persists the target and one {@link $T} linking it to this source;\n"
            + "{@code throughData} fills the through row's own attributes before it is persisted.\n$L\n\n", names.through(), WRITES)
        .addJavadoc("@param target a new target\n")
        .addJavadoc("@param throughData fills the new through row\n")
        .addJavadoc("@return {@code target}, now persistent\n")
        .addParameter(names.target(), "target")
        .addParameter(consumerOfThrough(), "throughData")
        .addStatement("return accessor.create(target, throughData)")
        .build();
  }

  private MethodSpec link() {
    return instance("link", names.through())
        .addJavadoc("Persists one new {@link $T} linking the existing target with this {@code $L}\n"
            + "to this source. A source or target that does not exist is a {@link $T},\n"
            + "and nothing is written.\n$L\n\n",
            names.through(), keyTo, NO_SUCH_ENTITY, WRITES)
        .addJavadoc("@param targetKey the target's {@code $L}\n", keyTo)
        .addJavadoc("@return the new through row\n")
        .addParameter(names.targetKey(), "targetKey")
        .addStatement("return accessor.link(targetKey)")
        .build();
  }

  private MethodSpec linkWithThroughData() {
    return instance("link", names.through())
        .addJavadoc("Persists one new {@link $T} linking the existing target with this {@code $L}\n"
            + "to this source; {@code throughData} fills the row's own attributes before it is persisted.\n"
            + "A source or target that does not exist is a {@link $T},\n"
            + "and nothing is written.\n$L\n\n",
            names.through(), keyTo, NO_SUCH_ENTITY, WRITES)
        .addJavadoc("@param targetKey the target's {@code $L}\n", keyTo)
        .addJavadoc("@param throughData fills the new through row\n")
        .addJavadoc("@return the new through row\n")
        .addParameter(names.targetKey(), "targetKey")
        .addParameter(consumerOfThrough(), "throughData")
        .addStatement("return accessor.link(targetKey, throughData)")
        .build();
  }

  private MethodSpec linkAll() {
    return instance("linkAll", RelationTypeNames.listOf(names.through()))
        .addJavadoc("Persists one new {@link $T} per key, in JDBC batches, linking each existing target\n"
            + "to this source. A key of no target is a {@link $T},\n"
            + "and nothing is written.\n$L\n\n",
            names.through(), NO_SUCH_ENTITY, WRITES)
        .addJavadoc("@param targetKeys the targets' {@code $L} values\n", keyTo)
        .addJavadoc("@return the new through rows, one per key\n")
        .addParameter(collectionOfTargetKeys(), "targetKeys")
        .addStatement("return accessor.linkAll(targetKeys)")
        .build();
  }

  private MethodSpec set() {
    return instance("set", TypeName.VOID)
        .addJavadoc("Makes the linked targets exactly these: rows of keys already linked are kept as they are\n"
            + "(their data too), missing ones are linked, others unlinked.\n$L\n\n", WRITES)
        .addJavadoc("@param targetKeys the {@code $L} values of every target to be linked afterwards\n", keyTo)
        .addParameter(collectionOfTargetKeys(), "targetKeys")
        .addStatement("accessor.set(targetKeys)")
        .build();
  }

  private MethodSpec unlink() {
    return instance("unlink", TypeName.INT)
        .addJavadoc("Deletes every through row between this source and the target with this\n{@code $L}.\n$L\n\n",
            keyTo, WRITES)
        .addJavadoc("@param targetKey the target's {@code $L}\n", keyTo)
        .addJavadoc("@return how many through rows were deleted; 0 when none\n")
        .addParameter(names.targetKey(), "targetKey")
        .addStatement("return accessor.unlink(targetKey)")
        .build();
  }

  private MethodSpec unlinkAll() {
    return instance("unlinkAll", TypeName.INT)
        .addJavadoc("Deletes every through row of this source.\n$L\n\n", WRITES)
        .addJavadoc("@return how many through rows were deleted\n")
        .addStatement("return accessor.unlinkAll()")
        .build();
  }

  private MethodSpec delete() {
    return instance("delete", TypeName.INT)
        .addJavadoc("Deletes every target linked to this source, and every through row (of any source) that\n"
            + "references them. These are bulk deletes: instances already loaded stay in the persistence\n"
            + "context.\n$L\n\n", WRITES)
        .addJavadoc("@return the number of targets deleted\n")
        .addStatement("return accessor.delete()")
        .build();
  }

  private MethodSpec deleteWhere() {
    return instance("delete", TypeName.INT)
        .addJavadoc("Deletes the targets linked to this source that match {@code where}, and every through row\n"
            + "(of any source) that references them. These are bulk deletes: instances already loaded stay\n"
            + "in the persistence context.\n$L\n\n", WRITES)
        .addJavadoc("@param where a restriction on the targets\n")
        .addJavadoc("@return the number of targets deleted\n")
        .addParameter(ParameterizedTypeName.get(RESTRICTION, WildcardTypeName.supertypeOf(names.target())), "where")
        .addStatement("return accessor.delete(where)")
        .build();
  }

  private MethodSpec findWithThrough() {
    return instance("findWithThrough",
            RelationTypeNames.listOf(ParameterizedTypeName.get(LINKED, names.target(), names.through())))
        .addJavadoc("Each through row of this source with its target, one element per through row, ordered by\n"
            + "{@code $L}.\n\n", keyTo)
        .addJavadoc("@return the through rows with their targets\n")
        .addStatement("return accessor.findWithThrough()")
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

  private MethodSpec query() {
    return instance("query", ParameterizedTypeName.get(RELATION_QUERY, names.target(), names.through()))
        .addJavadoc("A query over the linked {@link $T} entities: restrict the targets and the\n"
            + "{@link $T} rows, order by attributes of either, page, then list, stream, count or patch.\n"
            + "Each terminal method is one SQL statement.\n\n", names.target(), names.through())
        .addJavadoc("@return a new query over the targets of this source\n")
        .addStatement("return accessor.query()")
        .build();
  }

  private MethodSpec patch() {
    return instance("patch", TypeName.INT)
        .addJavadoc("Updates every linked target in one bulk {@code UPDATE}, refusing to change {@code $L} or\n"
            + "the target's id; instances already loaded are not refreshed.\n$L\n\n", keyTo, WRITES)
        .addJavadoc("@param patch the changes, typed by the JPA metamodel\n")
        .addJavadoc("@return how many rows changed\n")
        .addParameter(patchOfTarget(), "patch")
        .addStatement("return accessor.patch(patch)")
        .build();
  }

  private MethodSpec patchWhere() {
    return instance("patch", TypeName.INT)
        .addJavadoc("Updates the linked targets that match {@code where} in one bulk {@code UPDATE}, refusing\n"
            + "to change {@code $L} or the target's id; instances already loaded are not refreshed.\n$L\n\n",
            keyTo, WRITES)
        .addJavadoc("@param where a restriction on the targets\n")
        .addJavadoc("@param patch the changes, typed by the JPA metamodel\n")
        .addJavadoc("@return how many rows changed\n")
        .addParameter(ParameterizedTypeName.get(RESTRICTION, WildcardTypeName.supertypeOf(names.target())), "where")
        .addParameter(patchOfTarget(), "patch")
        .addStatement("return accessor.patch(where, patch)")
        .build();
  }

  private MethodSpec inclusion() {
    return MethodSpec.methodBuilder("inclusion")
        .addJavadoc("The inclusion of this relation for a batch of sources, to order and limit the targets of\n"
            + "each source, nest further inclusions, or load with others ({@link $T}).\n\n", INCLUSIONS)
        .addJavadoc("@return the inclusion of {@code $L}\n", relation.field().name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(INCLUSION, names.source(), names.target()))
        .addStatement("return RELATION.inclusion()")
        .build();
  }

  private static MethodSpec.Builder instance(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns);
  }

  private TypeName consumerOfThrough() {
    return ParameterizedTypeName.get(CONSUMER, WildcardTypeName.supertypeOf(names.through()));
  }

  private TypeName patchOfTarget() {
    return ParameterizedTypeName.get(PATCH, WildcardTypeName.supertypeOf(names.target()));
  }

  private TypeName collectionOfTargetKeys() {
    return ParameterizedTypeName.get(COLLECTION, names.targetKey());
  }
}
