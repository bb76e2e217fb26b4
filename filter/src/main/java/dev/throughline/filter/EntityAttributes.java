package dev.throughline.filter;

import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The attributes of one entity that a filter may name: its basic single-valued attributes in the
 * JPA metamodel (the id and version included; associations and embeddables not), by name.
 *
 * @param <T> the entity
 */
final class EntityAttributes<T> {

  private final Class<T> type;
  private final String entityName;
  private final Map<String, SingularAttribute<? super T, ?>> byName;
  private final SingularAttribute<? super T, ?> id;

  private EntityAttributes(Class<T> type, String entityName, Map<String, SingularAttribute<? super T, ?>> byName,
      SingularAttribute<? super T, ?> id) {
    this.type = type;
    this.entityName = entityName;
    this.byName = byName;
    this.id = id;
  }

  /** The attributes of {@code type}, which must be an entity of the metamodel. */
  static <T> EntityAttributes<T> of(Metamodel metamodel, Class<T> type) {
    EntityType<T> entity = metamodel.entity(type);
    Map<String, SingularAttribute<? super T, ?>> byName = new TreeMap<>();
    SingularAttribute<? super T, ?> id = null;
    for (SingularAttribute<? super T, ?> attribute : entity.getSingularAttributes()) {
      if (attribute.getPersistentAttributeType() == PersistentAttributeType.BASIC) {
        byName.put(attribute.getName(), attribute);
        if (attribute.isId()) {
          id = attribute;
        }
      }
    }
    return new EntityAttributes<>(type, entity.getName(), Collections.unmodifiableMap(byName),
        entity.hasSingleIdAttribute() ? id : null);
  }

  Class<T> type() {
    return type;
  }

  /** The entity name, for messages ({@code Patient}). */
  String entityName() {
    return entityName;
  }

  /** The attribute of this name, or null. */
  SingularAttribute<? super T, ?> find(String name) {
    return byName.get(name);
  }

  /** The single basic id attribute, the last order of every page; null for composite ids. */
  SingularAttribute<? super T, ?> id() {
    return id;
  }

  /** The names, sorted and comma-separated, for messages. */
  String names() {
    return String.join(", ", byName.keySet());
  }
}
