package dev.throughline;

import dev.throughline.runtime.Relation;
import dev.throughline.runtime.RelationOperations;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.query.restriction.Restriction;

/**
 * A relation seen from one source, inside one persistence context: what every generated accessor
 * is. A generated accessor ({@code DoctorPatients}) extends this class with the types of its
 * relation bound and adds its static {@code of}, {@code include} and {@code inclusion}; the
 * methods here are the same for every relation, so they are written, documented and compiled once.
 *
 * <p>This is also the type to program against when code serves any relation: a generic REST
 * controller, a test helper, a service that takes "the patients of something". Bind the types it
 * needs and leave the others open:
 *
 * <pre>{@code
 * static <T> List<T> firstPage(RelationAccessor<?, ?, T, ?, ?> relation, int size) {
 *   return relation.query().limit(size).list();
 * }
 *
 * firstPage(DoctorPatients.of(em, doctorId), 20);
 * }</pre>
 *
 * <p>Every method works inside the caller's persistence context and transaction: it never begins,
 * commits or rolls back a transaction, and every write needs an active one (else a JPA {@code
 * TransactionRequiredException}). It keeps that persistence context true: what a write removes is
 * no longer managed, what it changes shows its new values; under {@code AUTO} and {@code COMMIT}
 * every operation first flushes the pending changes its statements touch, and under {@code
 * MANUAL} nothing flushes. Null arguments are {@code NullPointerException}s naming the
 * parameter. Below, the <em>target key</em> is the target attribute that through rows reference
 * ({@code keyTo}, the target's id unless the relation names another).
 *
 * @param <S> the source entity
 * @param <K> the source key that through rows reference ({@code keyFrom})
 * @param <T> the target entity
 * @param <TK> the target key that through rows reference ({@code keyTo})
 * @param <J> the through entity
 */
public class RelationAccessor<S, K, T, TK, J> {

  private final RelationOperations<S, K, T, TK, J> operations;

  /**
   * The accessor of the source with this key; the source is not loaded.
   *
   * @param relation the relation
   * @param em the persistence context to work in
   * @param sourceKey the source's key ({@code keyFrom})
   */
  protected RelationAccessor(Relation<S, K, T, TK, J> relation, EntityManager em, K sourceKey) {
    this.operations = new RelationOperations<>(relation, em, sourceKey);
  }

  /**
   * The key of the source this accessor works for.
   *
   * @return the source's key ({@code keyFrom})
   */
  public K sourceKey() {
    return operations.sourceKey();
  }

  /**
   * The linked targets, each once even when linked by several through rows, ordered by the target
   * key ascending. One statement.
   *
   * @return the linked targets
   */
  public List<T> find() {
    return operations.find();
  }

  /**
   * The linked targets that match {@code where}, each once, ordered by the target key ascending.
   * One statement.
   *
   * @param where a restriction on the targets
   * @return the matching linked targets
   */
  public List<T> find(Restriction<? super T> where) {
    return operations.find(where);
  }

  /**
   * The target with this key if it is linked to this source, else empty.
   *
   * @param targetKey the target's key
   * @return the linked target, or empty
   */
  public Optional<T> findById(TK targetKey) {
    return operations.findById(targetKey);
  }

  /**
   * The number of distinct linked targets.
   *
   * @return how many targets are linked to this source
   */
  public long count() {
    return operations.count();
  }

  /**
   * Whether at least one through row links this source to the target with this key.
   *
   * @param targetKey the target's key
   * @return whether they are linked
   */
  public boolean isLinked(TK targetKey) {
    return operations.isLinked(targetKey);
  }

  /**
   * Each through row of this source with its target, one element per through row, ordered by the
   * target key.
   *
   * @return the through rows with their targets
   */
  public List<Linked<T, J>> findWithThrough() {
    return operations.findWithThrough();
  }

  /**
   * A query over the linked targets: restrict the targets and the through rows, order by
   * attributes of either, page, then list, stream, count or patch. Each terminal method is one SQL
   * statement.
   *
   * @return a new query over the targets of this source
   */
  public RelationQuery<T, J> query() {
    return operations.query();
  }

  /**
   * Persists the target and one through row linking it to this source. Needs an active
   * transaction.
   *
   * @param target a new target
   * @return {@code target}, now persistent
   * @throws NoSuchEntityException if the source does not exist; nothing is written then
   */
  public T create(T target) {
    return operations.create(target, null);
  }

  /**
   * Persists the target and one through row linking it to this source; {@code throughData} fills
   * the through row's own attributes before it is persisted. Needs an active transaction.
   *
   * @param target a new target
   * @param throughData fills the new through row
   * @return {@code target}, now persistent
   * @throws NoSuchEntityException if the source does not exist; nothing is written then
   */
  public T create(T target, Consumer<? super J> throughData) {
    return operations.create(
        Objects.requireNonNull(target, "target"), Objects.requireNonNull(throughData, "throughData"));
  }

  /**
   * Persists one new through row linking the existing target with this key to this source.
   * Needs an active transaction.
   *
   * @param targetKey the target's key
   * @return the new through row
   * @throws NoSuchEntityException if the source or the target does not exist, whether or not the
   *     database has foreign keys; nothing is written then
   */
  public J link(TK targetKey) {
    return operations.link(targetKey, null);
  }

