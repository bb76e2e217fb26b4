package dev.throughline.processor.analysis;

import dev.throughline.processor.model.EntityModel;
import dev.throughline.processor.model.KeyModel;
import dev.throughline.processor.model.MemberAccess;
import dev.throughline.processor.model.RelationFieldModel;
import dev.throughline.processor.model.RelationModel;
import dev.throughline.processor.model.ThroughIdModel;
import dev.throughline.processor.model.ThroughKeyModel;
import javax.lang.model.util.Types;

/** Turns a checked relation into the model the generator reads. */
final class RelationModelFactory {

  private final TypeRefFactory typeRefs;

  RelationModelFactory(Types types) {
    this.typeRefs = new TypeRefFactory(types);
  }

  /**
   * The relation's model.
   *
   * @throws MissingTypeException if a listener class of the through entity does not exist yet
   */
  RelationModel create(
      RelationParts parts,
      ResolvedKeys keys,
      AccessValidator.Accesses accesses,
      MemberAccess relationField,
      ThroughIdModel throughId) {
    return new RelationModel(
        parts.accessor(),
        new RelationFieldModel(parts.field().getSimpleName().toString(), parts.collection(), relationField),
        entity(parts.source()),
        new KeyModel(keys.keyFrom().name(), typeRefs.boxed(keys.keyFrom().type()), accesses.keyFrom(), keys.keyFrom().isId()),
        entity(parts.target()),
        new KeyModel(keys.keyTo().name(), typeRefs.boxed(keys.keyTo().type()), accesses.keyTo(), keys.keyTo().isId()),
        entity(parts.through()),
        throughId,
        throughKey(keys.throughKeyFrom(), accesses.throughKeyFrom()),
        throughKey(keys.throughKeyTo(), accesses.throughKeyTo()),
        RemovalCallbacks.observedBy(parts.through().element()),
        parts.annotation().includeByName());
  }

  private static EntityModel entity(JpaEntity entity) {
    return new EntityModel(TypeRefFactory.of(entity.element()), entity.entityName());
  }

  private static ThroughKeyModel throughKey(Attribute attribute, MemberAccess write) {
    ThroughKeyModel.Kind kind = attribute.isManyToOne() ? ThroughKeyModel.Kind.ASSOCIATION : ThroughKeyModel.Kind.VALUE;
    return new ThroughKeyModel(attribute.name(), kind, write);
  }
}
