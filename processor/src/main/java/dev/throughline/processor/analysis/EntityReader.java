package dev.throughline.processor.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads an entity the way JPA sees it: its entity name, its access type, and its persistent
 * attributes, including those of {@code @MappedSuperclass} and {@code @Entity} superclasses.
 *
 * <p>With field access the attributes are the fields that are neither static, {@code transient}
 * nor {@code @Transient}. With property access (an {@code @Id} on a getter, or {@code
 * @Access(PROPERTY)}) the getters that are not {@code @Transient} count too.
 */
final class EntityReader {

  private final Types types;

  EntityReader(Types types) {
    this.types = types;
  }

  /** Whether the type is a JPA {@code @Entity}. */
  static boolean isEntity(TypeElement type) {
    return AnnotationLookup.has(type, JpaNames.ENTITY);
  }

  /**
   * Reads an entity.
   *
   * @throws MissingTypeException if a superclass does not exist yet
   */
  JpaEntity read(TypeElement entity) {
    List<TypeElement> hierarchy = persistentHierarchy(entity);
    boolean propertyAccess = usesPropertyAccess(hierarchy);
    DeclaredType owner = (DeclaredType) entity.asType();

    Map<String, VariableElement> fields = new LinkedHashMap<>();
    Map<String, ExecutableElement> getters = new LinkedHashMap<>();
    Set<String> transientProperties = new HashSet<>();
    for (TypeElement type : hierarchy) {
      for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (isPersistentField(field)) {
          fields.put(field.getSimpleName().toString(), field);
        }
      }
      if (propertyAccess) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
          Optional<String> property = propertyName(method);
          if (property.isEmpty()) {
            continue;
          }
          if (AnnotationLookup.has(method, JpaNames.TRANSIENT)) {
            transientProperties.add(property.get());
          } else {
            getters.put(property.get(), method);
          }
        }
      }
    }

    List<Attribute> attributes = new ArrayList<>();
    for (VariableElement field : fields.values()) {
      String name = field.getSimpleName().toString();
      if (!transientProperties.contains(name)) {
        ExecutableElement getter = getters.get(name);
        TypeMirror type = getter != null ? returnType(owner, getter) : types.asMemberOf(owner, field);
        attributes.add(new Attribute(name, type, field, getter));
      }
    }
    for (Map.Entry<String, ExecutableElement> getter : getters.entrySet()) {
      if (!fields.containsKey(getter.getKey())) {
        attributes.add(new Attribute(getter.getKey(), returnType(owner, getter.getValue()), null, getter.getValue()));
      }
    }
    return new JpaEntity(entity, entityName(entity), attributes, propertyAccess);
  }

  /**
   * The entity and its {@code @Entity} / {@code @MappedSuperclass} superclasses, root first.
   *
   * @throws MissingTypeException if a superclass does not exist yet
   */
  static List<TypeElement> persistentHierarchy(TypeElement entity) {
    List<TypeElement> hierarchy = new ArrayList<>();
    TypeElement current = entity;
    while (current != null) {
      if (current == entity || isEntity(current) || AnnotationLookup.has(current, JpaNames.MAPPED_SUPERCLASS)) {
        hierarchy.add(0, current);
      }
      TypeMirror superclass = current.getSuperclass();
      if (superclass.getKind() == TypeKind.ERROR) {
        throw new MissingTypeException(superclass.toString());
      }
      current = superclass.getKind() == TypeKind.DECLARED
          ? (TypeElement) ((DeclaredType) superclass).asElement()
          : null;
    }
    return hierarchy;
  }

  /** An explicit {@code @Access} (nearest class first) decides; otherwise where the id is. */
  private static boolean usesPropertyAccess(List<TypeElement> hierarchy) {
    for (int i = hierarchy.size() - 1; i >= 0; i--) {
      Optional<String> explicit = AnnotationLookup.find(hierarchy.get(i), JpaNames.ACCESS)
          .flatMap(mirror -> AnnotationLookup.explicitValue(mirror, "value"))
          .map(AnnotationValue::getValue)
          .filter(Element.class::isInstance)
          .map(constant -> ((Element) constant).getSimpleName().toString());
      if (explicit.isPresent()) {
        return explicit.get().equals("PROPERTY");
      }
    }
    for (TypeElement type : hierarchy) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (AnnotationLookup.has(method, JpaNames.ID) || AnnotationLookup.has(method, JpaNames.EMBEDDED_ID)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isPersistentField(VariableElement field) {
    Set<Modifier> modifiers = field.getModifiers();
    return !modifiers.contains(Modifier.STATIC)
        && !modifiers.contains(Modifier.TRANSIENT)
        && !AnnotationLookup.has(field, JpaNames.TRANSIENT);
  }

  /** The property a getter defines ({@code getId} and {@code isActive} define {@code id}, {@code active}). */
  private static Optional<String> propertyName(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.STATIC)
        || method.getModifiers().contains(Modifier.PRIVATE)
        || !method.getParameters().isEmpty()) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    TypeKind returns = method.getReturnType().getKind();
    if (name.startsWith("get") && name.length() > 3 && returns != TypeKind.VOID) {
      return Optional.of(BeanNames.decapitalize(name.substring(3)));
    }
    if (name.startsWith("is") && name.length() > 2 && returns == TypeKind.BOOLEAN) {
      return Optional.of(BeanNames.decapitalize(name.substring(2)));
    }
    return Optional.empty();
  }

  private TypeMirror returnType(DeclaredType owner, ExecutableElement getter) {
    return ((ExecutableType) types.asMemberOf(owner, getter)).getReturnType();
  }

  private static String entityName(TypeElement entity) {
    return AnnotationLookup.find(entity, JpaNames.ENTITY)
        .flatMap(mirror -> AnnotationLookup.explicitString(mirror, "name"))
        .orElse(entity.getSimpleName().toString());
  }
}
