package dev.throughline.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.RelationAccessor;
import java.util.List;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.Test;

/**
 * API.md section 3: the accessor works inside the caller's persistence context, sees the writes
 * of the transaction before they are flushed, and leaves the context true.
 */
public interface SessionScenarios<S, K, T, TK, J> extends RelationScenarios<S, K, T, TK, J> {

  /** Writes not yet flushed are seen by the reads and writes that follow in the same transaction. */
  @Test
  default void readsAndWritesInOneTransactionSeeEachOther() {
    inTransaction(session -> {
      RelationAccessor<S, K, T, TK, J> accessor = of(session, source(IDLE));
      accessor.link(target(DEE));
      assertThat(accessor.isLinked(target(DEE))).isTrue();
      assertThat(accessor.count()).isEqualTo(1);
      T eve = accessor.create(model().newTarget(EVE));
      remember(eve);
      T dee = loadTarget(session, target(DEE));
      assertThat(accessor.find()).containsExactlyInAnyOrder(dee, eve);
      assertThat(names(accessor.find())).containsExactlyElementsOf(inKeyOrder(session, List.of(dee, eve)));
      accessor.link(model().targetKey(eve));
      assertThat(accessor.findWithThrough()).hasSize(3);
      assertThat(accessor.unlink(model().targetKey(eve))).isEqualTo(2);
      accessor.set(List.of(target(ANN), target(DEE)));
      assertThat(names(accessor.find())).containsExactly(ANN, DEE);
      assertThat(accessor.unlinkAll()).isEqualTo(2);
      assertThat(accessor.find()).isEmpty();
    });
    inTransaction(session -> {
      assertThat(of(session, source(IDLE)).count()).isZero();
      assertThat(targetCount(session)).isEqualTo(worldTargets() + 1);
      assertThat(throughRows(session)).containsExactlyInAnyOrderElementsOf(worldRows());
    });
  }

  /** Afterwards neither em.contains nor em.find of its id sees what a write removed. */
  @Test
  default void whatAWriteRemovesIsNoLongerManaged() {
    inTransaction(session -> {
      J linked = of(session, source(IDLE)).link(target(DEE));
      session.flush();
      Object linkedId = session.getIdentifier(linked);
      List<J> firstRows = of(session, source(FIRST)).findWithThrough().stream().map(row -> row.through()).toList();
      J secondToCid = of(session, source(SECOND)).findWithThrough().get(1).through();
      T cid = loadTarget(session, target(CID));
      T ann = loadTarget(session, target(ANN));

      assertThat(of(session, source(IDLE)).unlink(target(DEE))).isEqualTo(1);
      assertThat(session.contains(linked)).isFalse();
      assertThat(session.find(model().throughClass(), linkedId)).isNull();
      of(session, source(FIRST)).set(List.of(target(BOB)));
      assertThat(session.contains(firstRows.get(0))).as("the row to Ann").isFalse();
      assertThat(session.contains(firstRows.get(1))).as("a row to Bob").isTrue();
      assertThat(of(session, source(SECOND)).delete(Restriction.equal(nameAttribute(), CID))).isEqualTo(1);
      assertThat(session.contains(cid)).isFalse();
      assertThat(session.contains(secondToCid)).isFalse();
      assertThat(session.contains(ann)).isTrue();
    });
  }
}
