package dev.throughline.it.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.Linked;
import dev.throughline.Patch;
import dev.throughline.RelationQuery;
import dev.throughline.it.support.DatabaseTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.query.Order;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hibernate {@code @Filter}s with a parameter on the target ({@link FlBook#LANGUAGE}: the books of
 * one language) and on the through entity ({@link FlShelving#BRANCH}: the rows of one branch).
 * Enabled in the session, a filter holds in every read and in inclusion, as it does in
 * Hibernate's own queries; writes, like Hibernate's own bulk statements, touch only the rows the
 * enabled filters show (a tenant never unlinks another tenant's rows). Disabled, everything is
 * visible again.
 *
 * <p>{@code isLinked} of a target the language filter hides is false, for the reason given in
 * {@link MappingSoftDeleteTest}: every read honours the filter, and for reads that target is not
 * there to be linked to.
 */
class MappingFilterTest extends DatabaseTest {

  private Long fiction;
  private Long poetry;
  private Long empty;
  private Long alpha;
  private Long beta;
  private Long gamma;
  private Long delta;

  /**
   * Alpha, Gamma and Delta are English, Beta is German. Fiction shelves Alpha in the north (a1)
   * and in the south (a2), Beta in the north (b) and Gamma in the south (g). Poetry shelves Beta in
   * the south (pb) and Gamma in the north (pg). The empty shelf has nothing; Delta is on no shelf.
   *
   * <pre>
   *              no filter            language en      branch north
   *   Fiction    Alpha Beta Gamma     Alpha Gamma      Alpha Beta
   *   Poetry     Beta Gamma           Gamma            Gamma
   * </pre>
   */
  @BeforeEach
  void shelves() {
    inTransaction(session -> {
      List<Long> shelves = persisted(session, FlShelf::getId,
          List.of(new FlShelf("Fiction"), new FlShelf("Poetry"), new FlShelf("Empty")));
      List<Long> books = persisted(session, FlBook::getId, List.of(
          new FlBook("Alpha", "en"), new FlBook("Beta", "de"), new FlBook("Gamma", "en"), new FlBook("Delta", "en")));
      fiction = shelves.get(0);
      poetry = shelves.get(1);
      empty = shelves.get(2);
      alpha = books.get(0);
      beta = books.get(1);
      gamma = books.get(2);
      delta = books.get(3);
      shelving(session, fiction, alpha, "north", "a1");
      shelving(session, fiction, alpha, "south", "a2");
      shelving(session, fiction, beta, "north", "b");
      shelving(session, fiction, gamma, "south", "g");
      shelving(session, poetry, beta, "south", "pb");
      shelving(session, poetry, gamma, "north", "pg");
    });
  }

  private static void shelving(Session session, Long shelf, Long book, String branch, String note) {
    FlShelving shelving = new FlShelving();
    shelving.flShelfId = shelf;
    shelving.flBookId = book;
    shelving.setBranch(branch);
    shelving.setNote(note);
    session.persist(shelving);
  }

  private static void english(Session session) {
    session.enableFilter(FlBook.LANGUAGE).setParameter("language", "en");
  }

  private static void north(Session session) {
    session.enableFilter(FlShelving.BRANCH).setParameter("branch", "north");
  }

  private static List<String> titles(List<FlBook> books) {
    return books.stream().map(FlBook::getTitle).toList();
  }

  private static List<String> notes(List<Linked<FlBook, FlShelving>> rows) {
    return rows.stream().map(row -> row.through().getNote()).toList();
  }

  private static List<String> allNotes(Session session) {
    return session.createQuery("select j.note from FlShelving j order by j.id", String.class).getResultList();
  }

  private static List<FlShelf> shelves(Session session) {
    return session.createQuery("from FlShelf order by id", FlShelf.class).getResultList();
  }

  // ---------------------------------------------------------------- what Hibernate itself does

  /** The model's premises, independent of Throughline. */
  @Test
  void hibernateQueriesHonourEnabledFiltersOnly() {
    inTransaction(session -> {
      assertThat(session.createQuery("select b.title from FlBook b order by b.id", String.class).getResultList())
          .containsExactly("Alpha", "Beta", "Gamma", "Delta");
      english(session);
      north(session);
      assertThat(session.createQuery("select b.title from FlBook b order by b.id", String.class).getResultList())
          .containsExactly("Alpha", "Gamma", "Delta");
      assertThat(allNotes(session)).containsExactly("a1", "b", "pg");
      session.disableFilter(FlBook.LANGUAGE);
      session.disableFilter(FlShelving.BRANCH);
      assertThat(allNotes(session)).containsExactly("a1", "a2", "b", "g", "pb", "pg");
    });
  }

  // ---------------------------------------------------------------- reads

  @Test
  void withoutFiltersEveryReadSeesEverything() {
    inTransaction(session -> {
      FlShelfBooks books = FlShelfBooks.of(session, fiction);
      assertThat(titles(books.find())).containsExactly("Alpha", "Beta", "Gamma");
      assertThat(titles(books.find(Restriction.equal(FlBook_.language, "de")))).containsExactly("Beta");
      assertThat(books.findById(beta)).isPresent();
      assertThat(books.count()).isEqualTo(3);
      assertThat(books.isLinked(beta)).isTrue();
      assertThat(books.isLinked(gamma)).isTrue();
      assertThat(notes(books.findWithThrough())).containsExactly("a1", "a2", "b", "g");
      assertThat(titles(books.query().list())).containsExactly("Alpha", "Beta", "Gamma");
      assertThat(books.query().count()).isEqualTo(3);
      assertThat(books.query().where(Restriction.equal(FlBook_.language, "de")).exists()).isTrue();
      assertThat(notes(books.query().withThrough())).containsExactly("a1", "a2", "b", "g");
      try (Stream<FlBook> stream = books.query().stream()) {
        assertThat(stream.map(FlBook::getTitle).toList()).containsExactly("Alpha", "Beta", "Gamma");
      }
      List<FlShelf> shelves = shelves(session);
      Map<Long, List<FlBook>> byShelf = FlShelfBooks.include(session, shelves);
      assertThat(titles(byShelf.get(fiction))).containsExactly("Alpha", "Beta", "Gamma");
      assertThat(titles(byShelf.get(poetry))).containsExactly("Beta", "Gamma");
      assertThat(byShelf.get(empty)).isEmpty();
    });
  }

  @Test
  void theTargetFilterHoldsInEveryReadInOneStatementEach() {
    inTransaction(session -> {
      english(session);
      List<FlBook> found = counted(session, s -> FlShelfBooks.of(s, fiction).find());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(titles(found)).containsExactly("Alpha", "Gamma");
      FlShelfBooks books = FlShelfBooks.of(session, fiction);
      assertThat(books.find(Restriction.startsWith(FlBook_.title, "B"))).isEmpty();
      assertThat(titles(books.find(Restriction.startsWith(FlBook_.title, "G")))).containsExactly("Gamma");
      Optional<FlBook> byId = counted(session, s -> FlShelfBooks.of(s, fiction).findById(beta));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(byId).isEmpty();
      assertThat(books.findById(alpha)).isPresent();
      long count = counted(session, s -> FlShelfBooks.of(s, fiction).count());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(count).isEqualTo(2);
      assertThat(books.isLinked(alpha)).isTrue();
      assertThat(notes(books.findWithThrough())).containsExactly("a1", "a2", "g");
      assertThat(titles(FlShelfBooks.of(session, poetry).find())).containsExactly("Gamma");
      assertThat(FlShelfBooks.of(session, poetry).count()).isEqualTo(1);
      assertThat(books.isLinked(beta)).as("Beta is German").isFalse();
    });
  }

  @Test
  void theThroughFilterHoldsInEveryReadInOneStatementEach() {
    inTransaction(session -> {
      north(session);
      List<FlBook> found = counted(session, s -> FlShelfBooks.of(s, fiction).find());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(titles(found)).containsExactly("Alpha", "Beta");
      FlShelfBooks books = FlShelfBooks.of(session, fiction);
      assertThat(books.find(Restriction.startsWith(FlBook_.title, "G"))).isEmpty();
      assertThat(books.findById(gamma)).as("its only row is in the south").isEmpty();
      assertThat(books.findById(beta)).isPresent();
      assertThat(books.count()).isEqualTo(2);
      boolean linked = counted(session, s -> FlShelfBooks.of(s, fiction).isLinked(gamma));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(linked).isFalse();
      assertThat(books.isLinked(alpha)).isTrue();
      List<Linked<FlBook, FlShelving>> rows = counted(session, s -> FlShelfBooks.of(s, fiction).findWithThrough());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(notes(rows)).containsExactly("a1", "b");
      assertThat(titles(FlShelfBooks.of(session, poetry).find())).containsExactly("Gamma");
    });
  }

  @Test
  void bothFiltersHoldTogether() {
    inTransaction(session -> {
      english(session);
      north(session);
      FlShelfBooks books = FlShelfBooks.of(session, fiction);
      assertThat(titles(books.find())).containsExactly("Alpha");
      assertThat(books.count()).isEqualTo(1);
      assertThat(books.isLinked(gamma)).isFalse();
      assertThat(notes(books.findWithThrough())).containsExactly("a1");
      assertThat(titles(FlShelfBooks.of(session, poetry).find())).containsExactly("Gamma");
      assertThat(books.isLinked(beta)).as("Beta is German").isFalse();
    });
  }

  @Test
  void queryHonoursEnabledFilters() {
    inTransaction(session -> {
      english(session);
      RelationQuery<FlBook, FlShelving> english = FlShelfBooks.of(session, fiction).query();
      assertThat(titles(english.list())).containsExactly("Alpha", "Gamma");
      assertThat(titles(english.orderBy(Order.desc(FlBook_.title)).list())).containsExactly("Gamma", "Alpha");
      assertThat(english.count()).isEqualTo(2);
      assertThat(english.limit(1).count()).isEqualTo(2);
      assertThat(english.where(Restriction.equal(FlBook_.language, "de")).exists()).isFalse();
      assertThat(english.where(Restriction.equal(FlBook_.language, "de")).count()).isZero();
      assertThat(notes(english.withThrough())).containsExactly("a1", "a2", "g");
      try (Stream<FlBook> stream = english.stream()) {
        assertThat(stream.map(FlBook::getTitle).toList()).containsExactly("Alpha", "Gamma");
      }
      session.disableFilter(FlBook.LANGUAGE);

      north(session);
      RelationQuery<FlBook, FlShelving> north = FlShelfBooks.of(session, fiction).query();
      assertThat(titles(north.list())).containsExactly("Alpha", "Beta");
      assertThat(north.count()).isEqualTo(2);
      assertThat(north.whereThrough(Restriction.equal(FlShelving_.note, "g")).exists()).isFalse();
      assertThat(north.where(Restriction.equal(FlBook_.title, "Gamma")).exists()).isFalse();
      assertThat(notes(north.withThrough())).containsExactly("a1", "b");
      try (Stream<FlBook> stream = north.stream()) {
        assertThat(stream.map(FlBook::getTitle).toList()).containsExactly("Alpha", "Beta");
      }
    });
  }

  @Test
  void disablingTheFiltersMakesEverythingVisibleAgain() {
    inTransaction(session -> {
      english(session);
      north(session);
      assertThat(FlShelfBooks.of(session, fiction).count()).isEqualTo(1);
      session.disableFilter(FlBook.LANGUAGE);
      assertThat(titles(FlShelfBooks.of(session, fiction).find())).containsExactly("Alpha", "Beta");
      session.disableFilter(FlShelving.BRANCH);
      assertThat(titles(FlShelfBooks.of(session, fiction).find())).containsExactly("Alpha", "Beta", "Gamma");
      assertThat(FlShelfBooks.of(session, fiction).isLinked(beta)).isTrue();
      assertThat(FlShelfBooks.of(session, fiction).findWithThrough()).hasSize(4);
      assertThat(FlShelfBooks.include(session, shelves(session)).get(poetry)).hasSize(2);
    });
  }

  // ---------------------------------------------------------------- inclusion

  @Test
  void includeHonoursEachEnabledFilterInOneStatement() {
    inTransaction(session -> {
      english(session);
      List<FlShelf> shelves = shelves(session);
      Map<Long, List<FlBook>> byShelf = counted(session, s -> FlShelfBooks.include(s, shelves));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(titles(byShelf.get(fiction))).containsExactly("Alpha", "Gamma");
      assertThat(titles(byShelf.get(poetry))).containsExactly("Gamma");
      assertThat(byShelf.get(empty)).isEmpty();
      assertThat(shelves).extracting(shelf -> titles(shelf.getBooks()))
          .containsExactly(List.of("Alpha", "Gamma"), List.of("Gamma"), List.of());

      session.disableFilter(FlBook.LANGUAGE);
      north(session);
      byShelf = counted(session, s -> FlShelfBooks.include(s, shelves));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(titles(byShelf.get(fiction))).containsExactly("Alpha", "Beta");
      assertThat(titles(byShelf.get(poetry))).containsExactly("Gamma");
    });
  }

  /**
   * Unfiltered, Beta heads Poetry by title ascending, and Gamma heads Fiction by title descending:
   * the language filter makes Gamma Poetry's first, the branch filter Beta Fiction's last.
   */
  @Test
  void orderedAndLimitedInclusionHonoursEachEnabledFilter() {
    inTransaction(session -> {
      List<FlShelf> shelves = shelves(session);
      english(session);
      counted(session, s -> FlShelfBooks.inclusion().orderBy(Order.asc(FlBook_.title)).limit(1).load(s, shelves));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(shelves).extracting(shelf -> titles(shelf.getBooks()))
          .containsExactly(List.of("Alpha"), List.of("Gamma"), List.of());

      session.disableFilter(FlBook.LANGUAGE);
      north(session);
      counted(session, s -> FlShelfBooks.inclusion().orderBy(Order.desc(FlBook_.title)).limit(1).load(s, shelves));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(shelves).extracting(shelf -> titles(shelf.getBooks()))
          .containsExactly(List.of("Beta"), List.of("Gamma"), List.of());

      session.disableFilter(FlShelving.BRANCH);
      FlShelfBooks.inclusion().orderBy(Order.desc(FlBook_.title)).limit(1).load(session, shelves);
      assertThat(shelves).extracting(shelf -> titles(shelf.getBooks()))
          .containsExactly(List.of("Gamma"), List.of("Gamma"), List.of());
    });
  }

  // ---------------------------------------------------------------- writes

  @Test
  void unlinkTouchesOnlyRowsTheThroughFilterShowsInOneStatement() {
    inTransaction(session -> {
      north(session);
      int unlinked = counted(session, s -> FlShelfBooks.of(s, fiction).unlink(alpha));
      assertThat(unlinked).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(FlShelfBooks.of(session, fiction).unlink(gamma)).as("its only row is in the south").isZero();
    });
    inTransaction(session -> assertThat(allNotes(session)).containsExactly("a2", "b", "g", "pb", "pg"));
  }

  @Test
  void unlinkAllTouchesOnlyRowsTheThroughFilterShowsInOneStatement() {
    inTransaction(session -> {
      north(session);
      int unlinked = counted(session, s -> FlShelfBooks.of(s, fiction).unlinkAll());
      assertThat(unlinked).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(FlShelfBooks.of(session, fiction).count()).isZero();
    });
    inTransaction(session -> {
      assertThat(allNotes(session)).containsExactly("a2", "g", "pb", "pg");
      assertThat(titles(FlShelfBooks.of(session, fiction).find())).containsExactly("Alpha", "Gamma");
    });
  }

  /** Under the branch filter, Fiction's links are Alpha (a1) and Beta (b); the southern rows stay. */
  @Test
  void setUnderTheThroughFilterRemovesOnlyRowsItShows() {
    inTransaction(session -> {
      north(session);
      countedRun(session, s -> FlShelfBooks.of(s, fiction).set(List.of(alpha)));
      // current links, one delete
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(2);
      assertThat(notes(FlShelfBooks.of(session, fiction).findWithThrough())).containsExactly("a1");
    });
    inTransaction(session -> assertThat(allNotes(session)).containsExactly("a1", "a2", "g", "pb", "pg"));
  }

  @Test
  void setWithoutFiltersSeesEveryRow() {
    inTransaction(session -> FlShelfBooks.of(session, fiction).set(List.of(beta, delta)));
    inTransaction(session -> {
      assertThat(titles(FlShelfBooks.of(session, fiction).find())).containsExactly("Beta", "Delta");
      assertThat(allNotes(session)).containsExactly("b", "pb", "pg", null);
    });
  }

  @Test
  void linkLinkAllAndCreateWorkWithTheFiltersEnabled() {
    Long epsilon = fromTransaction(session -> {
      english(session);
      north(session);
      FlShelving row = counted(session, s -> FlShelfBooks.of(s, empty).link(delta, r -> r.setBranch("north")));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(row.getFlBookId()).isEqualTo(delta);
      List<FlShelving> rows = FlShelfBooks.of(session, empty).linkAll(List.of(alpha, gamma));
      assertThat(rows).extracting(FlShelving::getFlBookId).containsExactly(alpha, gamma);
      rows.forEach(r -> r.setBranch("north"));
      FlBook created = FlShelfBooks.of(session, empty)
          .create(new FlBook("Epsilon", "en"), r -> r.setBranch("north"));
      assertThat(titles(FlShelfBooks.of(session, empty).find())).containsExactly("Alpha", "Gamma", "Delta", "Epsilon");
      return created.getId();
    });
    inTransaction(session -> {
      assertThat(FlShelfBooks.of(session, empty).find()).extracting(FlBook::getId)
          .containsExactly(alpha, gamma, delta, epsilon);
      assertThat(FlShelfBooks.of(session, empty).findWithThrough())
          .allSatisfy(row -> assertThat(row.through().getBranch()).isEqualTo("north"));
    });
  }

  @Test
  void deleteUnderTheTargetFilterDeletesOnlyTargetsItShows() {
    inTransaction(session -> {
      english(session);
      int deleted = counted(session, s -> FlShelfBooks.of(s, fiction).delete());
      assertThat(deleted).isEqualTo(2);
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(2);
    });
    inTransaction(session -> {
      assertThat(session.find(FlBook.class, alpha)).isNull();
      assertThat(session.find(FlBook.class, gamma)).isNull();
      assertThat(titles(FlShelfBooks.of(session, fiction).find())).containsExactly("Beta");
      assertThat(titles(FlShelfBooks.of(session, poetry).find())).containsExactly("Beta");
      assertThat(allNotes(session)).containsExactly("b", "pb");
    });
  }

  @Test
  void deleteWithRestrictionUnderTheTargetFilterDeletesOnlyTargetsItShows() {
    inTransaction(session -> {
      english(session);
      FlShelfBooks books = FlShelfBooks.of(session, fiction);
      assertThat(books.delete(Restriction.equal(FlBook_.title, "Beta"))).as("Beta is German").isZero();
      assertThat(books.delete(Restriction.equal(FlBook_.title, "Gamma"))).isEqualTo(1);
    });
    inTransaction(session -> {
      assertThat(titles(FlShelfBooks.of(session, fiction).find())).containsExactly("Alpha", "Beta");
      assertThat(titles(FlShelfBooks.of(session, poetry).find())).containsExactly("Beta");
    });
  }

  @Test
  void patchChangesOnlyTargetsTheFiltersShow() {
    inTransaction(session -> {
      english(session);
      int patched = counted(session, s -> FlShelfBooks.of(s, fiction).patch(Patch.set(FlBook_.genre, "novel")));
      assertThat(patched).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(1);
      session.disableFilter(FlBook.LANGUAGE);
      north(session);
      assertThat(FlShelfBooks.of(session, poetry).patch(Patch.set(FlBook_.genre, "verse"))).isEqualTo(1);
    });
    inTransaction(session -> {
      assertThat(session.find(FlBook.class, alpha).getGenre()).isEqualTo("novel");
      assertThat(session.find(FlBook.class, beta).getGenre()).isNull();
      assertThat(session.find(FlBook.class, gamma).getGenre()).isEqualTo("verse");
    });
  }

  // ---------------------------------------------------------------- the caller's persistence context

  /** Rows the filter hid were not removed: they stay managed. */
  @Test
  void rowsUnlinkedUnderTheFilterAreNoLongerManagedAndHiddenOnesStay() {
    inTransaction(session -> {
      List<FlShelving> rows = FlShelfBooks.of(session, fiction).findWithThrough().stream().map(Linked::through).toList();
      assertThat(rows).extracting(FlShelving::getNote).containsExactly("a1", "a2", "b", "g");
      north(session);
      assertThat(FlShelfBooks.of(session, fiction).unlink(alpha)).isEqualTo(1);
      assertThat(session.contains(rows.get(0))).isFalse();
      assertThat(session.find(FlShelving.class, rows.get(0).getId())).isNull();
      assertThat(session.contains(rows.get(1))).isTrue();

      assertThat(FlShelfBooks.of(session, fiction).unlinkAll()).isEqualTo(1);
      assertThat(session.contains(rows.get(2))).isFalse();
      assertThat(session.find(FlShelving.class, rows.get(2).getId())).isNull();
      assertThat(session.contains(rows.get(1))).isTrue();
      assertThat(session.contains(rows.get(3))).isTrue();

      FlShelving linked = FlShelfBooks.of(session, empty).link(delta, r -> r.setBranch("north"));
      assertThat(FlShelfBooks.of(session, empty).unlink(delta)).isEqualTo(1);
      assertThat(session.contains(linked)).isFalse();
    });
    inTransaction(session -> assertThat(allNotes(session)).containsExactly("a2", "g", "pb", "pg"));
  }

  @Test
  void targetsDeletedUnderTheFilterAreNoLongerManagedAndHiddenOnesStay() {
    inTransaction(session -> {
      List<FlBook> books = FlShelfBooks.of(session, fiction).find();
      assertThat(titles(books)).containsExactly("Alpha", "Beta", "Gamma");
      english(session);
      assertThat(FlShelfBooks.of(session, fiction).delete()).isEqualTo(2);
      assertThat(session.contains(books.get(0))).isFalse();
      assertThat(session.find(FlBook.class, alpha)).isNull();
      assertThat(session.contains(books.get(2))).isFalse();
      assertThat(session.contains(books.get(1))).isTrue();
    });
  }

  @Test
  void patchShowsInManagedInstancesItChangedOnly() {
    inTransaction(session -> {
      List<FlBook> books = FlShelfBooks.of(session, fiction).find();
      english(session);
      assertThat(FlShelfBooks.of(session, fiction).patch(Patch.set(FlBook_.genre, "novel"))).isEqualTo(2);
      assertThat(books).extracting(FlBook::getGenre).containsExactly("novel", null, "novel");
    });
  }
}
