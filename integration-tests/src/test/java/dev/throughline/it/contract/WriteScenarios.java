package dev.throughline.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Linked;
import dev.throughline.NoSuchEntityException;
import dev.throughline.RelationAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * create, link and linkAll: the statements each takes, the rows it makes, and that a missing
 * source or target is a {@link NoSuchEntityException} naming entity, key attribute and key, with
 * nothing written.
 */
public interface WriteScenarios<S, K, T, TK, J> extends RelationScenarios<S, K, T, TK, J> {

  @Test
  default void createPersistsTheTargetAndOneThroughRow() {
    T eve = fromTransaction(session -> {
      T target = model().newTarget(EVE);
      T created = counted(session, s -> of(s, source(IDLE)).create(target));
      assertStatements().selects(1).inserts(2).total(3);
      assertThat(created).isSameAs(target);
      assertThat(model().targetKey(created)).isNotNull().isNotIn(target(ANN), target(BOB), target(CID), target(DEE));
      remember(created);
      return created;
    });
    inTransaction(session -> {
      assertThat(names(of(session, source(IDLE)).find())).containsExactly(EVE);
      assertThat(of(session, source(IDLE)).findWithThrough()).singleElement().satisfies(row -> {
        assertThat(model().name(row.target())).isEqualTo(EVE);
        assertThat(model().throughSourceKey(session, row.through())).isEqualTo(source(IDLE));
        assertThat(model().throughTargetKey(session, row.through())).isEqualTo(model().targetKey(eve));
        assertThat(model().readData(row.through())).isNull();
      });
      assertThat(model().name(loadTarget(session, model().targetKey(eve)))).isEqualTo(EVE);
    });
  }

  /** The callback sees the new row before it is persisted, its keys already set. */
  @Test
  default void createFillsTheThroughRowBeforePersistingIt() {
    List<J> handed = new ArrayList<>();
    T eve = fromTransaction(session -> {
      RelationAccessor<S, K, T, TK, J> ofInstance = model().ofSource(session, loadSource(session, source(SECOND)));
      T target = model().newTarget(EVE);
      T created = ofInstance.create(target, row -> {
        assertThat(session.contains(row)).isFalse();
        assertThat(factory().getPersistenceUnitUtil().getIdentifier(row)).isNull();
        model().writeData(row, data(5));
        handed.add(row);
      });
      assertThat(created).isSameAs(target);
      assertThat(handed).singleElement().satisfies(row -> {
        assertThat(model().throughSourceKey(session, row)).isEqualTo(source(SECOND));
        assertThat(model().throughTargetKey(session, row)).isEqualTo(model().targetKey(created));
      });
      remember(created);
      return created;
    });
    inTransaction(session -> {
      assertThat(of(session, source(SECOND)).count()).isEqualTo(3);
      assertThat(names(of(session, source(SECOND)).find()))
          .containsExactlyElementsOf(inKeyOrder(session, of(session, source(SECOND)).find()))
          .containsExactlyInAnyOrder(BOB, CID, EVE);
      assertThat(of(session, source(SECOND)).findWithThrough())
          .filteredOn(row -> model().name(row.target()).equals(EVE))
          .singleElement().satisfies(row -> {
            assertThat(model().readData(row.through())).isEqualTo(data(5));
            assertThat(model().throughSourceKey(session, row.through())).isEqualTo(source(SECOND));
          });
      assertThat(model().name(loadTarget(session, model().targetKey(eve)))).isEqualTo(EVE);
    });
  }

