package dev.throughline.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.NoSuchEntityException;
import dev.throughline.Patch;
import dev.throughline.RelationAccessor;
import jakarta.persistence.TransactionRequiredException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hibernate.Session;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.Test;

/**
 * What a caller can get wrong: writing without a transaction, null arguments, a source that is
 * not persisted yet; and code written once for any relation.
 */
public interface MisuseScenarios<S, K, T, TK, J> extends RelationScenarios<S, K, T, TK, J> {

  /** Reads work without a transaction; every write fails and writes nothing. */
  @Test
  default void writesWithoutATransactionFailClearly() {
    try (Session session = factory().openSession()) {
      RelationAccessor<S, K, T, TK, J> accessor = of(session, source(FIRST));
      assertThat(names(accessor.find())).containsExactly(ANN, BOB);
      assertThat(of(session, source(SECOND)).count()).isEqualTo(2);
      assertThatThrownBy(() -> accessor.link(target(DEE)))
          .isInstanceOf(TransactionRequiredException.class)
          .hasMessageContaining(model().relation() + ".link")
          .hasMessageContaining("active transaction");
      List<ThrowingCallable> writes = List.of(
          () -> accessor.link(target(DEE), row -> model().writeData(row, data(5))),
          () -> accessor.linkAll(List.of()),
          () -> accessor.linkAll(List.of(target(DEE))),
          () -> accessor.set(List.of(target(ANN))),
          () -> accessor.set(List.of()),
          () -> accessor.unlink(target(ANN)),
          accessor::unlinkAll,
          () -> accessor.create(model().newTarget(EVE)),
          () -> accessor.create(model().newTarget(EVE), row -> model().writeData(row, data(5))),
          accessor::delete,
          () -> accessor.delete(Restriction.unrestricted()),
          () -> accessor.patch(Patch.set(nameAttribute(), EVE)));
      assertThat(writes).allSatisfy(write -> assertThatThrownBy(write)
          .isInstanceOf(TransactionRequiredException.class));
    }
    assertWorldUnchanged();
  }

  @Test
  default void nullArgumentsAreNullPointerExceptionsNamingTheParameter() {
    inTransaction(session -> {
      RelationAccessor<S, K, T, TK, J> accessor = of(session, source(FIRST));
      Map<ThrowingCallable, String> calls = new LinkedHashMap<>();
      calls.put(() -> model().of(null, source(FIRST)), "em");
      calls.put(() -> model().of(session, (K) null), "sourceKey");
      calls.put(() -> model().ofSource(session, null), "source");
      calls.put(() -> accessor.find(null), "where");
      calls.put(() -> accessor.findById(null), "targetKey");
      calls.put(() -> accessor.isLinked(null), "targetKey");
      calls.put(() -> accessor.create(null), "target");
      calls.put(() -> accessor.create(null, row -> { }), "target");
      calls.put(() -> accessor.create(model().newTarget(EVE), null), "throughData");
      calls.put(() -> accessor.link(null), "targetKey");
      calls.put(() -> accessor.link(target(DEE), null), "throughData");
      calls.put(() -> accessor.linkAll(null), "targetKeys");
      calls.put(() -> accessor.linkAll(Arrays.asList(target(DEE), null)), "targetKeys contains null");
      calls.put(() -> accessor.set(null), "targetKeys");
      calls.put(() -> accessor.set(Arrays.asList(target(ANN), null)), "targetKeys contains null");
      calls.put(() -> accessor.unlink(null), "targetKey");
      calls.put(() -> accessor.delete(null), "where");
      calls.put(() -> accessor.patch(null), "patch");
      calls.put(() -> model().include(session, null), "sources");
      calls.forEach((call, parameter) -> assertThatThrownBy(call).as(parameter)
          .isInstanceOf(NullPointerException.class).hasMessage(parameter));
    });
    assertWorldUnchanged();
  }

  /**
   * A source not persisted yet has no generated key: the accessor refuses it. Where keyFrom is no
   * generated id, the new source has its key, but no row: it is missing like any other.
   */
  @Test
  default void aSourceNotPersistedYetIsRejectedOrMissing() {
    inTransaction(session -> {
      S unsaved = model().newSource("New");
      if (model().hasNaturalSourceKeys()) {
        RelationAccessor<S, K, T, TK, J> accessor = model().ofSource(session, unsaved);
        assertThat(accessor.sourceKey()).isEqualTo(model().sourceKey(unsaved));
        assertThatThrownBy(() -> accessor.link(target(ANN))).isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
          assertThat(e.entityName()).isEqualTo(model().sourceEntity());
          assertThat(e.key()).isEqualTo(model().sourceKey(unsaved));
        });
      } else {
        assertThatThrownBy(() -> model().ofSource(session, unsaved))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(model().sourceEntity() + " has no " + model().sourceKeyAttribute());
      }
    });
    assertWorldUnchanged();
  }

  /** Code written once for any relation takes the accessors' common type and works on each of them. */
  @Test
  default void accessorsServeCodeWrittenForAnyRelation() {
    inTransaction(session -> {
      RelationAccessor<S, K, T, TK, J> accessor = of(session, source(SECOND));
      assertThat(names(linkedTargets(accessor))).containsExactly(BOB, CID);
      assertThat(accessor.sourceKey()).isEqualTo(source(SECOND));
      assertThat(accessor).hasToString(model().relation() + "[" + source(SECOND) + "]");
      assertThat(relink(accessor, target(DEE))).isEqualTo(1);
      assertThat(names(of(session, source(SECOND)).find())).containsExactly(BOB, CID, DEE);
    });
  }

  private static <T, TK> List<T> linkedTargets(RelationAccessor<?, ?, T, TK, ?> relation) {
    return relation.find();
  }

  /** Unlinks and links the target again: generic code over any accessor. */
  private static <TK> int relink(RelationAccessor<?, ?, ?, TK, ?> relation, TK targetKey) {
    int unlinked = relation.unlink(targetKey);
    relation.link(targetKey);
    return unlinked + (relation.isLinked(targetKey) ? 1 : 0);
  }
}
