package dev.throughline.runtime;

import dev.throughline.Linked;
import dev.throughline.Patch;
import dev.throughline.RelationQuery;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.query.restriction.Restriction;

/**
 * A relation seen from one source, inside one persistence context. Generated accessors wrap one
 * and forward to it; the semantics of each method are those of the generated accessor.
 *
 * @param <S> the source entity
 * @param <K> the source key
 * @param <T> the target entity
 * @param <TK> the target key
 * @param <J> the through entity
 */
public final class RelationAccessor<S, K, T, TK, J> {

  private final BoundRelation<S, K, T, TK, J> bound;
  private final ThroughReads<S, K, T, TK, J> reads;
  private final ThroughWrites<S, K, T, TK, J> writes;

  RelationAccessor(Relation<S, K, T, TK, J> relation, EntityManager em, K sourceKey) {
    this.bound = new BoundRelation<>(relation, em, sourceKey);
    this.reads = new ThroughReads<>(bound);
    this.writes = new ThroughWrites<>(bound);
  }

  /** The key of the source this accessor works for. */
  public K sourceKey() {
    return bound.sourceKey();
  }

  /** A query over the linked targets: restrictions on targets and through rows, order, paging. */
  public RelationQuery<T, J> query() {
    return new CriteriaRelationQuery<>(bound);
  }

  /** The linked targets, each once, ordered by target key. */
  public List<T> find() {
    return reads.find();
  }

  /** The linked targets matching {@code where}, each once, ordered by target key. */
  public List<T> find(Restriction<? super T> where) {
    return reads.find(Objects.requireNonNull(where, "where"));
  }

  /** The target with this key if it is linked to the source. */
  public Optional<T> findById(TK targetKey) {
    return reads.findById(Objects.requireNonNull(targetKey, "targetKey"));
  }

  /** The number of distinct linked targets. */
  public long count() {
    return reads.count();
  }

  /** Whether at least one through row links the source to this target. */
  public boolean isLinked(TK targetKey) {
    return reads.isLinked(Objects.requireNonNull(targetKey, "targetKey"));
  }

  /** Each through row of the source with its target, ordered by target key. */
  public List<Linked<T, J>> findWithThrough() {
    return reads.findWithThrough();
  }

  /** Persists the target and one through row linking it. */
  public T create(T target) {
    return writes.create(Objects.requireNonNull(target, "target"), null);
  }

  /** Persists the target and one through row, filled by {@code throughData}, linking it. */
  public T create(T target, Consumer<? super J> throughData) {
    return writes.create(
        Objects.requireNonNull(target, "target"), Objects.requireNonNull(throughData, "throughData"));
  }

  /** Persists one through row linking an existing target. */
  public J link(TK targetKey) {
    return writes.link(Objects.requireNonNull(targetKey, "targetKey"), null);
  }

  /** Persists one through row, filled by {@code throughData}, linking an existing target. */
  public J link(TK targetKey, Consumer<? super J> throughData) {
    return writes.link(
        Objects.requireNonNull(targetKey, "targetKey"),
        Objects.requireNonNull(throughData, "throughData"));
  }

  /** Persists one through row per key, in JDBC batches. */
  public List<J> linkAll(Collection<TK> targetKeys) {
    return writes.linkAll(BoundRelation.requireElements(targetKeys, "targetKeys"));
  }

  /** Makes the linked targets exactly these, keeping the rows of keys already linked. */
  public void set(Collection<TK> targetKeys) {
    writes.set(BoundRelation.requireElements(targetKeys, "targetKeys"));
  }

  /** Deletes every through row between the source and this target; returns how many. */
  public int unlink(TK targetKey) {
    return writes.unlink(Objects.requireNonNull(targetKey, "targetKey"));
  }

  /** Deletes every through row of the source; returns how many. */
  public int unlinkAll() {
    return writes.unlinkAll();
  }

  /** Updates every linked target in one bulk UPDATE; returns how many rows changed. */
  public int patch(Patch<? super T> patch) {
    return query().patch(patch);
  }

  /** Updates the linked targets matching {@code where} in one bulk UPDATE; returns how many. */
  public int patch(Restriction<? super T> where, Patch<? super T> patch) {
    return query().where(Objects.requireNonNull(where, "where")).patch(patch);
  }

  /** Deletes the linked targets and every through row referencing them; returns how many targets. */
  public int delete() {
    return writes.delete(null);
  }

  /** Deletes the linked targets matching {@code where} and every through row referencing them. */
  public int delete(Restriction<? super T> where) {
    return writes.delete(Objects.requireNonNull(where, "where"));
  }
}
