package dev.throughline;

import java.util.List;
import java.util.stream.Stream;
import org.hibernate.query.Order;
import org.hibernate.query.Page;
import org.hibernate.query.restriction.Restriction;

/**
 * A query over the targets linked to one source, in Hibernate's typesafe vocabulary: restrict the
 * targets and the through rows, order by attributes of either, page, then fetch. Each terminal
 * method is one SQL statement; targets come once each, without {@code DISTINCT}, and paging is
 * done by the database.
 *
 * <p>Instances are immutable: each refining method returns a new query.
 *
 * @param <T> the target entity
 * @param <J> the through entity
 */
public interface RelationQuery<T, J> {

  /** Only targets matching {@code where} (combined with earlier target restrictions by AND). */
  RelationQuery<T, J> where(Restriction<? super T> where);

  /**
   * Only targets linked by at least one through row matching {@code where}, for example appointments
   * after a date; combined with earlier through restrictions by AND.
   */
  RelationQuery<T, J> whereThrough(Restriction<? super J> where);

  /** Orders by a target attribute; later calls break ties of earlier ones. */
  RelationQuery<T, J> orderBy(Order<? super T> order);

  /**
   * Orders by an attribute of the through rows that link each target (and match {@link
   * #whereThrough}): ascending uses the smallest value among a target's rows, descending the
   * largest, so "by appointment date, descending" puts the most recently seen patient first.
   */
  RelationQuery<T, J> orderByThrough(Order<? super J> order);

  /** Skips the first {@code offset} results. */
  RelationQuery<T, J> offset(int offset);

  /** Returns at most {@code limit} results. */
  RelationQuery<T, J> limit(int limit);

  /** The results of this page: offset and limit together. */
  RelationQuery<T, J> page(Page page);

  /** The targets, each once; ordered as asked, then by target key. */
  List<T> list();

  /**
   * The targets as a stream that scrolls a database cursor: memory stays constant however many
   * links there are, because each target the stream loads is detached from the persistence
   * context once it has been read; instances the session managed before the call stay managed.
   * Close the stream (try-with-resources) to release the cursor.
   */
  Stream<T> stream();

  /** The number of distinct targets matching, ignoring order and paging. */
  long count();

  /** Whether any target matches on this page: true exactly when {@link #list()} is not empty. */
  boolean exists();

  /**
   * Updates every matching target in one bulk {@code UPDATE} and returns how many rows changed.
   * Refuses to change the target key that through rows reference, or the target's id. Order and
   * paging do not apply. A versioned target's {@code @Version} moves, and instances the session
   * manages show the new values afterwards (one query for their keys, one refresh each). Needs an
   * active transaction.
   */
  int patch(Patch<? super T> patch);

  /**
   * One element per matching through row with its target; target orders apply, through orders
   * apply to the row itself, paging counts rows.
   */
  List<Linked<T, J>> withThrough();
}
