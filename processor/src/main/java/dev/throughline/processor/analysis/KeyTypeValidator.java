package dev.throughline.processor.analysis;

import dev.throughline.processor.diagnostics.KeyAttribute;
import dev.throughline.processor.diagnostics.Messages;
import dev.throughline.processor.diagnostics.ValidationReport;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks that the resolved keys fit together: {@code keyFrom} and {@code keyTo} are single values,
 * and each through key either holds a value of its key's type or is a {@code @ManyToOne} to the
 * entity, in which case the key must be that entity's id.
 */
final class KeyTypeValidator {

  private final Types types;
  private final TypeRefFactory typeRefs;
  private final TypeMirror collection;
  private final TypeMirror map;

  KeyTypeValidator(Elements elements, Types types) {
    this.types = types;
    this.typeRefs = new TypeRefFactory(types);
    this.collection = types.erasure(elements.getTypeElement("java.util.Collection").asType());
    this.map = types.erasure(elements.getTypeElement("java.util.Map").asType());
  }

  /**
   * Reports every mismatch.
   *
   * @throws MissingTypeException if a key's type does not exist yet
   */
  void check(RelationParts parts, ResolvedKeys keys, ValidationReport report) {
    for (Attribute attribute : new Attribute[] {
        keys.keyFrom(), keys.keyTo(), keys.throughKeyFrom(), keys.throughKeyTo()}) {
      if (attribute.type().getKind() == TypeKind.ERROR) {
        throw new MissingTypeException(attribute.type().toString());
      }
    }
    boolean fromUsable = checkKey(parts, KeyRole.KEY_FROM, parts.source(), keys.keyFrom(), report);
    boolean toUsable = checkKey(parts, KeyRole.KEY_TO, parts.target(), keys.keyTo(), report);
    if (fromUsable) {
      checkThroughKey(parts, KeyRole.THROUGH_KEY_FROM, keys.throughKeyFrom(),
          KeyRole.KEY_FROM, parts.source(), keys.keyFrom(), "source", report);
    }
    if (toUsable) {
      checkThroughKey(parts, KeyRole.THROUGH_KEY_TO, keys.throughKeyTo(),
          KeyRole.KEY_TO, parts.target(), keys.keyTo(), "target", report);
    }
  }

  /** A key must be a primitive or a plain class that is not an entity or a collection. */
  private boolean checkKey(
      RelationParts parts, KeyRole role, JpaEntity entity, Attribute key, ValidationReport report) {
    TypeMirror type = key.type();
    String reason = null;
    if (isCollection(type)) {
      reason = "it is a collection";
    } else if (key.isManyToOne() || isEntity(type)) {
      reason = "it is an association to another entity";
    } else if (!type.getKind().isPrimitive()
        && (type.getKind() != TypeKind.DECLARED || !((DeclaredType) type).getTypeArguments().isEmpty())) {
      reason = "arrays, generic types and type variables are not supported as keys";
    }
    if (reason == null) {
      return true;
    }
    report.error(parts.field(), parts.annotation().mirror(), parts.annotation().valueOrNull(role),
        Messages.unsupportedKeyType(role.of(entity, key), DisplayNames.of(type), reason));
    return false;
  }

  private void checkThroughKey(
      RelationParts parts,
      KeyRole role,
      Attribute throughKey,
      KeyRole keyRole,
      JpaEntity entity,
      Attribute key,
      String side,
      ValidationReport report) {
    RelationAnnotation annotation = parts.annotation();
    KeyAttribute named = role.of(parts.through(), throughKey);
    TypeMirror type = throughKey.type();
    if (isCollection(type)) {
      report.error(parts.field(), annotation.mirror(), annotation.valueOrNull(role),
          Messages.throughKeyCollection(named, DisplayNames.of(type), entity.simpleName()));
    } else if (throughKey.isManyToOne()) {
      if (!types.isAssignable(entity.element().asType(), type)) {
        report.error(parts.field(), annotation.mirror(), annotation.valueOrNull(role),
            Messages.associationMismatch(named, DisplayNames.of(type), side, entity.simpleName()));
        return;
      }
      String id = entity.singleId().map(Attribute::name).orElse("(none)");
      if (!id.equals(key.name())) {
        report.error(parts.field(), annotation.mirror(), annotation.valueOrNull(keyRole),
            Messages.associationNeedsId(named, keyRole.of(entity, key), id, DisplayNames.of(key.type())));
      }
    } else if (!typeRefs.sameWhenBoxed(type, key.type())) {
      report.error(parts.field(), annotation.mirror(), annotation.valueOrNull(role), Messages.keyTypeMismatch(
          named, DisplayNames.of(type), keyRole.of(entity, key), DisplayNames.of(key.type())));
    }
  }

  private boolean isCollection(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeMirror erased = types.erasure(type);
    return types.isAssignable(erased, collection) || types.isAssignable(erased, map);
  }

  private static boolean isEntity(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && EntityReader.isEntity((TypeElement) ((DeclaredType) type).asElement());
  }
}
