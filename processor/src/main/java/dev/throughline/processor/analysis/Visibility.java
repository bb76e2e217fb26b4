package dev.throughline.processor.analysis;

import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Java's access rules, seen from the package where the accessor is generated. The accessor is not a
 * subclass of anything the user wrote, so protected members count only within their package.
 */
final class Visibility {

  private final Elements elements;

  Visibility(Elements elements) {
    this.elements = elements;
  }

  /** Whether code in {@code packageName} may use the member (field, method or constructor). */
  boolean isAccessible(Element member, String packageName) {
    Set<Modifier> modifiers = member.getModifiers();
    if (modifiers.contains(Modifier.PUBLIC)) {
      return true;
    }
    if (modifiers.contains(Modifier.PRIVATE)) {
      return false;
    }
    return packageOf(member).equals(packageName);
  }

  /** Whether code in {@code packageName} may name the type, which needs every enclosing class to be accessible. */
  boolean isAccessible(TypeElement type, String packageName) {
    Element current = type;
    while (current.getKind().isClass() || current.getKind().isInterface()) {
      if (!isAccessible(current, packageName)) {
        return false;
      }
      current = current.getEnclosingElement();
    }
    return true;
  }

  /** Why a member is not accessible: {@code private}, or protected / package-private elsewhere. */
  String whyNotAccessible(Element member, String kind) {
    Set<Modifier> modifiers = member.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      return kind + " is private";
    }
    String visibility = modifiers.contains(Modifier.PROTECTED) ? "protected" : "package-private";
    return kind + " is " + visibility + " in " + DisplayNames.ofPackage(packageOf(member));
  }

  String packageOf(Element element) {
    return elements.getPackageOf(element).getQualifiedName().toString();
  }

  /** Whether the class can be instantiated without an enclosing instance. */
  static boolean isInnerClass(TypeElement type) {
    return type.getNestingKind().isNested()
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC);
  }
}