  @Test
  default void createForAMissingSourceWritesNothing() {
    inTransaction(session -> assertThatThrownBy(() -> of(session, missingSource()).create(model().newTarget(EVE)))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertMissingSource(e, missingSource())));
    assertWorldUnchanged();
  }

  @Test
  default void linkPersistsOneThroughRowAfterOneExistenceCheck() {
    inTransaction(session -> {
      J row = counted(session, s -> of(s, source(IDLE)).link(target(DEE)));
      assertStatements().selects(1).inserts(1).total(2);
      assertThat(session.getIdentifier(row)).isNotNull();
      assertThat(model().throughSourceKey(session, row)).isEqualTo(source(IDLE));
      assertThat(model().throughTargetKey(session, row)).isEqualTo(target(DEE));
      assertThat(model().readData(row)).isNull();
      // the row holds its keys: reading them costs nothing
      assertStatements().total(2);
    });
    inTransaction(session -> {
      assertThat(names(of(session, source(IDLE)).find())).containsExactly(DEE);
      assertThat(throughRows(session)).containsExactlyInAnyOrderElementsOf(
          concat(worldRows(), row(IDLE, DEE, null)));
    });
  }

  @Test
  default void linkFillsTheThroughRowAndRepeatedLinksMakeSeveralRows() {
    inTransaction(session -> {
      J row = of(session, source(IDLE)).link(target(DEE), r -> model().writeData(r, data(5)));
      assertThat(model().readData(row)).isEqualTo(data(5));
      assertThat(model().throughTargetKey(session, row)).isEqualTo(target(DEE));
      of(session, source(IDLE)).link(target(DEE), r -> model().writeData(r, data(6)));
      J another = of(session, source(SECOND)).link(target(ANN), r -> model().writeData(r, data(6)));
      assertThat(model().throughSourceKey(session, another)).isEqualTo(source(SECOND));
      assertThat(model().throughTargetKey(session, another)).isEqualTo(target(ANN));
    });
    inTransaction(session -> {
      assertThat(of(session, source(IDLE)).count()).isEqualTo(1);
      assertThat(linked(of(session, source(IDLE)).findWithThrough()))
          .containsExactly(linked(DEE, data(5)), linked(DEE, data(6)));
      assertThat(names(of(session, source(SECOND)).find())).containsExactly(ANN, BOB, CID);
      assertThat(linked(of(session, source(SECOND)).findWithThrough()).get(0)).isEqualTo(linked(ANN, data(6)));
      assertThat(of(session, source(SECOND)).findById(target(ANN))).isPresent();
    });
  }

  @Test
  default void linkToAMissingTargetOrSourceWritesNothing() {
    assertMissingTargetAndSource(source(IDLE), RelationAccessor::link, target(DEE));
  }

  /** Rows in the order of the keys given; one existence check and one JDBC batch. */
  @Test
  default void linkAllInsertsOneBatchAfterOneExistenceCheck() {
    inTransaction(session -> {
      List<J> rows = counted(session, s -> of(s, source(IDLE)).linkAll(List.of(target(DEE), target(ANN), target(CID))));
      assertStatements().selects(1).inserts(1);
      assertThat(rows).extracting(row -> model().throughTargetKey(session, row))
          .containsExactly(target(DEE), target(ANN), target(CID));
      assertThat(rows).extracting(row -> model().throughSourceKey(session, row)).containsOnly(source(IDLE));
    });
    inTransaction(session -> {
      assertThat(names(of(session, source(IDLE)).find())).containsExactly(ANN, CID, DEE);
      assertThat(throughRows(session)).hasSize(8);
    });
  }

  @Test
  default void linkAllOfManyKeysReusesOneBatchedInsert() {
    List<TK> many = fromTransaction(session -> persistTargets(session,
        IntStream.range(0, 250).mapToObj(i -> "P" + i).toList()).stream().map(model()::targetKey).toList());
    inTransaction(session -> {
      counted(session, s -> of(s, source(IDLE)).linkAll(many));
      // one existence check for all 250 keys; the batched insert is prepared once and executed per batch
      assertStatements().selects(1).inserts(1);
      assertThat(factory().getStatistics().getEntityInsertCount()).isEqualTo(250);
    });
    inTransaction(session -> assertThat(of(session, source(IDLE)).count()).isEqualTo(250));
  }

  @Test
  default void linkAllWithAMissingKeyOrSourceWritesNothing() {
    assertMissingTargetAndSource(source(IDLE),
        (accessor, key) -> accessor.linkAll(List.of(target(ANN), key)), target(CID));
  }

  @Test
  default void linkAllOfNothingRunsNoSql() {
    inTransaction(session -> {
      List<J> rows = counted(session, s -> of(s, source(IDLE)).linkAll(List.of()));
      assertThat(rows).isEmpty();
      assertStatements().total(0);
    });
  }

  /** Rows of keys already linked are kept as they are, missing ones linked, the others unlinked. */
  @Test
  default void setKeepsRowsOfKeptKeysLinksMissingOnesAndUnlinksTheRest() {
    List<Object> bobRows = fromTransaction(session -> of(session, source(FIRST)).findWithThrough().stream()
        .filter(row -> model().targetKey(row.target()).equals(target(BOB)))
        .map(row -> session.getIdentifier(row.through())).toList());
    inTransaction(session -> {
      countedRun(session, s -> of(s, source(FIRST)).set(List.of(target(BOB), target(CID))));
      // current links, existence of the added key, one delete, one insert
      assertStatements().selects(2).deletes(1).inserts(1).total(4);
    });
    inTransaction(session -> {
      List<Linked<T, J>> rows = of(session, source(FIRST)).findWithThrough();
      assertThat(linked(rows)).containsExactly(linked(BOB, data(0)), linked(BOB, data(2)), linked(CID, null));
      assertThat(rows.subList(0, 2)).extracting(row -> session.getIdentifier(row.through()))
          .containsExactlyElementsOf(bobRows);
      assertThat(names(of(session, source(SECOND)).find())).containsExactly(BOB, CID);
      assertThat(loadTarget(session, target(ANN))).isNotNull();
      assertThat(targetCount(session)).isEqualTo(worldTargets());
      assertThat(throughRows(session)).containsExactlyInAnyOrderElementsOf(
          concat(worldRowsWithout(row(FIRST, ANN, data(1))), row(FIRST, CID, null)));
    });
  }

  @Test
  default void setToWhatIsLinkedOnlyReadsTheLinks() {
    inTransaction(session -> {
      countedRun(session, s -> of(s, source(FIRST)).set(List.of(target(BOB), target(ANN), target(ANN))));
      assertStatements().total(1);
    });
    inTransaction(session -> {
      assertThat(of(session, source(FIRST)).findWithThrough()).hasSize(3);
      assertThat(throughRows(session)).containsExactlyInAnyOrderElementsOf(worldRows());
    });
  }

  @Test
  default void setToNothingUnlinksAllInOneDelete() {
    inTransaction(session -> {
      countedRun(session, s -> of(s, source(FIRST)).set(List.of()));
      assertStatements().deletes(1).total(1);
    });
    inTransaction(session -> {
      assertThat(of(session, source(FIRST)).count()).isZero();
      assertThat(throughRows(session)).containsExactlyInAnyOrder(row(SECOND, BOB, data(3)), row(SECOND, CID, data(4)));
    });
  }

  @Test
  default void setWithAMissingKeyOrSourceWritesNothing() {
    assertMissingTargetAndSource(source(FIRST),
        (accessor, key) -> accessor.set(List.of(target(CID), key)), target(DEE));
    inTransaction(session -> assertThat(names(of(session, source(FIRST)).find())).containsExactly(ANN, BOB));
  }

  private static List<String> concat(List<String> rows, String row) {
    List<String> all = new ArrayList<>(rows);
    all.add(row);
    return all;
  }

  /**
   * The write, from this source to a target that does not exist, and from a source that does not
   * exist to this target, fails naming what is missing, and nothing is written.
   */
  private void assertMissingTargetAndSource(K source, BiConsumer<RelationAccessor<S, K, T, TK, J>, TK> write,
      TK target) {
    inTransaction(session -> assertThatThrownBy(() -> write.accept(of(session, source), missingTarget()))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertMissingTarget(e, missingTarget())));
    inTransaction(session -> assertThatThrownBy(() -> write.accept(of(session, missingSource()), target))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertMissingSource(e, missingSource())));
    assertWorldUnchanged();
  }

  private void assertMissingSource(NoSuchEntityException e, Object key) {
    assertThat(e.entityName()).isEqualTo(model().sourceEntity());
    assertThat(e.keyAttribute()).isEqualTo(model().sourceKeyAttribute());
    assertThat(e.key()).isEqualTo(key);
    assertThat(e).hasMessage("No " + model().sourceEntity() + " with " + model().sourceKeyAttribute() + " " + key);
  }

  private void assertMissingTarget(NoSuchEntityException e, Object key) {
    assertThat(e.entityName()).isEqualTo(model().targetEntity());
    assertThat(e.keyAttribute()).isEqualTo(model().targetKeyAttribute());
    assertThat(e.key()).isEqualTo(key);
    assertThat(e).hasMessage("No " + model().targetEntity() + " with " + model().targetKeyAttribute() + " " + key);
  }
}
