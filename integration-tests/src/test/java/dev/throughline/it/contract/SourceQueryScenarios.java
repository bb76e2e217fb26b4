package dev.throughline.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.throughline.NoSuchEntityException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.query.Order;
import org.hibernate.query.Page;
import org.hibernate.query.SortDirection;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;
import org.junit.jupiter.api.Test;

/**
 * The relation in the source's own queries (API.md section 4): {@code some}, {@code someThrough},
 * {@code none} and {@code every} as restrictions of the source in the caller's statements, {@code
 * counts}, {@code orderByCount} and {@code linkIfAbsent}.
 */
public interface SourceQueryScenarios<S, K, T, TK, J> extends RelationScenarios<S, K, T, TK, J> {

  @Test
  default void someFindsSourcesLinkedToAMatchingTargetInOneStatement() {
    inTransaction(session -> {
      Set<K> found = counted(session, s -> sourcesWhere(s, queries().some().apply(named(BOB))));
      assertStatements().total(1);
      assertThat(found).containsExactlyInAnyOrderElementsOf(sources(FIRST, SECOND));
      assertThat(sourcesWhere(session, queries().some().apply(named(ANN)))).containsExactly(source(FIRST));
      assertThat(sourcesWhere(session, queries().some().apply(named(CID)))).containsExactly(source(SECOND));
      assertThat(sourcesWhere(session, queries().some().apply(named(DEE)))).isEmpty();
      assertThat(sourcesWhere(session, queries().some().apply(Restriction.unrestricted())))
          .containsExactlyInAnyOrderElementsOf(sources(FIRST, SECOND));
    });
  }

  @Test
  default void noneIsSomeNegatedAndIncludesSourcesWithoutLinks() {
    inTransaction(session -> {
      Set<K> withoutBob = counted(session, s -> sourcesWhere(s, queries().none().apply(named(BOB))));
      assertStatements().total(1);
      assertThat(withoutBob).containsExactlyInAnyOrderElementsOf(allSourcesBut(session, FIRST, SECOND))
          .contains(source(IDLE));
      assertThat(sourcesWhere(session, queries().some().apply(named(BOB)).negated())).isEqualTo(withoutBob);
      assertThat(sourcesWhere(session, queries().none().apply(named(BOB)).negated()))
          .containsExactlyInAnyOrderElementsOf(sources(FIRST, SECOND));
      assertThat(sourcesWhere(session, queries().none().apply(named(ANN))))
          .containsExactlyInAnyOrderElementsOf(allSourcesBut(session, FIRST));
      assertThat(sourcesWhere(session, queries().none().apply(named(DEE))))
          .containsExactlyInAnyOrderElementsOf(allSourcesBut(session));
    });
  }

  @Test
  default void everyNeedsEachLinkedTargetToMatchAndIncludesSourcesWithoutLinks() {
    inTransaction(session -> {
      Set<K> annOrBob = counted(session, s -> sourcesWhere(s, queries().every().apply(namedAnyOf(ANN, BOB))));
      assertStatements().total(1);
      assertThat(annOrBob).containsExactlyInAnyOrderElementsOf(allSourcesBut(session, SECOND))
          .contains(source(FIRST), source(IDLE));
      assertThat(sourcesWhere(session, queries().every().apply(named(BOB))))
          .containsExactlyInAnyOrderElementsOf(allSourcesBut(session, FIRST, SECOND));
      assertThat(sourcesWhere(session, queries().every().apply(namedAnyOf(BOB, CID))))
          .containsExactlyInAnyOrderElementsOf(allSourcesBut(session, FIRST));
      // negated: some linked target does not match
      assertThat(sourcesWhere(session, queries().every().apply(named(BOB)).negated()))
          .containsExactlyInAnyOrderElementsOf(sources(FIRST, SECOND));
    });
  }

  @Test
  default void someWithThroughRestrictionNeedsOneRowMatchingBoth() {
    assumeTrue(model().hasData(), "the model's through rows carry no data");
    inTransaction(session -> {
      Set<K> bobOnRow3 = counted(session, s -> sourcesWhere(s, queries().someWithThrough().apply(named(BOB), dataIs(3))));
      assertStatements().total(1);
      assertThat(bobOnRow3).containsExactly(source(SECOND));
      assertThat(sourcesWhere(session, queries().someWithThrough().apply(named(BOB), dataIs(2))))
          .containsExactly(source(FIRST));
      // Second has a row with data 4 and a row to Bob, but not one row with both.
      assertThat(sourcesWhere(session, queries().someWithThrough().apply(named(BOB), dataIs(4)))).isEmpty();
      assertThat(sourcesWhere(session, queries().someThrough().apply(dataIs(4)))).containsExactly(source(SECOND));
      assertThat(sourcesWhere(session, queries().someThrough().apply(dataIs(6)))).isEmpty();
    });
  }

