package dev.throughline.it.contract;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import org.hibernate.Hibernate;
import org.hibernate.Session;

/**
 * Reads and writes entity attributes through the Java members the JPA metamodel gives for them
 * (every test entity uses field access), so that a {@link RelationFixture} needs no getter or
 * setter of its own. A Hibernate proxy is read and written through the entity behind it.
 */
final class Attributes {

  private Attributes() {}

  /** The name Hibernate gives the entity that declares the attribute. */
  static String entityName(SingularAttribute<?, ?> attribute) {
    return ((EntityType<?>) attribute.getDeclaringType()).getName();
  }

  /** A key value as the attribute holds it: itself, or for an association a reference to its entity. */
  static Object keyOrReference(Session session, SingularAttribute<?, ?> attribute, Object key) {
    return attribute.isAssociation() ? session.getReference(attribute.getJavaType(), key) : key;
  }

  /** The key an attribute holds: its value, or for an association its entity's id, read without loading it. */
  static Object keyOf(Session session, SingularAttribute<?, ?> attribute, Object entity) {
    Object value = read(attribute, entity);
    return value != null && attribute.isAssociation()
        ? session.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value) : value;
  }

  static Object read(Attribute<?, ?> attribute, Object entity) {
    try {
      return member(attribute).get(Hibernate.unproxy(entity));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static void write(Attribute<?, ?> attribute, Object entity, Object value) {
    try {
      member(attribute).set(Hibernate.unproxy(entity), value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The value of a field that the metamodel does not map, such as a {@code @Transient} relation field. */
  static Object field(Class<?> type, String name, Object entity) {
    try {
      Field field = type.getDeclaredField(name);
      field.trySetAccessible();
      return field.get(Hibernate.unproxy(entity));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field member(Attribute<?, ?> attribute) {
    Field field = (Field) attribute.getJavaMember();
    field.trySetAccessible();
    return field;
  }
}
