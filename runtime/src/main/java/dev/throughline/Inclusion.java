package dev.throughline;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.query.Order;
import org.hibernate.query.restriction.Restriction;

/**
 * What to include for a batch of sources: the targets of one relation, optionally restricted,
 * ordered and paged per source (in SQL, with a window function), and optionally with further
 * inclusions on those targets (doctors, their patients, the patients' prescriptions). Each relation
 * level costs one statement per chunk of source keys, whatever the number of sources. Immutable.
 *
 * <p>Get one from a generated accessor ({@code DoctorPatients.inclusion()}) or by relation name
 * from the generated registry ({@code DoctorRelations.inclusion("patients")}).
 *
 * @param <S> the source entity
 * @param <T> the target entity
 */
public interface Inclusion<S, T> {

  /** The relation's name, the source's field name ({@code patients}). */
  String name();

  /** The target entity, whose attributes the refinements below name ({@code Patient}). */
  Class<T> targetType();

  /** Includes only targets matching {@code where} (combined with earlier restrictions by AND). */
  Inclusion<S, T> where(Restriction<? super T> where);

  /** Orders each source's targets by a target attribute (then by target key). */
  Inclusion<S, T> orderBy(Order<? super T> order);

  /** Keeps at most {@code limit} targets per source, after ordering. */
  Inclusion<S, T> limit(int limit);

  /** Skips the first {@code offset} targets of each source, after ordering. */
  Inclusion<S, T> offset(int offset);

  /** Also includes {@code nested} on the targets this inclusion loads. */
  Inclusion<S, T> then(Inclusion<? super T, ?> nested);

  /**
   * Loads the targets of every source, sets each source's relation field (an empty list or set
   * for sources without links), runs the nested inclusions, and returns the targets by source key.
   */
  Map<Object, List<T>> load(EntityManager em, Collection<? extends S> sources);
}
