package dev.throughline.processor.analysis;

import java.util.List;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Whether an entity observes its removal, read the way JPA collects lifecycle callbacks: a {@code
 * @PreRemove} or {@code @PostRemove} method on the entity or on one of its {@code @Entity} and
 * {@code @MappedSuperclass} superclasses, or on a listener class that one of them names in {@code
 * @EntityListeners}. A class with {@code @ExcludeSuperclassListeners} keeps its own listeners and
 * drops those of its superclasses; their callback methods still count.
 *
 * <p>When in doubt the answer is yes, since a missed callback loses an event while an extra one
 * only costs speed: a listener's own superclasses count, and a listener that is not a class counts
 * as observing. Callbacks and default listeners declared in {@code orm.xml} cannot be seen here.
 */
final class RemovalCallbacks {

  private static final List<String> CALLBACKS = List.of(JpaNames.PRE_REMOVE, JpaNames.POST_REMOVE);

  private RemovalCallbacks() {}

  /**
   * Whether removing an instance of the entity runs a callback.
   *
   * @throws MissingTypeException if a superclass or a listener class does not exist yet
   */
  static boolean observedBy(TypeElement entity) {
    List<TypeElement> hierarchy = EntityReader.persistentHierarchy(entity);
    boolean superclassListenersExcluded = false;
    for (int i = hierarchy.size() - 1; i >= 0; i--) {
      TypeElement type = hierarchy.get(i);
      if (declaresCallback(type)) {
        return true;
      }
      if (!superclassListenersExcluded) {
        for (AnnotationValue listener : listeners(type)) {
          if (listenerObserves(listener, type)) {
            return true;
          }
        }
        superclassListenersExcluded = AnnotationLookup.has(type, JpaNames.EXCLUDE_SUPERCLASS_LISTENERS);
      }
    }
    return false;
  }

  /** The class literals of the type's {@code @EntityListeners}, none without it. */
  private static List<? extends AnnotationValue> listeners(TypeElement type) {
    return AnnotationLookup.find(type, JpaNames.ENTITY_LISTENERS)
        .flatMap(mirror -> AnnotationLookup.explicitValue(mirror, "value"))
        .map(RemovalCallbacks::classLiterals)
        .orElse(List.of());
  }

  private static List<? extends AnnotationValue> classLiterals(AnnotationValue value) {
    Object written = value.getValue();
    if (written instanceof List<?> list) {
      return list.stream().map(AnnotationValue.class::cast).toList();
    }
    return List.of(value);
  }

  /** Whether the listener class, or one of its superclasses, declares a removal callback. */
  private static boolean listenerObserves(AnnotationValue listener, TypeElement owner) {
    Object written = listener.getValue();
    // javac hands over an unresolvable class literal as the string "<error>", ecj as an error type
    if (!(written instanceof TypeMirror type) || type.getKind() == TypeKind.ERROR) {
      throw new MissingTypeException("a listener class named by @EntityListeners on " + owner.getSimpleName());
    }
    while (type.getKind() != TypeKind.NONE) {
      if (type.getKind() == TypeKind.ERROR) {
        throw new MissingTypeException(type.toString());
      }
      if (type.getKind() != TypeKind.DECLARED) {
        return true;
      }
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      if (declaresCallback(element)) {
        return true;
      }
      type = element.getSuperclass();
    }
    return false;
  }

  private static boolean declaresCallback(TypeElement type) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      for (String callback : CALLBACKS) {
        if (AnnotationLookup.has(method, callback)) {
          return true;
        }
      }
    }
    return false;
  }
}
