package dev.throughline.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.it.support.StatementsAssert;
import dev.throughline.it.support.TestDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.Order;
import org.junit.jupiter.api.Test;

/**
 * include and inclusion(): the targets of many sources in a number of statements that does not
 * grow with the number of sources, each source's relation field set.
 */
public interface InclusionScenarios<S, K, T, TK, J> extends RelationScenarios<S, K, T, TK, J> {

  /** One statement binds this many keys; more sources take one more statement per chunk. */
  int KEYS_PER_STATEMENT = 16_384;

  @Test
  default void includeLoadsEverySourcesTargetsInOneStatementAndSetsTheField() {
    inTransaction(session -> {
      List<S> sources = loadSources(session, List.of(source(FIRST), source(SECOND), source(IDLE)));
      Map<K, List<T>> byKey = counted(session, s -> model().include(s, sources));
      assertStatements().total(1);
      assertThat(byKey).containsOnlyKeys(source(FIRST), source(SECOND), source(IDLE));
      assertThat(names(byKey.get(source(FIRST)))).containsExactly(ANN, BOB);
      assertThat(names(byKey.get(source(SECOND)))).containsExactly(BOB, CID);
      assertThat(byKey.get(source(IDLE))).isEmpty();
      assertThat(sources).extracting(source -> names(model().relationField(source)))
          .containsExactly(List.of(ANN, BOB), List.of(BOB, CID), List.of());
      // one Bob, whichever source includes him; no through row was loaded
      T bob = byKey.get(source(FIRST)).get(1);
      assertThat(byKey.get(source(SECOND)).get(0)).isSameAs(bob);
      assertThat(model().relationField(sources.get(1))).anySatisfy(target -> assertThat(target).isSameAs(bob));
      assertThat(factory().getStatistics().getEntityLoadCount()).isEqualTo(3);
    });
  }

  /** The map lists the sources in the order given; each of the added sources links Ann or Dee. */
  @Test
  default void includeDoesNotGrowWithTheNumberOfSources() {
    List<K> added = addSources(300);
    for (int sources : new int[] {1, 3, 303}) {
      inTransaction(session -> {
        List<S> some = session.createQuery("from " + model().sourceEntity() + " order by "
            + model().sourceKeyAttribute(), model().sourceClass()).setMaxResults(sources).getResultList();
        Map<K, List<T>> byKey = counted(session, s -> model().include(s, some));
        assertStatements("for %d sources", sources).total(1);
        assertThat(byKey.keySet()).containsExactlyElementsOf(some.stream().map(model()::sourceKey).toList());
      });
    }
    inTransaction(session -> {
      Map<K, List<T>> byKey = model().include(session, loadSources(session, added));
      assertThat(names(byKey.get(added.get(0)))).containsExactly(ANN);
      assertThat(names(byKey.get(added.get(299)))).containsExactly(DEE);
      assertThat(byKey.values().stream().mapToInt(List::size).sum()).isEqualTo(300);
    });
  }

  /** One more source than one statement binds: two statements, nothing lost at the seam. */
  @Test
  default void includeSplitsOnlyBeyondOneChunkOfKeys() {
    List<K> added = addSources(KEYS_PER_STATEMENT + 1 - (int) worldSources());
    inTransaction(session -> {
      List<S> sources = session.createQuery("from " + model().sourceEntity(), model().sourceClass()).getResultList();
      assertThat(sources).hasSize(KEYS_PER_STATEMENT + 1);
      Map<K, List<T>> byKey = counted(session, s -> model().include(s, sources));
      assertStatements().total(2);
      assertThat(byKey).hasSize(KEYS_PER_STATEMENT + 1);
      assertThat(byKey.values().stream().mapToInt(List::size).sum()).isEqualTo(2 + 2 + added.size());
      K last = added.get(added.size() - 1);
      assertThat(names(byKey.get(last))).containsExactly(added.size() % 2 == 1 ? ANN : DEE);
      S lastSource = sources.stream().filter(source -> model().sourceKey(source).equals(last))
          .findFirst().orElseThrow();
      assertThat(names(model().relationField(lastSource))).containsExactly(names(byKey.get(last)).get(0));
    });
  }

  /**
   * On PostgreSQL the keys of up to 1,024 sources are one array parameter, {@code = any(?)}, as
   * Hibernate's batch loaders bind them, so that PostgreSQL keeps one plan on the index; more keys,
   * and other databases, bind one parameter per key. The same targets either way.
   */
  @Test
  default void includeBindsUpTo1024SourceKeysAsOneArrayOnPostgreSql() {
    List<K> added = addSources(1_025 - (int) worldSources());
    Map<K, List<String>> linkedNames = new HashMap<>();
    for (int i = 0; i < added.size(); i++) {
      linkedNames.put(added.get(i), List.of(i % 2 == 0 ? ANN : DEE));
    }
    linkedNames.put(source(FIRST), List.of(ANN, BOB));
    linkedNames.put(source(SECOND), List.of(BOB, CID));
    boolean arrays = TestDatabase.current().name().equals("postgresql");
    for (int count : new int[] {3, 1_024, 1_025}) {
      inTransaction(session -> {
        List<S> sources = session.createQuery("from " + model().sourceEntity() + " order by "
            + model().sourceKeyAttribute(), model().sourceClass()).setMaxResults(count).getResultList();
        Map<K, List<T>> byKey = counted(session, s -> model().include(s, sources));
        StatementsAssert statements = assertStatements("for %d sources", count).total(1);
        if (arrays && count <= 1_024) {
          statements.eachContaining("any(");
        } else {
          statements.noneContaining("any(");
        }
        assertThat(byKey.keySet()).containsExactlyElementsOf(sources.stream().map(model()::sourceKey).toList());
        byKey.forEach((key, targets) -> assertThat(names(targets)).as("targets of %s", key)
            .isEqualTo(linkedNames.getOrDefault(key, List.of())));
      });
    }
  }

  @Test
  default void includeOfNothingRunsNoSql() {
    inTransaction(session -> {
      Map<K, List<T>> included = counted(session, s -> model().include(s, List.of()));
      assertThat(included).isEmpty();
      assertStatements().total(0);
    });
  }

  /** Per source, ordered and limited in SQL. */
  @Test
  default void orderedAndLimitedInclusionIsOneStatement() {
    inTransaction(session -> {
      List<S> sources = loadSources(session, List.of(source(FIRST), source(SECOND), source(IDLE)));
      Map<Object, List<T>> byKey = counted(session,
          s -> model().inclusion().orderBy(Order.desc(nameAttribute())).limit(1).load(s, sources));
      assertStatements().total(1);
      assertThat(names(byKey.get(source(SECOND)))).containsExactly(CID);
      assertThat(sources).extracting(source -> names(model().relationField(source)))
          .containsExactly(List.of(BOB), List.of(CID), List.of());
    });
    inTransaction(session -> {
      List<S> sources = loadSources(session, List.of(source(FIRST), source(SECOND)));
      counted(session, s -> model().inclusion().orderBy(Order.asc(nameAttribute())).limit(5).load(s, sources));
      assertStatements().total(1);
      assertThat(sources).extracting(source -> names(model().relationField(source)))
          .containsExactly(List.of(ANN, BOB), List.of(BOB, CID));
    });
  }
}
