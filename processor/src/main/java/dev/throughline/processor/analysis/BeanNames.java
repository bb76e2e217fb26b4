package dev.throughline.processor.analysis;

/** The names JavaBeans conventions derive from an attribute name. */
final class BeanNames {

  private BeanNames() {}

  /** {@code id} for {@code Id}; a name starting with two capitals ({@code URL}) stays as it is. */
  static String decapitalize(String name) {
    if (name.isEmpty() || (name.length() > 1 && Character.isUpperCase(name.charAt(1))
        && Character.isUpperCase(name.charAt(0)))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code Id} for {@code id}. */
  static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code getId} for {@code id}. */
  static String getter(String attribute) {
    return "get" + capitalize(attribute);
  }

  /** {@code isActive} for {@code active}. */
  static String booleanGetter(String attribute) {
    return "is" + capitalize(attribute);
  }

  /** {@code setDoctorId} for {@code doctorId}. */
  static String setter(String attribute) {
    return "set" + capitalize(attribute);
  }

  /** The conventional through key for an entity: {@code doctorId} for {@code Doctor}. */
  static String conventionalKey(String entitySimpleName) {
    return Character.toLowerCase(entitySimpleName.charAt(0)) + entitySimpleName.substring(1) + "Id";
  }
}
