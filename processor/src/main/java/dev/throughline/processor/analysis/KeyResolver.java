package dev.throughline.processor.analysis;

import dev.throughline.processor.diagnostics.Messages;
import dev.throughline.processor.diagnostics.ValidationReport;
import java.util.List;
import java.util.Optional;
import javax.lang.model.util.Types;

/**
 * Finds the attributes that a relation's four keys name, applying the defaults: the ids for
 * {@code keyFrom} and {@code keyTo}; for the through keys {@code <entityName>Id} if the through
 * entity has it, else its single {@code @ManyToOne} to the entity. Unknown names and impossible
 * defaults are reported.
 */
final class KeyResolver {

  private final Types types;

  KeyResolver(Types types) {
    this.types = types;
  }

  /** The four key attributes, or empty when one of them cannot be found (and was reported). */
  Optional<ResolvedKeys> resolve(RelationParts parts, ValidationReport report) {
    RelationAnnotation annotation = parts.annotation();
    boolean guessable = true;
    if (parts.isSelfRelation()
        && !(annotation.names(KeyRole.THROUGH_KEY_FROM) && annotation.names(KeyRole.THROUGH_KEY_TO))) {
      String entity = parts.source().simpleName();
      report.error(parts.field(), annotation.mirror(),
          Messages.selfRelationKeys(parts.name(), entity, parts.through().simpleName()));
      guessable = false;
    }
    Attribute keyFrom = entityKey(parts, KeyRole.KEY_FROM, parts.source(), report);
    Attribute keyTo = entityKey(parts, KeyRole.KEY_TO, parts.target(), report);
    Attribute throughKeyFrom = throughKey(parts, KeyRole.THROUGH_KEY_FROM, parts.source(), guessable, report);
    Attribute throughKeyTo = throughKey(parts, KeyRole.THROUGH_KEY_TO, parts.target(), guessable, report);
    if (keyFrom == null || keyTo == null || throughKeyFrom == null || throughKeyTo == null) {
      return Optional.empty();
    }
    return Optional.of(new ResolvedKeys(keyFrom, keyTo, throughKeyFrom, throughKeyTo));
  }

  private Attribute entityKey(RelationParts parts, KeyRole role, JpaEntity entity, ValidationReport report) {
    Optional<String> named = parts.annotation().key(role);
    if (named.isPresent()) {
      return named(parts, role, entity, named.get(), report);
    }
    List<Attribute> ids = entity.ids();
    if (ids.size() == 1) {
      return ids.get(0);
    }
    if (ids.isEmpty()) {
      report.error(parts.field(), parts.annotation().mirror(), Messages.noId(entity.simpleName(), role.attribute()));
    } else {
      report.error(parts.field(), parts.annotation().mirror(),
          Messages.compositeId(entity.simpleName(), JpaEntity.names(ids), role.attribute()));
    }
    return null;
  }

  private Attribute throughKey(
      RelationParts parts, KeyRole role, JpaEntity referenced, boolean guessable, ValidationReport report) {
    JpaEntity through = parts.through();
    Optional<String> named = parts.annotation().key(role);
    if (named.isPresent()) {
      return named(parts, role, through, named.get(), report);
    }
    if (!guessable) {
      return null;
    }
    String conventional = BeanNames.conventionalKey(referenced.simpleName());
    Optional<Attribute> byName = through.attribute(conventional);
    if (byName.isPresent()) {
      return byName.get();
    }
    List<Attribute> associations = through.attributes().stream()
        .filter(Attribute::isManyToOne)
        .filter(attribute -> types.isSameType(
            types.erasure(attribute.type()), types.erasure(referenced.element().asType())))
        .toList();
    if (associations.size() == 1) {
      return associations.get(0);
    }
    if (associations.isEmpty()) {
      report.error(parts.field(), parts.annotation().mirror(), Messages.noThroughKey(
          through.simpleName(), conventional, referenced.simpleName(), role.attribute(), through.attributeNames()));
    } else {
      report.error(parts.field(), parts.annotation().mirror(), Messages.ambiguousThroughKey(
          through.simpleName(), referenced.simpleName(), JpaEntity.names(associations), role.attribute()));
    }
    return null;
  }

  private static Attribute named(
      RelationParts parts, KeyRole role, JpaEntity entity, String name, ValidationReport report) {
    Optional<Attribute> attribute = entity.attribute(name);
    if (attribute.isEmpty()) {
      report.error(parts.field(), parts.annotation().mirror(), parts.annotation().valueOrNull(role),
          Messages.unknownKey(role.attribute(), name, entity.simpleName(), entity.attributeNames()));
      return null;
    }
    return attribute.get();
  }
}