  @Test
  default void someThroughFindsSourcesWithAnyMatchingRow() {
    inTransaction(session -> {
      Set<K> found = counted(session, s -> sourcesWhere(s, queries().someThrough().apply(Restriction.unrestricted())));
      assertStatements().total(1);
      assertThat(found).containsExactlyInAnyOrderElementsOf(sources(FIRST, SECOND));
      assertThat(sourcesWhere(session, queries().someThrough().apply(Restriction.unrestricted()).negated()))
          .containsExactlyInAnyOrderElementsOf(allSourcesBut(session, FIRST, SECOND));
    });
  }

  @Test
  default void restrictionsComposeWithEachOtherAndWithTheSourcesOwn() {
    inTransaction(session -> {
      Restriction<S> annAndBob = Restriction.all(queries().some().apply(named(ANN)), queries().some().apply(named(BOB)));
      Set<K> both = counted(session, s -> sourcesWhere(s, annAndBob));
      assertStatements().total(1);
      assertThat(both).containsExactly(source(FIRST));
      assertThat(sourcesWhere(session, Restriction.any(queries().some().apply(named(ANN)), queries().some().apply(named(CID)))))
          .containsExactlyInAnyOrderElementsOf(sources(FIRST, SECOND));
      assertThat(sourcesWhere(session, Restriction.all(queries().some().apply(named(BOB)),
          Restriction.equal(model().sourceKey(), source(SECOND))))).containsExactly(source(SECOND));
      assertThat(sourcesWhere(session, queries().some().apply(named(BOB)).and(queries().none().apply(named(ANN)))))
          .containsExactly(source(SECOND));
    });
  }

  @Test
  default void restrictionWorksInACriteriaQueryOfTheCaller() {
    inTransaction(session -> {
      CriteriaBuilder cb = session.getCriteriaBuilder();
      CriteriaQuery<Long> query = cb.createQuery(Long.class);
      Root<S> source = query.from(model().sourceClass());
      query.select(cb.count(source)).where(queries().some().apply(named(BOB)).toPredicate(source, cb));
      long counted = counted(session, s -> s.createQuery(query).getSingleResult());
      assertStatements().total(1);
      assertThat(counted).isEqualTo(2);
    });
  }

  @Test
  default void restrictionSeesEarlierWritesOfTheTransaction() {
    inTransaction(session -> {
      session.setHibernateFlushMode(FlushMode.AUTO);
      persistRow(session, source(IDLE), target(DEE), data(5));
      assertThat(sourcesWhere(session, queries().some().apply(named(DEE)))).containsExactly(source(IDLE));
    });
  }

  @Test
  default void countsCountsDistinctTargetsOfEachSourceInOneStatement() {
    inTransaction(session -> {
      List<S> sources = loadSources(session, List.of(source(FIRST), source(SECOND), source(IDLE)));
      Map<K, Long> counts = counted(session, s -> queries().counts().apply(s, sources));
      assertStatements().total(1);
      Map<K, Long> expected = new LinkedHashMap<>();
      expected.put(source(FIRST), 2L);
      expected.put(source(SECOND), 2L);
      expected.put(source(IDLE), 0L);
      assertThat(counts).containsExactlyEntriesOf(expected);
      for (S source : sources) {
        assertThat(counts.get(model().sourceKey(source))).isEqualTo(model().ofSource(session, source).count());
      }
      Map<K, Long> bobs = counted(session, s -> queries().countsWhere().counts(s, sources, named(BOB)));
      assertStatements().total(1);
      assertThat(bobs).containsExactly(Map.entry(source(FIRST), 1L), Map.entry(source(SECOND), 1L),
          Map.entry(source(IDLE), 0L));
      assertThat(queries().counts().apply(session, List.of())).isEmpty();
    });
  }

