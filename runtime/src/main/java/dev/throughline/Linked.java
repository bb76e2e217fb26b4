package dev.throughline;

import java.util.Objects;

/**
 * One through row together with the target it links.
 *
 * @param target the linked target entity
 * @param through the through (join) row that links it
 * @param <T> the target entity type
 * @param <J> the through entity type
 */
public record Linked<T, J>(T target, J through) {

  /** Checks that neither part is null. */
  public Linked {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(through, "through");
  }
}