  /**
   * Persists one new through row linking the existing target with this key to this source; {@code
   * throughData} fills the row's own attributes before it is persisted. Needs an active
   * transaction.
   *
   * @param targetKey the target's key
   * @param throughData fills the new through row
   * @return the new through row
   * @throws NoSuchEntityException if the source or the target does not exist, whether or not the
   *     database has foreign keys; nothing is written then
   */
  public J link(TK targetKey, Consumer<? super J> throughData) {
    return operations.link(
        Objects.requireNonNull(targetKey, "targetKey"), Objects.requireNonNull(throughData, "throughData"));
  }

  /**
   * The through row that links this source to the target with this key, if there is one (the one
   * with the lowest through id when there are several), else a new one as {@link #link(Object)}
   * persists it; never two rows from one call. One statement when the row exists. Needs an active
   * transaction.
   *
   * @param targetKey the target's key
   * @return the existing or new through row
   * @throws NoSuchEntityException if the source or the target does not exist, whether or not the
   *     database has foreign keys; nothing is written then
   */
  public J linkIfAbsent(TK targetKey) {
    return operations.linkIfAbsent(targetKey, null);
  }

  /**
   * The through row that links this source to the target with this key, if there is one (the one
   * with the lowest through id when there are several), else a new one that {@code throughData}
   * fills before it is persisted, as {@link #link(Object, Consumer)} does; an existing row is
   * returned as it is. Never two rows from one call; one statement when the row exists. Needs an
   * active transaction.
   *
   * @param targetKey the target's key
   * @param throughData fills a new through row; not called when the row exists
   * @return the existing or new through row
   * @throws NoSuchEntityException if the source or the target does not exist, whether or not the
   *     database has foreign keys; nothing is written then
   */
  public J linkIfAbsent(TK targetKey, Consumer<? super J> throughData) {
    return operations.linkIfAbsent(
        Objects.requireNonNull(targetKey, "targetKey"), Objects.requireNonNull(throughData, "throughData"));
  }

  /**
   * Persists one new through row per key, in JDBC batches, linking each existing target to this
   * source. Needs an active transaction.
   *
   * @param targetKeys the targets' keys
   * @return the new through rows, one per key
   * @throws NoSuchEntityException if the source or a target does not exist; nothing is written then
   */
  public List<J> linkAll(Collection<TK> targetKeys) {
    return operations.linkAll(targetKeys);
  }

  /**
   * Makes the linked targets exactly these: rows of keys already linked are kept as they are
   * (their data too), missing ones are linked, others unlinked. An empty collection unlinks all.
   * Needs an active transaction.
   *
   * @param targetKeys the keys of every target to be linked afterwards
   * @throws NoSuchEntityException if the source or a target to link does not exist; nothing is
   *     written then
   */
  public void set(Collection<TK> targetKeys) {
    operations.set(targetKeys);
  }

  /**
   * Deletes every through row between this source and the target with this key; instances of
   * those rows are no longer managed afterwards. One statement (one row at a time for through
   * entities with removal callbacks); needs an active transaction.
   *
   * @param targetKey the target's key
   * @return how many through rows were deleted; 0 when none
   */
  public int unlink(TK targetKey) {
    return operations.unlink(targetKey);
  }

  /**
   * Deletes every through row of this source; instances of those rows are no longer managed
   * afterwards. One statement (one row at a time for through entities with removal callbacks);
   * needs an active transaction.
   *
   * @return how many through rows were deleted
   */
  public int unlinkAll() {
    return operations.unlinkAll();
  }

  /**
   * Updates every linked target in one bulk {@code UPDATE}, refusing to change the target key or
   * the target's id. A versioned target's {@code @Version} moves; instances the session manages
   * show the new values afterwards. Needs an active transaction.
   *
   * @param patch the changes, typed by the JPA metamodel
   * @return how many rows changed
   */
  public int patch(Patch<? super T> patch) {
    return operations.patch(patch);
  }

  /**
   * Updates the linked targets that match {@code where} in one bulk {@code UPDATE}, refusing to
   * change the target key or the target's id. A versioned target's {@code @Version} moves;
   * instances the session manages show the new values afterwards. Needs an active transaction.
   *
   * @param where a restriction on the targets
   * @param patch the changes, typed by the JPA metamodel
   * @return how many rows changed
   */
  public int patch(Restriction<? super T> where, Patch<? super T> patch) {
    return operations.patch(where, patch);
  }

  /**
   * Deletes every target linked to this source, and every through row (of any source) that
   * references them. Instances of the deleted targets and rows are no longer managed afterwards.
   * Needs an active transaction.
   *
   * @return the number of targets deleted
   */
  public int delete() {
    return operations.delete();
  }

  /**
   * Deletes the targets linked to this source that match {@code where}, and every through row (of
   * any source) that references them. Instances of the deleted targets and rows are no longer
   * managed afterwards. Needs an active transaction.
   *
   * @param where a restriction on the targets
   * @return the number of targets deleted
   */
  public int delete(Restriction<? super T> where) {
    return operations.delete(where);
  }

  @Override
  public String toString() {
    return operations.toString();
  }
}
