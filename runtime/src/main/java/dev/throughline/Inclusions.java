package dev.throughline;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Several inclusions on one batch of sources: {@code Inclusions.load(em, doctors, a, b)}. */
public final class Inclusions {

  private Inclusions() {}

  /** Runs each inclusion on the sources, in order. */
  @SafeVarargs
  public static <S> void load(EntityManager em, Collection<? extends S> sources, Inclusion<? super S, ?>... inclusions) {
    Objects.requireNonNull(inclusions, "inclusions");
    List<Inclusion<? super S, ?>> each = new ArrayList<>(inclusions.length);
    for (Inclusion<? super S, ?> inclusion : inclusions) {
      each.add(inclusion);
    }
    load(em, sources, each);
  }

  /** Runs each inclusion on the sources, in order. */
  public static <S> void load(
      EntityManager em, Collection<? extends S> sources, List<? extends Inclusion<? super S, ?>> inclusions) {
    Objects.requireNonNull(em, "em");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(inclusions, "inclusions");
    for (Inclusion<? super S, ?> inclusion : inclusions) {
      Objects.requireNonNull(inclusion, "inclusions contains null").load(em, sources);
    }
  }
}
