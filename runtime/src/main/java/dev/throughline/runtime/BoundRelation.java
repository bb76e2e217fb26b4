package dev.throughline.runtime;

import dev.throughline.NoSuchEntityException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TransactionRequiredException;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;
import org.hibernate.engine.spi.EntityEntry;

/** A relation bound to one source key and one persistence context; shared by reads and writes. */
record BoundRelation<S, K, T, TK, J>(Relation<S, K, T, TK, J> relation, EntityManager em, K sourceKey) {

  /** Fails unless the persistence context has an active transaction to write in. */
  void requireTransaction(String operation) {
    if (!em.isJoinedToTransaction()) {
      throw new TransactionRequiredException(
          relation.name + "." + operation + " writes to the database and needs an active transaction;"
              + " call it inside one (EntityTransaction.begin/commit, Session.inTransaction,"
              + " or a @Transactional method)");
    }
  }

  /**
   * Runs one operation in the caller's session under the flush rule of the contract (see {@link
   * FlushScope}).
   */
  <R> R inSession(Supplier<R> operation) {
    return FlushScope.autoFlushing(em, operation);
  }

  /** Whether the source row exists; it is locked against deletion until the transaction ends. */
  boolean sourceExists() {
    return !relation.hql.sourceExists.create(em)
        .setParameter("source", sourceKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  NoSuchEntityException missingSource() {
    EntitySide<S, K> source = relation.source;
    return new NoSuchEntityException(source.entityName(), source.keyAttribute(), sourceKey);
  }

  NoSuchEntityException missingTarget(Object targetKey) {
    EntitySide<T, TK> target = relation.target;
    return new NoSuchEntityException(target.entityName(), target.keyAttribute(), targetKey);
  }

  /** Stores the source and target keys into a new through row. */
  void bindKeys(J row, TK targetKey, T targetOrNull) {
    ThroughKey<J, S, K> from = relation.throughKeyFrom;
    if (from.isAssociation()) {
      // Associations reference the id (checked at compile time), so a reference costs no SQL.
      from.setAssociation(row, em.getReference(relation.source.type(), sourceKey));
    } else {
      from.setValue(row, sourceKey);
    }
    ThroughKey<J, T, TK> to = relation.throughKeyTo;
    if (to.isAssociation()) {
      T target = targetOrNull != null ? targetOrNull : em.getReference(relation.target.type(), targetKey);
      to.setAssociation(row, target);
    } else {
      to.setValue(row, targetKey);
    }
  }

  /** Whether a through row the session manages references this source. */
  boolean isOfSource(J row, EntityEntry entry) {
    return Objects.equals(sourceKeyOf(row, entry), sourceKey);
  }

  /** The source key a through row the session manages references. */
  Object sourceKeyOf(J row, EntityEntry entry) {
    return relation.throughKeyFrom.referencedKey(em, entry, row);
  }

  /** The target key a through row the session manages references. */
  Object targetKeyOf(J row, EntityEntry entry) {
    return relation.throughKeyTo.referencedKey(em, entry, row);
  }

  /** Rejects a null collection or null elements, naming the parameter. */
  static <E> Collection<E> requireElements(Collection<E> values, String parameter) {
    Objects.requireNonNull(values, parameter);
    for (E value : values) {
      if (value == null) {
        throw new NullPointerException(parameter + " contains null");
      }
    }
    return values;
  }
}
