package dev.throughline.processor.analysis;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * What the processor knows of one entity: its class, its JPA entity name and its persistent
 * attributes (inherited ones first).
 *
 * @param element the entity class
 * @param entityName the name queries use
 * @param attributes the persistent attributes
 * @param propertyAccess whether JPA reads the entity through its getters rather than its fields
 */
record JpaEntity(TypeElement element, String entityName, List<Attribute> attributes, boolean propertyAccess) {

  JpaEntity {
    attributes = List.copyOf(attributes);
  }

  /** The simple class name, as messages show it. */
  String simpleName() {
    return element.getSimpleName().toString();
  }

  /** The attribute of that name, if there is one. */
  Optional<Attribute> attribute(String name) {
    return attributes.stream().filter(attribute -> attribute.name().equals(name)).findFirst();
  }

  /** The {@code @Id} and {@code @EmbeddedId} attributes: one, or several with {@code @IdClass}. */
  List<Attribute> ids() {
    return attributes.stream().filter(Attribute::isId).toList();
  }

  /** The single id attribute, if the entity has exactly one. */
  Optional<Attribute> singleId() {
    List<Attribute> ids = ids();
    return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
  }

  /** The attribute names for messages: {@code id, doctorId, patientId}. */
  String attributeNames() {
    return names(attributes);
  }

  static String names(List<Attribute> attributes) {
    if (attributes.isEmpty()) {
      return "(none)";
    }
    return attributes.stream().map(Attribute::name).collect(Collectors.joining(", "));
  }
}
