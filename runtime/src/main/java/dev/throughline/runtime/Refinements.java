package dev.throughline.runtime;

import java.util.ArrayList;
import java.util.List;

/** The checks and copies that immutable query builders (queries, inclusions) share. */
final class Refinements {

  private Refinements() {}

  /** An unmodifiable copy of {@code list} with {@code element} appended. */
  static <E> List<E> plus(List<E> list, E element) {
    List<E> copy = new ArrayList<>(list.size() + 1);
    copy.addAll(list);
    copy.add(element);
    return List.copyOf(copy);
  }

  /** {@code value}, which must not be negative; {@code name} names it in the exception. */
  static int notNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    return value;
  }
}
