package dev.throughline.processor.analysis;

import dev.throughline.processor.diagnostics.KeyAttribute;

/** The four key attributes of {@code @HasManyThrough}, named as the annotation names them. */
enum KeyRole {
  KEY_FROM("keyFrom"),
  KEY_TO("keyTo"),
  THROUGH_KEY_FROM("throughKeyFrom"),
  THROUGH_KEY_TO("throughKeyTo");

  private final String attribute;

  KeyRole(String attribute) {
    this.attribute = attribute;
  }

  /** The annotation attribute, as messages show it. */
  String attribute() {
    return attribute;
  }

  /** The attribute of an entity in this role, as messages name it. */
  KeyAttribute of(JpaEntity entity, Attribute attribute) {
    return new KeyAttribute(this.attribute, attribute.name(), entity.simpleName());
  }

  @Override
  public String toString() {
    return attribute;
  }
}
