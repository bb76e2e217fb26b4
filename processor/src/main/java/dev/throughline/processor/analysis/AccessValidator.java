package dev.throughline.processor.analysis;

import dev.throughline.processor.diagnostics.Messages;
import dev.throughline.processor.diagnostics.ValidationReport;
import dev.throughline.processor.model.MemberAccess;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks that the generated accessor can reach what it must, from its package: read both keys,
 * set both through keys, fill the relation field and create through rows.
 */
final class AccessValidator {

  /**
   * How the accessor reaches each attribute.
   *
   * @param keyFrom reads the source key
   * @param keyTo reads the target key
   * @param throughKeyFrom stores the source reference into a through row
   * @param throughKeyTo stores the target reference into a through row
   */
  record Accesses(MemberAccess keyFrom, MemberAccess keyTo, MemberAccess throughKeyFrom, MemberAccess throughKeyTo) {}

  private final MemberAccessResolver resolver;

  AccessValidator(Elements elements, Types types) {
    this.resolver = new MemberAccessResolver(elements, types);
  }

  /** How to reach the keys, or empty when one of them is out of reach (and was reported). */
  Optional<Accesses> checkKeys(RelationParts parts, ResolvedKeys keys, ValidationReport report) {
    MemberAccess keyFrom = read(parts, KeyRole.KEY_FROM, parts.source(), keys.keyFrom(), report);
    MemberAccess keyTo = read(parts, KeyRole.KEY_TO, parts.target(), keys.keyTo(), report);
    MemberAccess throughKeyFrom = write(parts, KeyRole.THROUGH_KEY_FROM, keys.throughKeyFrom(), report);
    MemberAccess throughKeyTo = write(parts, KeyRole.THROUGH_KEY_TO, keys.throughKeyTo(), report);
    if (keyFrom == null || keyTo == null || throughKeyFrom == null || throughKeyTo == null) {
      return Optional.empty();
    }
    return Optional.of(new Accesses(keyFrom, keyTo, throughKeyFrom, throughKeyTo));
  }

  /** How to fill the relation field, or empty when it is out of reach (and was reported). */
  Optional<MemberAccess> checkRelationField(RelationParts parts, ValidationReport report) {
    VariableElement field = parts.field();
    Optional<MemberAccess> write = resolver.writeRelationField(parts.source().element(), field, parts.packageName());
    if (write.isEmpty()) {
      String name = field.getSimpleName().toString();
      String why = field.getModifiers().contains(Modifier.PRIVATE) ? "private" : "final";
      report.error(field, Messages.relationFieldNotWritable(name, why, parts.source().simpleName(),
          BeanNames.setter(name), DisplayNames.of(field.asType())));
    }
    return write;
  }

  /** Reports a through entity that {@code Through::new} cannot create. */
  void checkThroughInstantiable(RelationParts parts, ValidationReport report) {
    resolver.whyNotInstantiable(parts.through().element(), parts.packageName())
        .ifPresent(why -> report.error(parts.field(), parts.annotation().mirror(),
            parts.annotation().through().orElse(null), Messages.throughNotInstantiable(
                parts.through().simpleName(), DisplayNames.ofPackage(parts.packageName()), why)));
  }

  private MemberAccess read(
      RelationParts parts, KeyRole role, JpaEntity entity, Attribute key, ValidationReport report) {
    Optional<MemberAccess> read = resolver.read(entity, key, parts.packageName());
    if (read.isEmpty()) {
      report.error(parts.field(), parts.annotation().mirror(), parts.annotation().valueOrNull(role),
          Messages.keyNotReadable(role.of(entity, key), DisplayNames.ofPackage(parts.packageName()),
              resolver.whyNotReadable(key), BeanNames.getter(key.name())));
    }
    return read.orElse(null);
  }

  private MemberAccess write(RelationParts parts, KeyRole role, Attribute throughKey, ValidationReport report) {
    Optional<MemberAccess> write = resolver.write(parts.through(), throughKey, parts.packageName());
    if (write.isEmpty()) {
      report.error(parts.field(), parts.annotation().mirror(), parts.annotation().valueOrNull(role),
          Messages.throughKeyNotWritable(role.of(parts.through(), throughKey),
              DisplayNames.ofPackage(parts.packageName()), resolver.whyNotWritable(throughKey, parts.packageName()),
              BeanNames.setter(throughKey.name()), DisplayNames.of(throughKey.type())));
    }
    return write.orElse(null);
  }
}
