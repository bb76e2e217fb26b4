package dev.throughline.processor.analysis;

import dev.throughline.processor.model.MemberAccess;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides how the generated accessor reaches attributes, from its package and without reflection.
 * Keys are read through a getter when there is one, else through the field; through keys, the
 * relation field and an embedded through id are stored through a setter when there is one, else
 * into the field. Methods come first because they also work on Hibernate proxies, where a field
 * belongs to the proxy rather than to the entity behind it.
 */
final class MemberAccessResolver {

  private final Elements elements;
  private final Types types;
  private final Visibility visibility;
  private final TypeRefFactory typeRefs;

  MemberAccessResolver(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.visibility = new Visibility(elements);
    this.typeRefs = new TypeRefFactory(types);
  }

  /** How to read an attribute of an entity, if the accessor can. */
  Optional<MemberAccess> read(JpaEntity entity, Attribute attribute, String packageName) {
    Optional<ExecutableElement> getter = method(entity.element(), BeanNames.getter(attribute.name()), List.of(), attribute.type(), packageName);
    if (getter.isEmpty() && isBoolean(attribute.type())) {
      getter = method(entity.element(), BeanNames.booleanGetter(attribute.name()), List.of(), attribute.type(), packageName);
    }
    if (getter.isPresent()) {
      return Optional.of(MemberAccess.method(getter.get().getSimpleName().toString()));
    }
    VariableElement field = attribute.field();
    if (field != null && visibility.isAccessible(field, packageName)) {
      return Optional.of(MemberAccess.field(field.getSimpleName().toString()));
    }
    return Optional.empty();
  }

  /** Why {@link #read} found no way, for the message. */
  String whyNotReadable(Attribute attribute) {
    String field = attribute.field() == null ? "it has no field" : visibility.whyNotAccessible(attribute.field(), "the field");
    return field + ", and it has no accessible getter";
  }

  /** How to store a value into an attribute of an entity, if the accessor can: its setter, else its field. */
  Optional<MemberAccess> write(JpaEntity entity, Attribute attribute, String packageName) {
    Optional<ExecutableElement> setter =
        method(entity.element(), BeanNames.setter(attribute.name()), List.of(attribute.type()), null, packageName);
    if (setter.isPresent()) {
      return Optional.of(MemberAccess.method(setter.get().getSimpleName().toString()));
    }
    VariableElement field = attribute.field();
    if (field != null && isAssignable(field, packageName)) {
      return Optional.of(MemberAccess.field(field.getSimpleName().toString()));
    }
    return Optional.empty();
  }

  /** Why {@link #write} found no way, for the message. */
  String whyNotWritable(Attribute attribute, String packageName) {
    VariableElement field = attribute.field();
    String reason;
    if (field == null) {
      reason = "it has no field";
    } else if (!visibility.isAccessible(field, packageName)) {
      reason = visibility.whyNotAccessible(field, "the field");
    } else {
      reason = "the field is final";
    }
    return reason + ", and it has no accessible setter";
  }

  /**
   * How to store the included targets into the relation field, if the accessor can: its setter
   * (which also reaches the entity behind a Hibernate proxy), else the field.
   */
  Optional<MemberAccess> writeRelationField(TypeElement source, VariableElement field, String packageName) {
    String setter = BeanNames.setter(field.getSimpleName().toString());
    if (setterTaking(source, setter, field.asType(), packageName)) {
      return Optional.of(MemberAccess.method(setter));
    }
    if (isAssignable(field, packageName)) {
      return Optional.of(MemberAccess.field(field.getSimpleName().toString()));
    }
    return Optional.empty();
  }

  /**
   * Whether the type has an accessible setter of that name for the field: one taking the field's type, or that
   * type with wildcards, as Kotlin's setter of a read-only {@code List<Patient>} takes {@code List<? extends
   * Patient>}. A setter of another collection type may convert; the field is used then.
   */
  private boolean setterTaking(TypeElement type, String name, TypeMirror valueType, String packageName) {
    DeclaredType owner = (DeclaredType) type.asType();
    return ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
        .filter(method -> method.getSimpleName().contentEquals(name)
            && !method.getModifiers().contains(Modifier.STATIC)
            && method.getParameters().size() == 1
            && visibility.isAccessible(method, packageName))
        .map(method -> ((ExecutableType) types.asMemberOf(owner, method)).getParameterTypes().get(0))
        .anyMatch(parameter -> types.isSameType(types.erasure(parameter), types.erasure(valueType))
            && types.isAssignable(valueType, parameter));
  }

  /** Why the through entity cannot be created with {@code Through::new}, or empty when it can. */
  Optional<String> whyNotInstantiable(TypeElement through, String packageName) {
    if (through.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.of("it is abstract");
    }
    if (Visibility.isInnerClass(through)) {
      return Optional.of("it is an inner class, which needs an enclosing instance; make it static");
    }
    Optional<ExecutableElement> noArgs = ElementFilter.constructorsIn(through.getEnclosedElements()).stream()
        .filter(constructor -> constructor.getParameters().isEmpty())
        .findFirst();
    if (noArgs.isEmpty()) {
      return Optional.of("it has no no-argument constructor");
    }
    if (!visibility.isAccessible(noArgs.get(), packageName)) {
      return Optional.of(visibility.whyNotAccessible(noArgs.get(), "its no-argument constructor"));
    }
    return Optional.empty();
  }

  private boolean isAssignable(VariableElement field, String packageName) {
    return !field.getModifiers().contains(Modifier.FINAL) && visibility.isAccessible(field, packageName);
  }

  /**
   * An accessible instance method of the type (declared or inherited) with that name, parameters
   * matching {@code parameterTypes} (boxing aside) and, when {@code returnType} is not null, that return type.
   */
  private Optional<ExecutableElement> method(
      TypeElement type, String name, List<TypeMirror> parameterTypes, TypeMirror returnType, String packageName) {
    DeclaredType owner = (DeclaredType) type.asType();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!method.getSimpleName().contentEquals(name)
          || method.getModifiers().contains(Modifier.STATIC)
          || method.getParameters().size() != parameterTypes.size()
          || !visibility.isAccessible(method, packageName)) {
        continue;
      }
      ExecutableType asMember = (ExecutableType) types.asMemberOf(owner, method);
      boolean parametersMatch = true;
      for (int i = 0; i < parameterTypes.size(); i++) {
        parametersMatch &= typeRefs.sameWhenBoxed(asMember.getParameterTypes().get(i), parameterTypes.get(i));
      }
      if (parametersMatch && (returnType == null || typeRefs.sameWhenBoxed(asMember.getReturnType(), returnType))) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  private boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN
        || (type.getKind() == TypeKind.DECLARED
            && ((TypeElement) types.asElement(type)).getQualifiedName().contentEquals("java.lang.Boolean"));
  }
}