  @Test
  default void countsTakesOneStatementPerKeyChunkWhateverTheNumberOfSources() {
    List<K> added = addSources(300);
    inTransaction(session -> {
      List<S> sources = loadSources(session, added);
      Map<K, Long> counts = counted(session, s -> queries().counts().apply(s, sources));
      assertStatements("for %d sources", sources.size()).total(1);
      assertThat(counts).hasSize(300).allSatisfy((key, count) -> assertThat(count).isEqualTo(1L));
      Map<K, Long> ann = queries().countsWhere().counts(session, sources, named(ANN));
      assertThat(ann.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(150);
    });
  }

  @Test
  default void orderByCountPagesSourcesByTheirNumberOfTargetsInOneStatement() {
    inTransaction(session -> {
      persistRow(session, source(SECOND), target(DEE), data(5));
      session.flush();
      List<K> page = counted(session, s -> SelectionSpecification.create(model().sourceClass())
          .augment(queries().orderByCount().apply(SortDirection.DESCENDING))
          .sort(Order.asc(model().sourceKey()))
          .createQuery(s)
          .setPage(Page.first(2))
          .getResultList().stream().map(model()::sourceKey).toList());
      assertStatements().total(1);
      assertThat(page).containsExactly(source(SECOND), source(FIRST));
      List<K> fewestFirst = SelectionSpecification.create(model().sourceClass())
          .restrict(queries().someThrough().apply(Restriction.unrestricted()))
          .augment(queries().orderByCount().apply(SortDirection.ASCENDING))
          .createQuery(session)
          .getResultList().stream().map(model()::sourceKey).toList();
      assertThat(fewestFirst).containsExactly(source(FIRST), source(SECOND));
    });
  }

  @Test
  default void linkIfAbsentReturnsTheExistingRowInOneStatement() {
    inTransaction(session -> {
      List<J> rowsOfPair = session.createQuery("from " + throughEntity(session), model().throughClass())
          .getResultStream()
          .filter(row -> model().throughSourceKey(session, row).equals(source(FIRST))
              && model().throughTargetKey(session, row).equals(target(BOB)))
          .toList();
      assertThat(rowsOfPair).hasSize(2);
      AtomicInteger filled = new AtomicInteger();
      J row = counted(session, s -> of(s, source(FIRST)).linkIfAbsent(target(BOB), r -> filled.incrementAndGet()));
      assertStatements().total(1);
      assertThat(rowsOfPair).contains(row);
      assertThat(filled).hasValue(0);
      assertThat(of(session, source(FIRST)).linkIfAbsent(target(BOB))).isSameAs(row);
    });
    assertWorldUnchanged();
  }

  @Test
  default void linkIfAbsentLinksAnAbsentPairOnceWithItsData() {
    inTransaction(session -> {
      J row = of(session, source(FIRST)).linkIfAbsent(target(CID), r -> model().writeData(r, data(6)));
      assertThat(model().readData(row)).isEqualTo(data(6));
      assertThat(session.contains(row)).isTrue();
      assertThat(of(session, source(FIRST)).linkIfAbsent(target(CID), r -> model().writeData(r, data(5))))
          .isSameAs(row);
      assertThat(of(session, source(IDLE)).linkIfAbsent(target(DEE))).isNotNull();
    });
    inTransaction(session -> assertThat(throughRows(session)).containsExactlyInAnyOrderElementsOf(
        Stream.concat(worldRows().stream(), Stream.of(row(FIRST, CID, data(6)), row(IDLE, DEE, null))).toList()));
  }

  @Test
  default void linkIfAbsentSeesARowLinkedEarlierUnderCommitFlushMode() {
    inTransaction(session -> {
      session.setHibernateFlushMode(FlushMode.COMMIT);
      J linked = of(session, source(IDLE)).link(target(ANN));
      assertThat(of(session, source(IDLE)).linkIfAbsent(target(ANN))).isSameAs(linked);
    });
  }

  @Test
  default void linkIfAbsentChecksSourceAndTargetAsLinkDoes() {
    inTransaction(session -> {
      assertThatThrownBy(() -> of(session, source(FIRST)).linkIfAbsent(missingTarget()))
          .isInstanceOf(NoSuchEntityException.class)
          .hasMessageContaining(model().targetEntity());
      assertThatThrownBy(() -> of(session, missingSource()).linkIfAbsent(target(ANN)))
          .isInstanceOf(NoSuchEntityException.class)
          .hasMessageContaining(model().sourceEntity());
    });
    assertWorldUnchanged();
  }

  @Test
  default void sourceQueryArgumentsAreCheckedForNull() {
    inTransaction(session -> {
      assertThatThrownBy(() -> queries().some().apply(null)).isInstanceOf(NullPointerException.class)
          .hasMessageContaining("where");
      assertThatThrownBy(() -> queries().someWithThrough().apply(named(ANN), null))
          .isInstanceOf(NullPointerException.class).hasMessageContaining("throughWhere");
      assertThatThrownBy(() -> queries().every().apply(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> queries().counts().apply(session, null)).isInstanceOf(NullPointerException.class)
          .hasMessageContaining("sources");
      assertThatThrownBy(() -> of(session, source(FIRST)).linkIfAbsent(null))
          .isInstanceOf(NullPointerException.class).hasMessageContaining("targetKey");
    });
  }

  // ---------------------------------------------------------------- helpers

  private SourceQueries<S, K, T, J> queries() {
    return model().sourceQueries();
  }

  private Restriction<? super T> named(String name) {
    return Restriction.equal(nameAttribute(), name);
  }

  private Restriction<? super T> namedAnyOf(String... names) {
    return Restriction.in(nameAttribute(), List.of(names));
  }

  private Restriction<J> dataIs(int i) {
    return model().dataIs(i);
  }

  /** The keys of the sources that the restriction selects, by one query of the caller. */
  private Set<K> sourcesWhere(Session session, Restriction<S> restriction) {
    return SelectionSpecification.create(model().sourceClass()).restrict(restriction).createQuery(session)
        .getResultList().stream().map(model()::sourceKey).collect(Collectors.toSet());
  }

  private List<K> sources(String... names) {
    return Stream.of(names).map(this::source).toList();
  }

  /** The keys of every source in the database but these. */
  private Set<K> allSourcesBut(Session session, String... names) {
    Set<K> all = new HashSet<>(sourcesWhere(session, Restriction.unrestricted()));
    sources(names).forEach(all::remove);
    return all;
  }

  private String throughEntity(Session session) {
    return session.getMetamodel().entity(model().throughClass()).getName();
  }
}
