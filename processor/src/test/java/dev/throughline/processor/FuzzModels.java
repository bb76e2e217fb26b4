package dev.throughline.processor;

import dev.throughline.processor.FuzzModel.FieldAccess;
import dev.throughline.processor.FuzzModel.FieldType;
import dev.throughline.processor.FuzzModel.IdShape;
import dev.throughline.processor.FuzzModel.KeyChoice;
import dev.throughline.processor.FuzzModel.Member;
import dev.throughline.processor.FuzzModel.Naming;
import dev.throughline.processor.FuzzModel.ThroughIdShape;
import dev.throughline.processor.FuzzModel.ThroughKeyKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The generator of {@link FuzzModel}s. Each dimension is mostly right and sometimes wrong, weighted
 * so that about a third of the models are valid and the others break in varied ways, often in
 * several at once.
 */
final class FuzzModels {

  private FuzzModels() {}

  static Arbitrary<FuzzModel> models() {
    return shapes().flatMap(shape -> Combinators.combine(
            sides(FuzzModel.SOURCE_NAMES.size()), sides(FuzzModel.TARGET_NAMES.size()), throughs(),
            throughKeys(shape.self()), throughKeys(shape.self()), fields())
        .as((source, target, through, from, to, field) ->
            new FuzzModel(shape, source, target, through, from, to, field)));
  }

  private static Arbitrary<FuzzModel.Shape> shapes() {
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.frequency(Tuple.of(85, false), Tuple.of(15, true)),
            Arbitraries.frequency(Tuple.of(97, true), Tuple.of(3, false)),
            keyChoices(),
            keyChoices())
        .as(FuzzModel.Shape::new);
  }

  private static Arbitrary<KeyChoice> keyChoices() {
    return Arbitraries.frequency(
        Tuple.of(60, KeyChoice.DEFAULT),
        Tuple.of(20, KeyChoice.NAMED_ID),
        Tuple.of(16, KeyChoice.NAMED_CODE),
        Tuple.of(4, KeyChoice.NAMED_UNKNOWN));
  }

  private static Arbitrary<FuzzModel.Side> sides(int names) {
    Arbitrary<IdShape> ids = Arbitraries.frequency(
        Tuple.of(30, IdShape.LONG_FIELD),
        Tuple.of(12, IdShape.PRIMITIVE_LONG_FIELD),
        Tuple.of(12, IdShape.UUID_FIELD),
        Tuple.of(10, IdShape.STRING_FIELD),
        Tuple.of(15, IdShape.LONG_GETTER),
        Tuple.of(18, IdShape.INHERITED),
        Tuple.of(3, IdShape.NONE));
    return Combinators.combine(Arbitraries.integers().between(0, names - 1), ids, Arbitraries.of(false, true))
        .as(FuzzModel.Side::new);
  }

  private static Arbitrary<FuzzModel.Through> throughs() {
    Arbitrary<ThroughIdShape> ids = Arbitraries.frequency(
        Tuple.of(45, ThroughIdShape.LONG_FIELD),
        Tuple.of(20, ThroughIdShape.LONG_GETTER),
        Tuple.of(30, ThroughIdShape.EMBEDDED_CLASS),
        Tuple.of(2, ThroughIdShape.EMBEDDED_RECORD),
        Tuple.of(3, ThroughIdShape.NONE));
    return Combinators.combine(
            Arbitraries.integers().between(0, FuzzModel.THROUGH_NAMES.size() - 1),
            ids,
            Arbitraries.frequency(Tuple.of(97, true), Tuple.of(3, false)),
            Arbitraries.of(false, true))
        .as(FuzzModel.Through::new);
  }

  /** A self-relation must name both through keys, so there they are mostly named. */
  private static Arbitrary<FuzzModel.ThroughKey> throughKeys(boolean self) {
    Arbitrary<ThroughKeyKind> kinds = Arbitraries.frequency(
        Tuple.of(40, ThroughKeyKind.VALUE_CONVENTIONAL),
        Tuple.of(15, ThroughKeyKind.VALUE_CUSTOM),
        Tuple.of(35, ThroughKeyKind.MANY_TO_ONE),
        Tuple.of(4, ThroughKeyKind.VALUE_WRONG_TYPE),
        Tuple.of(2, ThroughKeyKind.MANY_TO_ONE_OTHER),
        Tuple.of(2, ThroughKeyKind.COLLECTION),
        Tuple.of(2, ThroughKeyKind.ABSENT));
    Arbitrary<Naming> namings = self
        ? Arbitraries.frequency(Tuple.of(5, Naming.OMIT), Tuple.of(92, Naming.RIGHT), Tuple.of(3, Naming.WRONG))
        : Arbitraries.frequency(Tuple.of(60, Naming.OMIT), Tuple.of(37, Naming.RIGHT), Tuple.of(3, Naming.WRONG));
    Arbitrary<Member> members = Arbitraries.frequency(
        Tuple.of(60, Member.PACKAGE), Tuple.of(36, Member.PRIVATE_WITH_SETTER), Tuple.of(4, Member.PRIVATE_NO_SETTER));
    return Combinators.combine(kinds, namings, members).as(FuzzModel.ThroughKey::new);
  }

  private static Arbitrary<FuzzModel.Field> fields() {
    Arbitrary<FieldType> types = Arbitraries.frequency(
        Tuple.of(40, FieldType.LIST),
        Tuple.of(27, FieldType.SET),
        Tuple.of(25, FieldType.COLLECTION),
        Tuple.of(1, FieldType.RAW_LIST),
        Tuple.of(1, FieldType.WILDCARD_LIST),
        Tuple.of(1, FieldType.EXTENDS_LIST),
        Tuple.of(1, FieldType.STRING),
        Tuple.of(2, FieldType.ARRAY_LIST),
        Tuple.of(2, FieldType.LIST_OF_NON_ENTITY));
    Arbitrary<FieldAccess> accesses = Arbitraries.frequency(
        Tuple.of(45, FieldAccess.PACKAGE),
        Tuple.of(20, FieldAccess.PACKAGE_WITH_SETTER),
        Tuple.of(28, FieldAccess.PRIVATE_WITH_SETTER),
        Tuple.of(3, FieldAccess.PRIVATE_NO_SETTER),
        Tuple.of(2, FieldAccess.FINAL),
        Tuple.of(2, FieldAccess.STATIC));
    return Combinators.combine(
            types,
            Arbitraries.frequency(Tuple.of(96, true), Tuple.of(4, false)),
            accesses,
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, FuzzModel.FIELD_NAMES.size() - 1))
        .as(FuzzModel.Field::new);
  }
}
