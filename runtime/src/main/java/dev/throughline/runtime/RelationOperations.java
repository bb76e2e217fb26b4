package dev.throughline.runtime;

import dev.throughline.Linked;
import dev.throughline.NoSuchEntityException;
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
 * The operations of a relation seen from one source, inside one persistence context: what {@link
 * dev.throughline.RelationAccessor} delegates to. Each method checks its arguments, then runs in
 * the caller's session under the flush rule of {@link FlushScope}.
 *
 * @param <S> the source entity
 * @param <K> the source key that through rows reference ({@code keyFrom})
 * @param <T> the target entity
 * @param <TK> the target key that through rows reference ({@code keyTo})
 * @param <J> the through entity
 */
public final class RelationOperations<S, K, T, TK, J> {

  private final BoundRelation<S, K, T, TK, J> bound;
  private final ThroughReads<S, K, T, TK, J> reads;
  private final ThroughWrites<S, K, T, TK, J> writes;

  /** The operations of the source with this key; the source is not loaded. */
  public RelationOperations(Relation<S, K, T, TK, J> relation, EntityManager em, K sourceKey) {
    this.bound = new BoundRelation<>(
        Objects.requireNonNull(relation, "relation"),
        Objects.requireNonNull(em, "em"),
        Objects.requireNonNull(sourceKey, "sourceKey"));
    this.reads = new ThroughReads<>(bound);
    this.writes = new ThroughWrites<>(bound);
  }

  public K sourceKey() {
    return bound.sourceKey();
  }

  public List<T> find() {
    return bound.inSession(reads::find);
  }

  public List<T> find(Restriction<? super T> where) {
    Objects.requireNonNull(where, "where");
    return bound.inSession(() -> reads.find(where));
  }

  public Optional<T> findById(TK targetKey) {
    Objects.requireNonNull(targetKey, "targetKey");
    return bound.inSession(() -> reads.findById(targetKey));
  }

  public long count() {
    return bound.inSession(reads::count);
  }

  public boolean isLinked(TK targetKey) {
    Objects.requireNonNull(targetKey, "targetKey");
    return bound.inSession(() -> reads.isLinked(targetKey));
  }

  public List<Linked<T, J>> findWithThrough() {
    return bound.inSession(reads::findWithThrough);
  }

  public RelationQuery<T, J> query() {
    return new CriteriaRelationQuery<>(bound);
  }

  public T create(T target) {
    Objects.requireNonNull(target, "target");
    return bound.inSession(() -> writes.create(target, null));
  }

  public T create(T target, Consumer<? super J> throughData) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(throughData, "throughData");
    return bound.inSession(() -> writes.create(target, throughData));
  }

  public J link(TK targetKey) {
    Objects.requireNonNull(targetKey, "targetKey");
    return bound.inSession(() -> writes.link(targetKey, null));
  }

  public J link(TK targetKey, Consumer<? super J> throughData) {
    Objects.requireNonNull(targetKey, "targetKey");
    Objects.requireNonNull(throughData, "throughData");
    return bound.inSession(() -> writes.link(targetKey, throughData));
  }

  public List<J> linkAll(Collection<TK> targetKeys) {
    BoundRelation.requireElements(targetKeys, "targetKeys");
    return bound.inSession(() -> writes.linkAll(targetKeys));
  }

  public void set(Collection<TK> targetKeys) {
    BoundRelation.requireElements(targetKeys, "targetKeys");
    bound.inSession(() -> {
      writes.set(targetKeys);
      return null;
    });
  }

  public int unlink(TK targetKey) {
    Objects.requireNonNull(targetKey, "targetKey");
    return bound.inSession(() -> writes.unlink(targetKey));
  }

  public int unlinkAll() {
    return bound.inSession(writes::unlinkAll);
  }

  public int patch(Patch<? super T> patch) {
    return query().patch(patch);
  }

  public int patch(Restriction<? super T> where, Patch<? super T> patch) {
    return query().where(Objects.requireNonNull(where, "where")).patch(patch);
  }

  public int delete() {
    return bound.inSession(() -> writes.delete(null));
  }

  public int delete(Restriction<? super T> where) {
    Objects.requireNonNull(where, "where");
    return bound.inSession(() -> writes.delete(where));
  }

  @Override
  public String toString() {
    return bound.relation().name() + "[" + bound.sourceKey() + "]";
  }
}
