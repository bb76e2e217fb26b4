package dev.throughline.it.contract;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hibernate.query.SortDirection;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;

/**
 * A generated accessor's static members for the source's own queries, as method references: {@code
 * some}, {@code some} with a through restriction, {@code someThrough}, {@code none}, {@code every},
 * the two {@code counts} and {@code orderByCount}.
 *
 * @param <S> the source entity
 * @param <K> the source key
 * @param <T> the target entity
 * @param <J> the through entity
 */
public record SourceQueries<S, K, T, J>(
    Function<Restriction<? super T>, Restriction<S>> some,
    BiFunction<Restriction<? super T>, Restriction<? super J>, Restriction<S>> someWithThrough,
    Function<Restriction<? super J>, Restriction<S>> someThrough,
    Function<Restriction<? super T>, Restriction<S>> none,
    Function<Restriction<? super T>, Restriction<S>> every,
    BiFunction<EntityManager, Collection<? extends S>, Map<K, Long>> counts,
    CountsWhere<S, K, T> countsWhere,
    Function<SortDirection, SelectionSpecification.Augmentation<S>> orderByCount) {

  /** {@code counts(em, sources, where)}. */
  @FunctionalInterface
  public interface CountsWhere<S, K, T> {
    Map<K, Long> counts(EntityManager em, Collection<? extends S> sources, Restriction<? super T> where);
  }
}
