package dev.throughline.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.it.support.DatabaseTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.query.Order;
import org.hibernate.query.SortDirection;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code some}, {@code someThrough}, {@code none}, {@code every}, {@code counts} and {@code
 * orderByCount} against an in-memory oracle: random through rows (repeated pairs included) between
 * random sources and targets of every model, then random restrictions, each answered by the
 * database and by plain Java over the same rows.
 */
class SourceQueriesOracleTest extends DatabaseTest {

  private static final int SOURCES = 9;
  private static final int TARGETS = 8;
  private static final int ROWS = 30;
  private static final int QUESTIONS = 25;

  static Stream<Arguments> models() {
    return Stream.of(
        Arguments.of("clinic", (Supplier<RelationFixture<?, ?, ?, ?, ?>>) Fixtures::doctorPatients),
        Arguments.of("courses", (Supplier<RelationFixture<?, ?, ?, ?, ?>>) Fixtures::coursesStudents),
        Arguments.of("students", (Supplier<RelationFixture<?, ?, ?, ?, ?>>) Fixtures::studentsCourses),
        Arguments.of("following", (Supplier<RelationFixture<?, ?, ?, ?, ?>>) Fixtures::following),
        Arguments.of("followers", (Supplier<RelationFixture<?, ?, ?, ?, ?>>) Fixtures::followers),
        Arguments.of("library", (Supplier<RelationFixture<?, ?, ?, ?, ?>>) Fixtures::authorBooks),
        Arguments.of("retail", (Supplier<RelationFixture<?, ?, ?, ?, ?>>) Fixtures::storeProducts),
        Arguments.of("projects", (Supplier<RelationFixture<?, ?, ?, ?, ?>>) Fixtures::projectEngineers),
        Arguments.of("integrity", (Supplier<RelationFixture<?, ?, ?, ?, ?>>) Fixtures::nurseWards));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void databaseAndOracleAgree(String model, Supplier<RelationFixture<?, ?, ?, ?, ?>> fixture) {
    for (long seed = 1; seed <= 3; seed++) {
      agree(fixture.get(), new Random(model.hashCode() * 31L + seed));
      factory.getSchemaManager().truncateMappedObjects();
    }
  }

  private <S, K, T, TK, J> void agree(RelationFixture<S, K, T, TK, J> fixture, Random random) {
    World<S, K, T, TK, J> world = fromTransaction(session -> World.make(session, fixture, random));
    inTransaction(session -> {
      SourceQueries<S, K, T, J> queries = fixture.sourceQueries();
      List<S> sources = world.loadSources(session);
      for (int question = 0; question < QUESTIONS; question++) {
        Set<String> names = randomNames(random);
        Restriction<? super T> where = Restriction.in(fixture.nameAttribute(), List.copyOf(names));
        String context = "names " + names + " over rows " + world.rows;
        assertThat(keysWhere(session, fixture, queries.some().apply(where))).as("some " + context)
            .isEqualTo(world.some(names, null));
        assertThat(keysWhere(session, fixture, queries.none().apply(where))).as("none " + context)
            .isEqualTo(world.allBut(world.some(names, null)));
        assertThat(keysWhere(session, fixture, queries.every().apply(where))).as("every " + context)
            .isEqualTo(world.every(names));
        assertThat(queries.countsWhere().counts(session, sources, where)).as("counts " + context)
            .isEqualTo(world.counts(names));
        if (fixture.hasData()) {
          int data = random.nextInt(RelationFixture.DATA_VALUES);
          assertThat(keysWhere(session, fixture, queries.someWithThrough().apply(where, fixture.dataIs(data))))
              .as("some with data %d, %s", data, context).isEqualTo(world.some(names, fixture.data(data)));
          assertThat(keysWhere(session, fixture, queries.someThrough().apply(fixture.dataIs(data))))
              .as("someThrough data %d, %s", data, context).isEqualTo(world.some(null, fixture.data(data)));
        }
      }
      assertThat(queries.counts().apply(session, sources)).isEqualTo(world.counts(null));
      List<K> byCount = SelectionSpecification.create(fixture.sourceClass())
          .augment(queries.orderByCount().apply(SortDirection.DESCENDING))
          .sort(Order.asc(fixture.sourceKey()))
          .createQuery(session).getResultList().stream().map(fixture::sourceKey).toList();
      assertThat(world.countsInOrder(byCount)).as("counts in the order of orderByCount")
          .isSortedAccordingTo(Comparator.reverseOrder());
      assertThat(new HashSet<>(byCount)).isEqualTo(world.allSources);
    });
  }

  private static Set<String> randomNames(Random random) {
    Set<String> names = new HashSet<>();
    int size = 1 + random.nextInt(TARGETS);
    while (names.size() < size) {
      names.add("T" + random.nextInt(TARGETS));
    }
    return names;
  }

  private static <S, K> Set<K> keysWhere(Session session, RelationFixture<S, K, ?, ?, ?> fixture,
      Restriction<S> restriction) {
    return SelectionSpecification.create(fixture.sourceClass()).restrict(restriction).createQuery(session)
        .getResultList().stream().map(fixture::sourceKey).collect(Collectors.toSet());
  }

  /** Random rows between random sources and targets, and what they answer. */
  private record World<S, K, T, TK, J>(
      RelationFixture<S, K, T, TK, J> fixture, List<K> sourceKeys, Set<K> allSources, List<Row<K>> rows) {

    static <S, K, T, TK, J> World<S, K, T, TK, J> make(
        Session session, RelationFixture<S, K, T, TK, J> fixture, Random random) {
      List<K> sourceKeys = fixture.persistSources(session,
          IntStream.range(0, SOURCES).mapToObj(i -> "S" + i).toList());
      List<T> targets = fixture.persistTargets(session,
          IntStream.range(0, TARGETS).mapToObj(i -> "T" + i).toList());
      List<Row<K>> rows = new ArrayList<>();
      for (int i = 0; i < ROWS; i++) {
        K source = sourceKeys.get(random.nextInt(SOURCES));
        T target = targets.get(random.nextInt(TARGETS));
        String data = fixture.data(random.nextInt(RelationFixture.DATA_VALUES));
        fixture.persistRow(session, source, fixture.targetKey(target), data);
        rows.add(new Row<>(source, fixture.name(target), data));
      }
      Set<K> all = new HashSet<>(sourceKeys);
      if (fixture.isSelfRelation()) {
        // Every target is a source too.
        targets.forEach(target -> all.add(fixture.sourceKey(fixture.sourceClass().cast(target))));
      }
      return new World<>(fixture, sourceKeys, all, rows);
    }

    List<S> loadSources(Session session) {
      Map<K, S> byKey = new HashMap<>();
      for (K key : sourceKeys) {
        S source = session.createQuery("from " + fixture.sourceEntity() + " where " + fixture.sourceKeyAttribute()
            + " = :key", fixture.sourceClass()).setParameter("key", key).getSingleResult();
        byKey.put(key, source);
      }
      return sourceKeys.stream().map(byKey::get).toList();
    }

    /** Sources with a row whose target is named in {@code names} (any, if null) and whose data is {@code data} (any, if null). */
    Set<K> some(Set<String> names, String data) {
      return rows.stream()
          .filter(row -> names == null || names.contains(row.target()))
          .filter(row -> data == null || data.equals(row.data()))
          .map(Row::source).collect(Collectors.toSet());
    }

    Set<K> every(Set<String> names) {
      Set<K> failing = rows.stream().filter(row -> !names.contains(row.target())).map(Row::source)
          .collect(Collectors.toSet());
      return allBut(failing);
    }

    Set<K> allBut(Set<K> excluded) {
      Set<K> rest = new HashSet<>(allSources);
      rest.removeAll(excluded);
      return rest;
    }

    /** Distinct targets (named in {@code names}, if given) of each persisted source, in their order. */
    Map<K, Long> counts(Set<String> names) {
      Map<K, Long> counts = new LinkedHashMap<>();
      for (K source : sourceKeys) {
        counts.put(source, rows.stream()
            .filter(row -> row.source().equals(source) && (names == null || names.contains(row.target())))
            .map(Row::target).distinct().count());
      }
      return counts;
    }

    List<Long> countsInOrder(List<K> keys) {
      Map<K, Long> all = counts(null);
      return keys.stream().map(key -> all.getOrDefault(key, 0L)).toList();
    }
  }

  private record Row<K>(K source, String target, String data) {}
}
