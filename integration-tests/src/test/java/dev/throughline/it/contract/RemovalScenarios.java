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
      int unlinked = counted(session, s -> of(s, first()).unlink(bob()));
      assertThat(unlinked).isEqualTo(2);
      assertStatements().deletes(1).total(1);
      assertThat(of(session, first()).unlink(bob())).isZero();
      assertThat(of(session, first()).unlink(cid())).isZero();
      assertThat(of(session, first()).unlink(model().missingTargetKey())).isZero();
      assertThat(of(session, idle()).unlink(dee())).isZero();
    });
    inTransaction(session -> {
      assertThat(names(of(session, first()).find())).containsExactly(ANN);
      assertThat(loadTarget(session, bob())).isNotNull();
      assertThat(throughRows(session)).containsExactlyInAnyOrderElementsOf(
          worldRowsWithout(row(FIRST, BOB, data(0)), row(FIRST, BOB, data(2))));
    });
  }

  @Test
  default void unlinkAllDeletesEveryRowOfTheSourceInOneStatement() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> of(s, first()).unlinkAll());
      assertThat(unlinked).isEqualTo(3);
      assertStatements().deletes(1).total(1);
      assertThat(of(session, first()).unlinkAll()).isZero();
      assertThat(of(session, idle()).unlinkAll()).isZero();
      assertThat(of(session, model().missingSourceKey()).unlinkAll()).isZero();
    });
    inTransaction(session -> {
      assertThat(of(session, first()).count()).isZero();
      assertThat(names(of(session, second()).find())).containsExactly(BOB, CID);
      int unlinked = counted(session, s -> of(s, second()).unlinkAll());
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
      int deleted = counted(session, s -> of(s, first()).delete());
      assertThat(deleted).isEqualTo(2);
      // the linked keys, then one delete of their through rows and one of the targets
      assertStatements().selects(1).deletes(2).total(3);
    });
    inTransaction(session -> {
      assertThat(loadTarget(session, ann())).isNull();
      assertThat(loadTarget(session, bob())).isNull();
      assertThat(loadSource(session, first())).isNotNull();
      assertThat(names(of(session, second()).find())).containsExactly(CID);
      assertThat(throughRows(session)).containsExactly(row(SECOND, CID, data(4)));
      assertThat(targetCount(session)).isEqualTo(worldTargets() - 2);
      assertThat(sourceCount(session)).isEqualTo(worldSources() - (model().isSelfRelation() ? 2 : 0));
    });
  }

  @Test
  default void deleteWithRestrictionRemovesOnlyMatchingTargets() {
    inTransaction(session -> {
      int deleted = counted(session, s -> of(s, second()).delete(Restriction.equal(model().nameAttribute(), BOB)));
      assertThat(deleted).isEqualTo(1);
      assertStatements().selects(1).deletes(2).total(3);
      assertThat(of(session, idle()).delete()).isZero();
      assertThat(of(session, first()).delete(Restriction.equal(model().nameAttribute(), CID))).as("not linked").isZero();
    });
    inTransaction(session -> {
      assertThat(loadTarget(session, bob())).isNull();
      assertThat(names(of(session, first()).find())).containsExactly(ANN);
      assertThat(names(of(session, second()).find())).containsExactly(CID);
      assertThat(throughRows(session)).containsExactlyInAnyOrder(row(FIRST, ANN, data(1)), row(SECOND, CID, data(4)));
      assertThat(targetCount(session)).isEqualTo(worldTargets() - 1);
    });
  }

  /** One statement while the session holds no target; managed targets it changed show the new values. */
  @Test
  default void patchUpdatesTheLinkedTargetsInOneStatementAndShowsInManagedInstances() {
    inTransaction(session -> {
      int patched = counted(session, s -> of(s, first()).patch(
          Restriction.equal(model().nameAttribute(), BOB), Patch.set(model().nameAttribute(), "Bobby")));
      assertThat(patched).isEqualTo(1);
      assertStatements().updates(1).total(1);
      assertThat(of(session, idle()).patch(Patch.set(model().nameAttribute(), "Nobody"))).isZero();
    });
    inTransaction(session -> {
      T ann = loadTarget(session, ann());
      T bob = loadTarget(session, bob());
      T cid = loadTarget(session, cid());
      assertThat(model().name(bob)).isEqualTo("Bobby");
      assertThat(of(session, first()).patch(Patch.set(model().nameAttribute(), "Renamed"))).isEqualTo(2);
      assertThat(model().name(ann)).isEqualTo("Renamed");
      assertThat(model().name(bob)).isEqualTo("Renamed");
      assertThat(model().name(cid)).isEqualTo(CID);
    });
    inTransaction(session -> {
      assertThat(names(of(session, first()).find())).containsExactly("Renamed", "Renamed");
      assertThat(names(of(session, second()).find())).containsExactly("Renamed", CID);
      assertThat(model().name(loadTarget(session, dee()))).isEqualTo(DEE);
    });
  }

  /** Through rows reference targets by their key: patch refuses to change it. */
  @Test
  default void patchRefusesToChangeTheTargetKey() {
    inTransaction(session -> assertThatThrownBy(
            () -> of(session, first()).patch(Patch.set(model().targetKey(), model().missingTargetKey())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(model().relation() + ".patch cannot change "
            + model().targetEntity() + "." + model().targetKeyAttribute()));
    inTransaction(session -> assertThat(names(of(session, first()).find())).containsExactly(ANN, BOB));
  }
}
