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
  private final ThroughWrites<S, K, T, TK, J> writes;

  /** The operations of the source with this key; the source is not loaded. */
  public RelationOperations(Relation<S, K, T, TK, J> relation, EntityManager em, K sourceKey) {
    this.bound = new BoundRelation<>(
        Objects.requireNonNull(relation, "relation"),
        Objects.requireNonNull(em, "em"),
        Objects.requireNonNull(sourceKey, "sourceKey"));
    this.writes = new ThroughWrites<>(bound);
  }

  public K sourceKey() {
    return bound.sourceKey();
  }

  public List<T> find() {
    return targets().list();
  }

  public List<T> find(Restriction<? super T> where) {
    return targets().where(where).list();
  }

  public Optional<T> findById(TK targetKey) {
    // keyTo is unique: one target at most.
    return targets().whereKey(targetKey).list().stream().findFirst();
  }

  public long count() {
    return targets().count();
  }

  public boolean isLinked(TK targetKey) {
    return targets().whereKey(targetKey).exists();
  }

  public List<Linked<T, J>> findWithThrough() {
    return targets().withThrough();
  }

  public RelationQuery<T, J> query() {
    return targets();
  }

  /** Every read starts from the one query model of the linked targets. */
  private TargetQuery<S, K, T, TK, J> targets() {
    return new TargetQuery<>(bound);
  }

  /** Persists the target and a through row; {@code throughDataOrNull} fills the row, if given. */
  public T create(T target, Consumer<? super J> throughDataOrNull) {
    Objects.requireNonNull(target, "target");
    return bound.inSession(() -> writes.create(target, throughDataOrNull));
  }

  /** Persists a through row; {@code throughDataOrNull} fills it, if given. */
  public J link(TK targetKey, Consumer<? super J> throughDataOrNull) {
    Objects.requireNonNull(targetKey, "targetKey");
    return bound.inSession(() -> writes.link(targetKey, throughDataOrNull));
  }

  /** The pair's first through row, or a new one that {@code throughDataOrNull} fills, if given. */
  public J linkIfAbsent(TK targetKey, Consumer<? super J> throughDataOrNull) {
    Objects.requireNonNull(targetKey, "targetKey");
    return bound.inSession(() -> writes.linkIfAbsent(targetKey, throughDataOrNull));
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
    return targets().patch(patch);
  }

  public int patch(Restriction<? super T> where, Patch<? super T> patch) {
    return targets().where(where).patch(patch);
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
