package dev.throughline.processor.generation;

import com.palantir.javapoet.CodeBlock;
import dev.throughline.processor.model.KeyModel;
import dev.throughline.processor.model.MemberAccess;
import dev.throughline.processor.model.RelationFieldModel;
import dev.throughline.processor.model.RelationModel;
import dev.throughline.processor.model.ThroughKeyModel;

/**
 * The statement that builds the accessor's {@code RELATION}: entity classes and names, key
 * attributes, the lambdas that read keys and write through rows and the relation field, and
 * whether through rows observe their removal.
 */
final class RelationInitializer {

  private RelationInitializer() {}

  static CodeBlock of(RelationModel relation, RelationTypeNames names) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("RELATION = $T.<$T, $T, $T, $T, $T>builder($S, $S)\n", ReferencedTypes.RELATION,
            names.source(), names.sourceKey(), names.target(), names.targetKey(), names.through(),
            relation.source().type().simpleName(), relation.field().name())
        .indent()
        .indent()
        .add(".source($T.class, $S, $L, $L)\n", names.source(), relation.source().entityName(),
            key(relation.keyFrom()), keyReader(names, true, relation.keyFrom().read()))
        .add(".target($T.class, $S, $L, $L)\n", names.target(), relation.target().entityName(),
            key(relation.keyTo()), keyReader(names, false, relation.keyTo().read()))
        .add(".through($T.class, $S, $S, $L)\n", names.through(), relation.through().entityName(),
            relation.throughId().attribute(), ThroughRowFactory.supplier(relation, names))
        .add("$L\n", throughKey("throughKeyFrom", relation.throughKeyFrom(), "source"))
        .add("$L\n", throughKey("throughKeyTo", relation.throughKeyTo(), "target"))
        .add(".relationField($L)\n", relationField(relation.field()));
    if (relation.selfRelation()) {
      code.add(".selfRelation()\n");
    }
    if (relation.throughObservesRemoval()) {
      code.add(".throughRemovalCallbacks()\n");
    }
    return code
        .add(".build();\n")
        .unindent()
        .unindent()
        .build();
  }

  /** {@code Relation.idKey("id")}, or {@code Relation.uniqueKey("code")} for a key that is not the id. */
  private static CodeBlock key(KeyModel key) {
    return CodeBlock.of("$T.$N($S)", ReferencedTypes.RELATION, key.isId() ? "idKey" : "uniqueKey", key.attribute());
  }

  /** {@code Doctor::getId}, or {@code source -> source.id} when there is no getter. */
  private static CodeBlock keyReader(RelationTypeNames names, boolean source, MemberAccess read) {
    if (read.kind() == MemberAccess.Kind.METHOD) {
      return CodeBlock.of("$T::$N", source ? names.source() : names.target(), read.name());
    }
    String parameter = source ? "source" : "target";
    return CodeBlock.of("$N -> $N.$N", parameter, parameter, read.name());
  }

  /**
   * {@code .throughKeyFromValue("doctorId", (row, key) -> row.doctorId = key)} or its association
   * form: a builder method typed by the builder, so that javac attributes each lambda once instead
   * of inferring a generic factory's type arguments from it.
   */
  private static CodeBlock throughKey(String method, ThroughKeyModel key, String entityParameter) {
    boolean association = key.kind() == ThroughKeyModel.Kind.ASSOCIATION;
    String value = association ? entityParameter : "key";
    return CodeBlock.of(".$N($S, (row, $N) -> $L)", method + (association ? "Association" : "Value"),
        key.attribute(), value, store("row", key.write(), CodeBlock.of("$N", value)));
  }

  /** {@code (source, targets) -> source.setPatients(targets)} or its field form, copying into a set for {@code Set} fields. */
  private static CodeBlock relationField(RelationFieldModel field) {
    CodeBlock targets = field.collection() == RelationFieldModel.CollectionKind.SET
        ? CodeBlock.of("new $T<>(targets)", ReferencedTypes.LINKED_HASH_SET)
        : CodeBlock.of("targets");
    return CodeBlock.of("(source, targets) -> $L", store("source", field.write(), targets));
  }

  /** {@code row.doctorId = key} or {@code row.setDoctorId(key)}. */
  static CodeBlock store(String instance, MemberAccess write, CodeBlock value) {
    return write.kind() == MemberAccess.Kind.FIELD
        ? CodeBlock.of("$N.$N = $L", instance, write.name(), value)
        : CodeBlock.of("$N.$N($L)", instance, write.name(), value);
  }
}
