package dev.throughline.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A class or interface named the way generated code needs it: its package and its simple names
 * from the top-level class inward ({@code ["Outer", "Doctor"]} for a nested {@code Outer.Doctor}).
 *
 * @param packageName the package, empty for the unnamed package
 * @param simpleNames the simple names, top-level class first; never empty
 */
public record TypeRef(String packageName, List<String> simpleNames) {

  public TypeRef {
    Objects.requireNonNull(packageName, "packageName");
    simpleNames = List.copyOf(simpleNames);
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("a type needs at least one simple name");
    }
  }

  /** A top-level type. */
  public static TypeRef topLevel(String packageName, String simpleName) {
    return new TypeRef(packageName, List.of(simpleName));
  }

  /** The innermost simple name ({@code Doctor} for {@code Outer.Doctor}). */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** The canonical name, as source code writes it ({@code p.Outer.Doctor}). */
  public String qualifiedName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }
}
