package dev.throughline.processor;

import dev.throughline.processor.FuzzModel.FieldAccess;
import dev.throughline.processor.FuzzModel.FieldType;
import dev.throughline.processor.FuzzModel.IdShape;
import dev.throughline.processor.FuzzModel.KeyChoice;
import dev.throughline.processor.FuzzModel.Member;
import dev.throughline.processor.FuzzModel.Naming;
import dev.throughline.processor.FuzzModel.ThroughIdShape;
import dev.throughline.processor.FuzzModel.ThroughKeyKind;
import java.util.Random;

/**
 * The generator of {@link FuzzModel}s, drawing from one seeded {@link Random} so that a seed gives
 * the same models again. Each dimension is mostly right and sometimes wrong, weighted so that about
 * a third of the models are valid and the others break in varied ways, often in several at once.
 */
final class FuzzModels {

  private final Random random;

  FuzzModels(Random random) {
    this.random = random;
  }

  FuzzModel model() {
    FuzzModel.Shape shape = shape();
    return new FuzzModel(shape, side(FuzzModel.SOURCE_NAMES.size()), side(FuzzModel.TARGET_NAMES.size()),
        through(), throughKey(shape.self()), throughKey(shape.self()), field());
  }

  private FuzzModel.Shape shape() {
    return new FuzzModel.Shape(
        random.nextBoolean(),
        pick(weight(85, false), weight(15, true)),
        pick(weight(97, true), weight(3, false)),
        keyChoice(),
        keyChoice());
  }

  private KeyChoice keyChoice() {
    return pick(
        weight(60, KeyChoice.DEFAULT),
        weight(20, KeyChoice.NAMED_ID),
        weight(16, KeyChoice.NAMED_CODE),
        weight(4, KeyChoice.NAMED_UNKNOWN));
  }

  private FuzzModel.Side side(int names) {
    int name = random.nextInt(names);
    IdShape id = pick(
        weight(30, IdShape.LONG_FIELD),
        weight(12, IdShape.PRIMITIVE_LONG_FIELD),
        weight(12, IdShape.UUID_FIELD),
        weight(10, IdShape.STRING_FIELD),
        weight(15, IdShape.LONG_GETTER),
        weight(18, IdShape.INHERITED),
        weight(3, IdShape.NONE));
    return new FuzzModel.Side(name, id, random.nextBoolean());
  }

  private FuzzModel.Through through() {
    int name = random.nextInt(FuzzModel.THROUGH_NAMES.size());
    ThroughIdShape id = pick(
        weight(45, ThroughIdShape.LONG_FIELD),
        weight(20, ThroughIdShape.LONG_GETTER),
        weight(30, ThroughIdShape.EMBEDDED_CLASS),
        weight(2, ThroughIdShape.EMBEDDED_RECORD),
        weight(3, ThroughIdShape.NONE));
    boolean entity = pick(weight(97, true), weight(3, false));
    return new FuzzModel.Through(name, id, entity, random.nextBoolean());
  }

  /** A self-relation must name both through keys, so there they are mostly named. */
  private FuzzModel.ThroughKey throughKey(boolean self) {
    ThroughKeyKind kind = pick(
        weight(40, ThroughKeyKind.VALUE_CONVENTIONAL),
        weight(15, ThroughKeyKind.VALUE_CUSTOM),
        weight(35, ThroughKeyKind.MANY_TO_ONE),
        weight(4, ThroughKeyKind.VALUE_WRONG_TYPE),
        weight(2, ThroughKeyKind.MANY_TO_ONE_OTHER),
        weight(2, ThroughKeyKind.COLLECTION),
        weight(2, ThroughKeyKind.ABSENT));
    Naming naming = self
        ? pick(weight(5, Naming.OMIT), weight(92, Naming.RIGHT), weight(3, Naming.WRONG))
        : pick(weight(60, Naming.OMIT), weight(37, Naming.RIGHT), weight(3, Naming.WRONG));
    Member member = pick(
        weight(60, Member.PACKAGE), weight(36, Member.PRIVATE_WITH_SETTER), weight(4, Member.PRIVATE_NO_SETTER));
    return new FuzzModel.ThroughKey(kind, naming, member);
  }

  private FuzzModel.Field field() {
    FieldType type = pick(
        weight(40, FieldType.LIST),
        weight(27, FieldType.SET),
        weight(25, FieldType.COLLECTION),
        weight(1, FieldType.RAW_LIST),
        weight(1, FieldType.WILDCARD_LIST),
        weight(1, FieldType.EXTENDS_LIST),
        weight(1, FieldType.STRING),
        weight(2, FieldType.ARRAY_LIST),
        weight(2, FieldType.LIST_OF_NON_ENTITY));
    boolean transientMark = pick(weight(96, true), weight(4, false));
    FieldAccess access = pick(
        weight(45, FieldAccess.PACKAGE),
        weight(20, FieldAccess.PACKAGE_WITH_SETTER),
        weight(28, FieldAccess.PRIVATE_WITH_SETTER),
        weight(3, FieldAccess.PRIVATE_NO_SETTER),
        weight(2, FieldAccess.FINAL),
        weight(2, FieldAccess.STATIC));
    return new FuzzModel.Field(type, transientMark, access, random.nextBoolean(),
        random.nextInt(FuzzModel.FIELD_NAMES.size()));
  }

  /** A value and how often it is drawn, relative to the other values of one {@link #pick}. */
  private record Weighted<T>(int weight, T value) {}

  private static <T> Weighted<T> weight(int weight, T value) {
    return new Weighted<>(weight, value);
  }

  /** One of the values, each drawn with the probability its weight gives it among all the weights. */
  @SafeVarargs
  private <T> T pick(Weighted<T>... choices) {
    int total = 0;
    for (Weighted<T> choice : choices) {
      total += choice.weight();
    }
    int drawn = random.nextInt(total);
    for (Weighted<T> choice : choices) {
      drawn -= choice.weight();
      if (drawn < 0) {
        return choice.value();
      }
    }
    throw new AssertionError("weights exhausted");
  }
}
