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
      List<T> found = counted(session, s -> of(s, source(FIRST)).find());
      assertStatements().total(1);
      assertThat(names(found)).containsExactly(ANN, BOB);
      assertThat(names(of(session, source(SECOND)).find())).containsExactly(BOB, CID);
      assertThat(of(session, source(IDLE)).find()).isEmpty();
      assertThat(of(session, missingSource()).find()).isEmpty();
    });
  }

  @Test
  default void accessorOfAnInstanceAndOfAKeyAgree() {
    inTransaction(session -> {
      S source = loadSource(session, source(SECOND));
      RelationAccessor<S, K, T, TK, J> byInstance = model().ofSource(session, source);
      assertThat(byInstance.sourceKey()).isEqualTo(source(SECOND));
      assertThat(byInstance.find()).containsExactlyElementsOf(of(session, source(SECOND)).find());
      assertThat(names(byInstance.find())).containsExactly(BOB, CID);
      assertThat(byInstance.count()).isEqualTo(2);
      assertThat(byInstance.isLinked(target(CID))).isTrue();
    });
  }

  @Test
  default void findWithRestrictionFiltersTargetsInOneStatement() {
    inTransaction(session -> {
      List<T> found = counted(session, s -> of(s, source(SECOND)).find(Restriction.startsWith(nameAttribute(), "C")));
      assertStatements().total(1);
      assertThat(names(found)).containsExactly(CID);
      assertThat(of(session, source(FIRST)).find(Restriction.equal(nameAttribute(), CID))).isEmpty();
      assertThat(names(of(session, source(FIRST)).find(Restriction.unrestricted()))).containsExactly(ANN, BOB);
      assertThat(names(of(session, source(FIRST)).find(Restriction.contains(nameAttribute(), "o"))))
          .containsExactly(BOB);
      // restrictions on the target key itself
      List<TK> notAnn = List.of(target(BOB), target(CID), target(DEE));
      assertThat(names(of(session, source(FIRST)).find(Restriction.in(targetKeyAttribute(), notAnn))))
          .containsExactly(BOB);
      assertThat(names(of(session, source(SECOND)).find(Restriction.equal(targetKeyAttribute(), target(CID)))))
          .containsExactly(CID);
    });
  }

  @Test
  default void findByIdReturnsOnlyLinkedTargetsInOneStatement() {
    inTransaction(session -> {
      Optional<T> found = counted(session, s -> of(s, source(FIRST)).findById(target(BOB)));
      assertStatements().total(1);
      assertThat(found).hasValueSatisfying(target -> assertThat(model().name(target)).isEqualTo(BOB));
      assertThat(of(session, source(FIRST)).findById(target(CID))).as("linked to another source").isEmpty();
      assertThat(of(session, source(FIRST)).findById(target(DEE))).as("linked to none").isEmpty();
      assertThat(of(session, source(FIRST)).findById(missingTarget())).isEmpty();
      assertThat(of(session, source(IDLE)).findById(target(ANN))).isEmpty();
      assertThat(of(session, source(SECOND)).findById(target(CID))).isPresent();
    });
  }

  @Test
  default void countCountsDistinctTargetsInOneStatement() {
    inTransaction(session -> {
      long count = counted(session, s -> of(s, source(FIRST)).count());
      assertStatements().total(1);
      // three rows, two targets
      assertThat(count).isEqualTo(2);
      assertThat(of(session, source(SECOND)).count()).isEqualTo(2);
      assertThat(of(session, source(IDLE)).count()).isZero();
    });
  }

  @Test
  default void isLinkedTellsWhetherAThroughRowLinksThePairInOneStatement() {
    inTransaction(session -> {
      boolean linked = counted(session, s -> of(s, source(FIRST)).isLinked(target(ANN)));
      assertStatements().total(1);
      assertThat(linked).isTrue();
      assertThat(of(session, source(FIRST)).isLinked(target(CID))).isFalse();
      assertThat(of(session, source(SECOND)).isLinked(target(CID))).isTrue();
      assertThat(of(session, source(IDLE)).isLinked(target(ANN))).isFalse();
      assertThat(of(session, source(IDLE)).isLinked(target(DEE))).isFalse();
      assertThat(of(session, missingSource()).isLinked(target(ANN))).isFalse();
    });
  }

  /** Ordered by target key; the rows of one target in the order they were made. */
  @Test
  default void findWithThroughReturnsEveryThroughRowWithItsTargetInOneStatement() {
    inTransaction(session -> {
      List<Linked<T, J>> rows = counted(session, s -> of(s, source(FIRST)).findWithThrough());
      assertStatements().total(1);
      assertThat(linked(rows)).containsExactly(linked(ANN, data(1)), linked(BOB, data(0)), linked(BOB, data(2)));
      assertThat(rows).allSatisfy(row -> {
        assertThat(model().throughSourceKey(session, row.through())).isEqualTo(source(FIRST));
        assertThat(model().throughTargetKey(session, row.through())).isEqualTo(model().targetKey(row.target()));
      });
      // Bob's two rows: one target instance, two row instances
      assertThat(rows.get(1).target()).isSameAs(rows.get(2).target());
      assertThat(rows.get(1).through()).isNotSameAs(rows.get(2).through());
      assertThat(rows).extracting(row -> session.getIdentifier(row.through())).doesNotHaveDuplicates();
      assertThat(of(session, source(IDLE)).findWithThrough()).isEmpty();
    });
  }

  /** Count ignores offset and limit; exists is true exactly when list is not empty. */
  @Test
  default void queryListsOrdersPagesCountsAndStreamsTheLinkedTargetsInOneStatementEach() {
    inTransaction(session -> {
      RelationQuery<T, J> query = of(session, source(FIRST)).query();
      assertThat(names(counted(session, s -> query.list()))).containsExactly(ANN, BOB);
      assertStatements().total(1);
      assertThat(names(counted(session, s -> query.orderBy(Order.desc(nameAttribute())).list())))
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
      assertThat(query.where(Restriction.equal(nameAttribute(), CID)).exists()).isFalse();
      assertThat(query.offset(2).exists()).isFalse();
      assertThat(linked(query.withThrough()))
          .containsExactly(linked(ANN, data(1)), linked(BOB, data(0)), linked(BOB, data(2)));
      assertThat(of(session, source(IDLE)).query().count()).isZero();
      assertThat(of(session, source(IDLE)).query().exists()).isFalse();
    });
    inTransaction(session -> {
      try (Stream<T> stream = counted(session, s -> of(s, source(SECOND)).query().stream())) {
        assertThat(stream.map(model()::name).toList()).containsExactly(BOB, CID);
      }
      assertStatements().total(1);
    });
  }
}
