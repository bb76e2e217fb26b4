package dev.throughline.processor.analysis;

import java.util.stream.Collectors;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Short, readable names of types and packages for messages ({@code List<Patient>}, not the qualified form). */
final class DisplayNames {

  private DisplayNames() {}

  static String of(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED: {
        DeclaredType declared = (DeclaredType) type;
        String name = declared.asElement().getSimpleName().toString();
        if (declared.getTypeArguments().isEmpty()) {
          return name;
        }
        return name + declared.getTypeArguments().stream()
            .map(DisplayNames::of)
            .collect(Collectors.joining(", ", "<", ">"));
      }
      case ARRAY:
        return of(((ArrayType) type).getComponentType()) + "[]";
      case WILDCARD: {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return "? extends " + of(wildcard.getExtendsBound());
        }
        return wildcard.getSuperBound() != null ? "? super " + of(wildcard.getSuperBound()) : "?";
      }
      default:
        return type.toString();
    }
  }

  static String ofPackage(String packageName) {
    return packageName.isEmpty() ? "the unnamed package" : "package " + packageName;
  }
}
