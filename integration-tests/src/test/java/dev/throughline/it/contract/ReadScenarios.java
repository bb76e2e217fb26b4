package dev.throughline.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.Linked;
import dev.throughline.RelationAccessor;
import dev.throughline.RelationQuery;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.query.Order;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.Test;

/** find, find(where), findById, count, isLinked, findWithThrough and query(), each in one statement. */
public interface ReadScenarios<S, K, T, TK, J> extends RelationScenarios<S, K, T, TK, J> {

  @Test
  default void findReturnsEachLinkedTargetOnceOrderedByKeyInOneStatement() {
    inTransaction(session -> {
      List<T> found = counted(session, s -> of(s, first()).find());
      assertStatements().total(1);
      assertThat(names(found)).containsExactly(ANN, BOB);
      assertThat(names(of(session, second()).find())).containsExactly(BOB, CID);
      assertThat(of(session, idle()).find()).isEmpty();
      assertThat(of(session, model().missingSourceKey()).find()).isEmpty();
    });
  }

  @Test
  default void accessorOfAnInstanceAndOfAKeyAgree() {
    inTransaction(session -> {
      S source = loadSource(session, second());
      RelationAccessor<S, K, T, TK, J> byInstance = model().ofSource(session, source);
      assertThat(byInstance.sourceKey()).isEqualTo(second());
      assertThat(byInstance.find()).containsExactlyElementsOf(of(session, second()).find());
      assertThat(names(byInstance.find())).containsExactly(BOB, CID);
      assertThat(byInstance.count()).isEqualTo(2);
      assertThat(byInstance.isLinked(cid())).isTrue();
    });
  }

  @Test
  default void findWithRestrictionFiltersTargetsInOneStatement() {
    inTransaction(session -> {
      List<T> found = counted(session, s -> of(s, second()).find(Restriction.startsWith(model().nameAttribute(), "C")));
      assertStatements().total(1);
      assertThat(names(found)).containsExactly(CID);
      assertThat(of(session, first()).find(Restriction.equal(model().nameAttribute(), CID))).isEmpty();
      assertThat(names(of(session, first()).find(Restriction.unrestricted()))).containsExactly(ANN, BOB);
      assertThat(names(of(session, first()).find(Restriction.contains(model().nameAttribute(), "o")))).containsExactly(BOB);
      // restrictions on the target key itself
      assertThat(names(of(session, first()).find(Restriction.in(model().targetKey(), List.of(bob(), cid(), dee())))))
          .containsExactly(BOB);
      assertThat(names(of(session, second()).find(Restriction.equal(model().targetKey(), cid())))).containsExactly(CID);
    });
  }

  @Test
  default void findByIdReturnsOnlyLinkedTargetsInOneStatement() {
    inTransaction(session -> {
      Optional<T> found = counted(session, s -> of(s, first()).findById(bob()));
      assertStatements().total(1);
      assertThat(found).hasValueSatisfying(target -> assertThat(model().name(target)).isEqualTo(BOB));
      assertThat(of(session, first()).findById(cid())).as("linked to another source").isEmpty();
      assertThat(of(session, first()).findById(dee())).as("linked to none").isEmpty();
      assertThat(of(session, first()).findById(model().missingTargetKey())).isEmpty();
      assertThat(of(session, idle()).findById(ann())).isEmpty();
      assertThat(of(session, second()).findById(cid())).isPresent();
    });
  }

  @Test
  default void countCountsDistinctTargetsInOneStatement() {
    inTransaction(session -> {
      long count = counted(session, s -> of(s, first()).count());
      assertStatements().total(1);
      // three rows, two targets
      assertThat(count).isEqualTo(2);
      assertThat(of(session, second()).count()).isEqualTo(2);
      assertThat(of(session, idle()).count()).isZero();
    });
  }

  @Test
  default void isLinkedTellsWhetherAThroughRowLinksThePairInOneStatement() {
    inTransaction(session -> {
      boolean linked = counted(session, s -> of(s, first()).isLinked(ann()));
      assertStatements().total(1);
      assertThat(linked).isTrue();
      assertThat(of(session, first()).isLinked(cid())).isFalse();
      assertThat(of(session, second()).isLinked(cid())).isTrue();
      assertThat(of(session, idle()).isLinked(ann())).isFalse();
      assertThat(of(session, idle()).isLinked(dee())).isFalse();
      assertThat(of(session, model().missingSourceKey()).isLinked(ann())).isFalse();
    });
  }

  /** Ordered by target key; the rows of one target in the order they were made. */
  @Test
  default void findWithThroughReturnsEveryThroughRowWithItsTargetInOneStatement() {
    inTransaction(session -> {
      List<Linked<T, J>> rows = counted(session, s -> of(s, first()).findWithThrough());
      assertStatements().total(1);
      assertThat(linked(rows)).containsExactly(linked(ANN, data(1)), linked(BOB, data(0)), linked(BOB, data(2)));
      assertThat(rows).allSatisfy(row -> {
        assertThat(model().throughSourceKey(session, row.through())).isEqualTo(first());
        assertThat(model().throughTargetKey(session, row.through())).isEqualTo(model().targetKey(row.target()));
      });
      // Bob's two rows: one target instance, two row instances
      assertThat(rows.get(1).target()).isSameAs(rows.get(2).target());
      assertThat(rows.get(1).through()).isNotSameAs(rows.get(2).through());
      assertThat(of(session, idle()).findWithThrough()).isEmpty();
    });
  }

  /** Count ignores offset and limit; exists is true exactly when list is not empty. */
  @Test
  default void queryListsOrdersPagesCountsAndStreamsTheLinkedTargetsInOneStatementEach() {
    inTransaction(session -> {
      RelationQuery<T, J> query = of(session, first()).query();
      assertThat(names(counted(session, s -> query.list()))).containsExactly(ANN, BOB);
      assertStatements().total(1);
      assertThat(names(counted(session, s -> query.orderBy(Order.desc(model().nameAttribute())).list())))
          .containsExactly(BOB, ANN);
      assertStatements().total(1);
      assertThat(names(query.limit(1).list())).containsExactly(ANN);
      assertThat(names(query.offset(1).limit(1).list())).containsExactly(BOB);
      long count = counted(session, s -> query.limit(1).count());
      assertStatements().total(1);
      assertThat(count).isEqualTo(2);
      boolean exists = counted(session, s -> query.exists());
      assertStatements().total(1);
      assertThat(exists).isTrue();
      assertThat(query.where(Restriction.equal(model().nameAttribute(), CID)).exists()).isFalse();
      assertThat(query.offset(2).exists()).isFalse();
      assertThat(linked(query.withThrough())).containsExactly(linked(ANN, data(1)), linked(BOB, data(0)), linked(BOB, data(2)));
      assertThat(of(session, idle()).query().count()).isZero();
      assertThat(of(session, idle()).query().exists()).isFalse();
    });
    inTransaction(session -> {
      try (Stream<T> stream = counted(session, s -> of(s, second()).query().stream())) {
        assertThat(stream.map(model()::name).toList()).containsExactly(BOB, CID);
      }
      assertStatements().total(1);
    });
  }
}
