package dev.throughline.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Patch;
import java.util.List;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.Test;

/**
 * unlink, unlinkAll, delete and patch: one bulk statement each (delete first reads the linked
 * keys), what they leave in the database, and what they leave in the caller's session.
 */
public interface RemovalScenarios<S, K, T, TK, J> extends RelationScenarios<S, K, T, TK, J> {

  @Test
  default void unlinkDeletesEveryRowOfThePairInOneStatement() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> of(s, source(FIRST)).unlink(target(BOB)));
      assertThat(unlinked).isEqualTo(2);
      assertStatements().deletes(1).total(1);
      assertThat(of(session, source(FIRST)).unlink(target(BOB))).isZero();
      assertThat(of(session, source(FIRST)).unlink(target(CID))).isZero();
      assertThat(of(session, source(FIRST)).unlink(missingTarget())).isZero();
      assertThat(of(session, source(IDLE)).unlink(target(DEE))).isZero();
    });
    inTransaction(session -> {
      assertThat(names(of(session, source(FIRST)).find())).containsExactly(ANN);
      assertThat(loadTarget(session, target(BOB))).isNotNull();
      assertThat(throughRows(session)).containsExactlyInAnyOrderElementsOf(
          worldRowsWithout(row(FIRST, BOB, data(0)), row(FIRST, BOB, data(2))));
    });
  }

  @Test
  default void unlinkAllDeletesEveryRowOfTheSourceInOneStatement() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> of(s, source(FIRST)).unlinkAll());
      assertThat(unlinked).isEqualTo(3);
      assertStatements().deletes(1).total(1);
      assertThat(of(session, source(FIRST)).unlinkAll()).isZero();
      assertThat(of(session, source(IDLE)).unlinkAll()).isZero();
      assertThat(of(session, missingSource()).unlinkAll()).isZero();
    });
    inTransaction(session -> {
      assertThat(of(session, source(FIRST)).count()).isZero();
      assertThat(names(of(session, source(SECOND)).find())).containsExactly(BOB, CID);
      int unlinked = counted(session, s -> of(s, source(SECOND)).unlinkAll());
      assertThat(unlinked).isEqualTo(2);
      assertStatements().deletes(1).total(1);
    });
    inTransaction(session -> {
      assertThat(throughRows(session)).isEmpty();
      assertThat(targetCount(session)).isEqualTo(worldTargets());
    });
  }

  /** The rows of the deleted targets go too, whichever source they link them to. */
  @Test
  default void deleteRemovesTheLinkedTargetsAndEveryRowReferencingThem() {
    inTransaction(session -> {
      int deleted = counted(session, s -> of(s, source(FIRST)).delete());
      assertThat(deleted).isEqualTo(2);
      // the linked keys, then one delete of their through rows and one of the targets
      assertStatements().selects(1).deletes(2).total(3);
    });
    inTransaction(session -> {
      assertThat(loadTarget(session, target(ANN))).isNull();
      assertThat(loadTarget(session, target(BOB))).isNull();
      assertThat(loadSource(session, source(FIRST))).isNotNull();
      assertThat(names(of(session, source(SECOND)).find())).containsExactly(CID);
      assertThat(throughRows(session)).containsExactly(row(SECOND, CID, data(4)));
      assertThat(targetCount(session)).isEqualTo(worldTargets() - 2);
      assertThat(sourceCount(session)).isEqualTo(worldSources() - (model().isSelfRelation() ? 2 : 0));
    });
  }

  @Test
  default void deleteWithRestrictionRemovesOnlyMatchingTargets() {
    inTransaction(session -> {
      int deleted = counted(session, s -> of(s, source(SECOND)).delete(Restriction.equal(nameAttribute(), BOB)));
      assertThat(deleted).isEqualTo(1);
      assertStatements().selects(1).deletes(2).total(3);
      assertThat(of(session, source(IDLE)).delete()).isZero();
      assertThat(of(session, source(FIRST)).delete(Restriction.equal(nameAttribute(), CID))).as("not linked").isZero();
    });
    inTransaction(session -> {
      assertThat(loadTarget(session, target(BOB))).isNull();
      assertThat(names(of(session, source(FIRST)).find())).containsExactly(ANN);
      assertThat(names(of(session, source(SECOND)).find())).containsExactly(CID);
      assertThat(throughRows(session)).containsExactlyInAnyOrder(row(FIRST, ANN, data(1)), row(SECOND, CID, data(4)));
      assertThat(targetCount(session)).isEqualTo(worldTargets() - 1);
    });
  }

  /** One statement while the session holds no target; managed targets it changed show the new values. */
  @Test
  default void patchUpdatesTheLinkedTargetsInOneStatementAndShowsInManagedInstances() {
    inTransaction(session -> {
      int patched = counted(session, s -> of(s, source(FIRST)).patch(
          Restriction.equal(nameAttribute(), BOB), Patch.set(nameAttribute(), "Bobby")));
      assertThat(patched).isEqualTo(1);
      assertStatements().updates(1).total(1);
      assertThat(of(session, source(IDLE)).patch(Patch.set(nameAttribute(), "Nobody"))).isZero();
    });
    inTransaction(session -> {
      T ann = loadTarget(session, target(ANN));
      T bob = loadTarget(session, target(BOB));
      T cid = loadTarget(session, target(CID));
      assertThat(model().name(bob)).isEqualTo("Bobby");
      assertThat(of(session, source(FIRST)).patch(Patch.set(nameAttribute(), "Renamed"))).isEqualTo(2);
      assertThat(model().name(ann)).isEqualTo("Renamed");
      assertThat(model().name(bob)).isEqualTo("Renamed");
      assertThat(model().name(cid)).isEqualTo(CID);
    });
    inTransaction(session -> {
      assertThat(names(of(session, source(FIRST)).find())).containsExactly("Renamed", "Renamed");
      assertThat(names(of(session, source(SECOND)).find())).containsExactly("Renamed", CID);
      assertThat(model().name(loadTarget(session, target(DEE)))).isEqualTo(DEE);
    });
  }

  /** Through rows reference targets by their key: patch refuses to change it. */
  @Test
  default void patchRefusesToChangeTheTargetKey() {
    inTransaction(session -> assertThatThrownBy(
            () -> of(session, source(FIRST)).patch(Patch.set(targetKeyAttribute(), missingTarget())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(model().relation() + ".patch cannot change "
            + model().targetEntity() + "." + model().targetKeyAttribute()));
    inTransaction(session -> assertThat(names(of(session, source(FIRST)).find())).containsExactly(ANN, BOB));
  }
}
