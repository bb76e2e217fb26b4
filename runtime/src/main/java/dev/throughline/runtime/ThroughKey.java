package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.hibernate.engine.spi.EntityEntry;

/**
 * How a through row references one side of the relation: either a basic attribute that holds the
 * key value ({@code Long doctorId}) or a {@code @ManyToOne} association to the entity ({@code
 * Doctor doctor}), which always references the entity's id.
 *
 * @param <J> the through entity
 * @param <E> the referenced entity
 * @param <K> the referenced key
 */
final class ThroughKey<J, E, K> {

  private final String attribute;
  private final BiConsumer<? super J, ? super K> valueSetter;
  private final BiConsumer<? super J, ? super E> associationSetter;

  private ThroughKey(
      String attribute,
      BiConsumer<? super J, ? super K> valueSetter,
      BiConsumer<? super J, ? super E> associationSetter) {
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.valueSetter = valueSetter;
    this.associationSetter = associationSetter;
  }

  /**
   * A basic through attribute that holds the referenced key.
   *
   * @param attribute the through entity's attribute name
   * @param setter stores a key into a new through row
   */
  static <J, E, K> ThroughKey<J, E, K> value(
      String attribute, BiConsumer<? super J, ? super K> setter) {
    return new ThroughKey<>(attribute, Objects.requireNonNull(setter, "setter"), null);
  }

  /**
   * A {@code @ManyToOne} through attribute that references the entity by its id.
   *
   * @param attribute the through entity's attribute name
   * @param setter stores an entity (or a reference to it) into a new through row
   */
  static <J, E, K> ThroughKey<J, E, K> association(
      String attribute, BiConsumer<? super J, ? super E> setter) {
    return new ThroughKey<>(attribute, null, Objects.requireNonNull(setter, "setter"));
  }

  String attribute() {
    return attribute;
  }

  boolean isAssociation() {
    return associationSetter != null;
  }

  /** The HQL path from a through row to the referenced key, given the key's attribute name. */
  String path(String keyAttribute) {
    return isAssociation() ? attribute + "." + keyAttribute : attribute;
  }

  /**
   * The key a managed through row references, as the persistence context holds it: the basic
   * attribute's value, or the id of the associated entity (without loading a proxy).
   */
  Object referencedKey(EntityManager em, EntityEntry entry, J row) {
    Object value = ManagedEntities.attribute(entry, row, attribute);
    if (value == null || !isAssociation()) {
      return value;
    }
    return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
  }

  void setValue(J through, K key) {
    valueSetter.accept(through, key);
  }

  void setAssociation(J through, E entity) {
    associationSetter.accept(through, entity);
  }
}
