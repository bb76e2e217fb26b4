package dev.throughline.processor.analysis;

import dev.throughline.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Turns javac's types into the model's {@link TypeRef}s. */
final class TypeRefFactory {

  private final Types types;

  TypeRefFactory(Types types) {
    this.types = types;
  }

  /** The class, with its enclosing classes. */
  static TypeRef of(TypeElement type) {
    List<String> simpleNames = new ArrayList<>();
    Element current = type;
    while (current instanceof TypeElement) {
      simpleNames.add(0, current.getSimpleName().toString());
      current = current.getEnclosingElement();
    }
    String packageName = current instanceof PackageElement
        ? ((PackageElement) current).getQualifiedName().toString()
        : "";
    return new TypeRef(packageName, simpleNames);
  }

  /** The class of a key, boxed when the key is primitive. The key must be a primitive or a declared type. */
  TypeRef boxed(TypeMirror keyType) {
    return of(boxedElement(keyType));
  }

  /** The class of a key, boxed when the key is primitive. */
  TypeElement boxedElement(TypeMirror keyType) {
    if (keyType.getKind().isPrimitive()) {
      return types.boxedClass((PrimitiveType) keyType);
    }
    return (TypeElement) ((DeclaredType) keyType).asElement();
  }

  /** Whether two types are the same once primitives are boxed ({@code long} and {@code Long} are). */
  boolean sameWhenBoxed(TypeMirror a, TypeMirror b) {
    return types.isSameType(box(a), box(b));
  }

  private TypeMirror box(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
  }
}
