package dev.throughline.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.throughline.processor.model.EmbeddedIdModel;
import dev.throughline.processor.model.MemberAccess;
import dev.throughline.processor.model.RelationModel;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * How the accessor creates through rows: {@code Appointment::new}, or, when the through entity has
 * an {@code @EmbeddedId}, a private {@code newThroughRow()} that also gives each new row an empty id
 * for Hibernate to fill from the {@code @MapsId} associations.
 */
final class ThroughRowFactory {

  private static final String METHOD = "newThroughRow";

  private ThroughRowFactory() {}

  /** The supplier handed to the relation builder's {@code through(...)}. */
  static CodeBlock supplier(RelationModel relation, RelationTypeNames names) {
    return relation.throughId().embedded().isPresent()
        ? CodeBlock.of("$T::$N", names.accessor(), METHOD)
        : CodeBlock.of("$T::new", names.through());
  }

  /** The private factory method, when a new row needs more than its constructor. */
  static Optional<MethodSpec> method(RelationModel relation, RelationTypeNames names) {
    return relation.throughId().embedded().map(embedded -> method(relation, names, embedded));
  }

  private static MethodSpec method(RelationModel relation, RelationTypeNames names, EmbeddedIdModel embedded) {
    ClassName idType = RelationTypeNames.className(embedded.type());
    String attribute = relation.throughId().attribute();
    CodeBlock store = RelationInitializer.store("row", embedded.write(), CodeBlock.of("new $T()", idType));
    MethodSpec.Builder method = MethodSpec.methodBuilder(METHOD)
        .addJavadoc("A new {@link $T} with an empty {@link $T} as its {@code $L}.\n"
            + "Hibernate fills an {@code @EmbeddedId} from the {@code @MapsId} associations when\n"
            + "the row is persisted, but never creates it.$L\n\n",
            names.through(), idType, attribute, embedded.read().isPresent() ? " An id the constructor made is kept." : "")
        .addJavadoc("@return a new through row, not yet persistent\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(names.through())
        .addStatement("$T row = new $T()", names.through(), names.through());
    if (embedded.read().isPresent()) {
      method.beginControlFlow("if ($L == null)", read("row", embedded.read().get()))
          .addStatement("$L", store)
          .endControlFlow();
    } else {
      method.addStatement("$L", store);
    }
    return method.addStatement("return row").build();
  }

  /** {@code row.id} or {@code row.getId()}. */
  private static CodeBlock read(String instance, MemberAccess read) {
    return read.kind() == MemberAccess.Kind.FIELD
        ? CodeBlock.of("$N.$N", instance, read.name())
        : CodeBlock.of("$N.$N()", instance, read.name());
  }
}
