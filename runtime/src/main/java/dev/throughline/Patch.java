package dev.throughline;

import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes to apply to linked targets in one bulk {@code UPDATE}, typed by the JPA metamodel:
 * {@code Patch.set(Patient_.ward, "B").and(Patient_.active, false)}. Immutable.
 *
 * @param <T> the target entity
 */
public final class Patch<T> {

  /** One attribute and its new value. */
  public record Change<T, V>(SingularAttribute<? super T, V> attribute, V value) {

    /** Checks that the attribute is given. */
    public Change {
      Objects.requireNonNull(attribute, "attribute");
    }
  }

  private final List<Change<T, ?>> changes;

  private Patch(List<Change<T, ?>> changes) {
    this.changes = List.copyOf(changes);
  }

  /** A patch that sets one attribute; {@code value} may be null. */
  public static <T, V> Patch<T> set(SingularAttribute<? super T, V> attribute, V value) {
    return new Patch<T>(List.of()).and(attribute, value);
  }

  /** This patch, also setting {@code attribute}; {@code value} may be null. */
  public <V> Patch<T> and(SingularAttribute<? super T, V> attribute, V value) {
    List<Change<T, ?>> more = new ArrayList<>(changes);
    more.add(new Change<>(attribute, value));
    return new Patch<>(more);
  }

  /** The changes, in the order they were added. */
  public List<Change<T, ?>> changes() {
    return changes;
  }
}
