package dev.throughline.it.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Linked;
import dev.throughline.NoSuchEntityException;
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
 * {@code @SQLRestriction} on the through entity ({@link RsShelving}: {@code withdrawn = false}) and
 * on the target ({@link RsBook}: {@code active = true}). Restricted rows do not exist for
 * Hibernate ({@code find} is null, queries and bulk statements leave them out), so they do not
 * exist for any read or write of the relation: reads never return them, writes leave them as they
 * are, and linking a restricted target is a {@link NoSuchEntityException}.
 *
 * <p>{@code isLinked} of a restricted target is false, for the reason given in {@link
 * MappingSoftDeleteTest}: the target does not exist for any read, so no row links to it.
 */
class MappingSqlRestrictionTest extends DatabaseTest {

  private Long fiction;
  private Long poetry;
  private Long attic;
  private Long empty;
  private Long alpha;
  private Long beta;
  private Long gamma;
  private Long delta;
  private Long hidden;

  /**
   * Fiction shelves Alpha twice (notes a1, a2), Beta, and Gamma by a withdrawn row. Poetry shelves
   * Beta and Gamma. The attic shelves Beta and Hidden, an inactive book. The empty shelf has
   * nothing; Delta is on no shelf. In the tables: 8 shelvings (7 visible) and 5 books (4 visible).
   */
  @BeforeEach
  void shelves() {
    inTransaction(session -> {
      RsShelf f = new RsShelf("Fiction");
      RsShelf p = new RsShelf("Poetry");
      RsShelf at = new RsShelf("Attic");
      RsShelf e = new RsShelf("Empty");
      RsBook a = new RsBook("Alpha");
      RsBook b = new RsBook("Beta");
      RsBook g = new RsBook("Gamma");
      RsBook d = new RsBook("Delta");
      RsBook h = new RsBook("Hidden");
      h.active = false;
      List.of(f, p, at, e, a, b, g, d, h).forEach(session::persist);
      fiction = f.getId();
      poetry = p.getId();
      attic = at.getId();
      empty = e.getId();
      alpha = a.getId();
      beta = b.getId();
      gamma = g.getId();
      delta = d.getId();
      hidden = h.getId();
      shelving(session, fiction, alpha, "a1", false);
      shelving(session, fiction, alpha, "a2", false);
      shelving(session, fiction, beta, "b", false);
      shelving(session, fiction, gamma, "gone", true);
      shelving(session, poetry, beta, "pb", false);
      shelving(session, poetry, gamma, "pg", false);
      shelving(session, attic, beta, "ab", false);
      shelving(session, attic, hidden, "ah", false);
    });
  }

  private static void shelving(Session session, Long shelf, Long book, String note, boolean withdrawn) {
    RsShelving shelving = new RsShelving();
    shelving.rsShelfId = shelf;
    shelving.rsBookId = book;
    shelving.note = note;
    shelving.withdrawn = withdrawn;
    session.persist(shelving);
  }

  private static List<String> titles(List<RsBook> books) {
    return books.stream().map(RsBook::getTitle).toList();
  }

  private static List<String> notes(List<Linked<RsBook, RsShelving>> rows) {
    return rows.stream().map(row -> row.through().getNote()).toList();
  }

  /** Every row of the table, restricted or not. */
  private static long rowsInTable(Session session, String table) {
    return session.createNativeQuery("select count(*) from " + table, Long.class).getSingleResult();
  }

  /** The rows Hibernate sees. */
  private static long visibleShelvings(Session session) {
    return session.createQuery("select count(j) from RsShelving j", Long.class).getSingleResult();
  }

  private static long visibleBooks(Session session) {
    return session.createQuery("select count(b) from RsBook b", Long.class).getSingleResult();
  }

  // ---------------------------------------------------------------- what Hibernate itself does

  /** The model's premises, independent of Throughline. */
  @Test
  void hibernateNeverSeesRestrictedRows() {
    inTransaction(session -> {
      assertThat(rowsInTable(session, "rs_shelving")).isEqualTo(8);
      assertThat(visibleShelvings(session)).isEqualTo(7);
      assertThat(rowsInTable(session, "rs_book")).isEqualTo(5);
      assertThat(visibleBooks(session)).isEqualTo(4);
      assertThat(session.find(RsBook.class, hidden)).isNull();
      assertThat(session.createQuery("from RsShelving j where j.note = 'gone'", RsShelving.class).getResultList())
          .isEmpty();
    });
  }

  // ---------------------------------------------------------------- reads

  @Test
  void findNeverReturnsRestrictedRowsInOneStatement() {
    inTransaction(session -> {
      List<RsBook> books = counted(session, s -> RsShelfBooks.of(s, fiction).find());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(titles(books)).containsExactly("Alpha", "Beta");
      assertThat(titles(RsShelfBooks.of(session, poetry).find())).containsExactly("Beta", "Gamma");
      assertThat(titles(RsShelfBooks.of(session, attic).find())).containsExactly("Beta");
      assertThat(RsShelfBooks.of(session, empty).find()).isEmpty();
    });
  }

  @Test
  void findWithRestrictionNeverReturnsRestrictedRows() {
    inTransaction(session -> {
      List<RsBook> books = counted(session,
          s -> RsShelfBooks.of(s, fiction).find(Restriction.startsWith(RsBook_.title, "G")));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(books).isEmpty();
      assertThat(RsShelfBooks.of(session, attic).find(Restriction.equal(RsBook_.title, "Hidden"))).isEmpty();
      assertThat(titles(RsShelfBooks.of(session, attic).find(Restriction.unrestricted()))).containsExactly("Beta");
    });
  }

  @Test
  void findByIdIsEmptyForAWithdrawnRowOrAnInactiveTarget() {
    inTransaction(session -> {
      Optional<RsBook> found = counted(session, s -> RsShelfBooks.of(s, fiction).findById(beta));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(found).hasValueSatisfying(book -> assertThat(book.getTitle()).isEqualTo("Beta"));
      assertThat(RsShelfBooks.of(session, fiction).findById(gamma)).isEmpty();
      assertThat(RsShelfBooks.of(session, attic).findById(hidden)).isEmpty();
      assertThat(RsShelfBooks.of(session, poetry).findById(gamma)).isPresent();
    });
  }

  @Test
  void countCountsOnlyVisibleTargetsOfVisibleRowsInOneStatement() {
    inTransaction(session -> {
      long count = counted(session, s -> RsShelfBooks.of(s, fiction).count());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(count).isEqualTo(2);
      assertThat(RsShelfBooks.of(session, poetry).count()).isEqualTo(2);
      assertThat(RsShelfBooks.of(session, attic).count()).isEqualTo(1);
    });
  }

  @Test
  void isLinkedIsFalseForAWithdrawnRowAndForAnInactiveTarget() {
    inTransaction(session -> {
      boolean linked = counted(session, s -> RsShelfBooks.of(s, fiction).isLinked(alpha));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(linked).isTrue();
      assertThat(RsShelfBooks.of(session, fiction).isLinked(gamma)).as("row withdrawn").isFalse();
      assertThat(RsShelfBooks.of(session, poetry).isLinked(gamma)).isTrue();
      assertThat(RsShelfBooks.of(session, attic).isLinked(hidden)).as("target inactive").isFalse();
    });
  }

  @Test
  void findWithThroughReturnsOnlyVisibleRowsWithVisibleTargetsInOneStatement() {
    inTransaction(session -> {
      List<Linked<RsBook, RsShelving>> rows = counted(session, s -> RsShelfBooks.of(s, fiction).findWithThrough());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(rows).extracting(row -> row.target().getTitle()).containsExactly("Alpha", "Alpha", "Beta");
      assertThat(notes(rows)).containsExactly("a1", "a2", "b");
      assertThat(notes(RsShelfBooks.of(session, attic).findWithThrough())).containsExactly("ab");
    });
  }

  @Test
  void queryListsCountsAndStreamsOnlyVisibleTargetsOfVisibleRows() {
    inTransaction(session -> {
      RelationQuery<RsBook, RsShelving> fictionBooks = RsShelfBooks.of(session, fiction).query();
      assertThat(titles(fictionBooks.list())).containsExactly("Alpha", "Beta");
      assertThat(titles(fictionBooks.orderBy(Order.desc(RsBook_.title)).list())).containsExactly("Beta", "Alpha");
      assertThat(fictionBooks.count()).isEqualTo(2);
      assertThat(fictionBooks.limit(1).count()).isEqualTo(2);
      assertThat(fictionBooks.exists()).isTrue();
      assertThat(fictionBooks.where(Restriction.equal(RsBook_.title, "Gamma")).exists()).isFalse();
      assertThat(fictionBooks.whereThrough(Restriction.equal(RsShelving_.note, "gone")).list()).isEmpty();
      assertThat(fictionBooks.whereThrough(Restriction.equal(RsShelving_.note, "gone")).count()).isZero();
      assertThat(notes(fictionBooks.withThrough())).containsExactly("a1", "a2", "b");

      RelationQuery<RsBook, RsShelving> atticBooks = RsShelfBooks.of(session, attic).query();
      assertThat(atticBooks.count()).isEqualTo(1);
      assertThat(atticBooks.where(Restriction.equal(RsBook_.title, "Hidden")).exists()).isFalse();
      assertThat(notes(atticBooks.withThrough())).containsExactly("ab");
      try (Stream<RsBook> stream = atticBooks.stream()) {
        assertThat(stream.map(RsBook::getTitle).toList()).containsExactly("Beta");
      }
      try (Stream<RsBook> stream = fictionBooks.stream()) {
        assertThat(stream.map(RsBook::getTitle).toList()).containsExactly("Alpha", "Beta");
      }
    });
  }

  // ---------------------------------------------------------------- inclusion

  @Test
  void includeNeverReturnsRestrictedRowsInOneStatement() {
    inTransaction(session -> {
      List<RsShelf> shelves = session.createQuery("from RsShelf order by id", RsShelf.class).getResultList();
      Map<Long, List<RsBook>> byShelf = counted(session, s -> RsShelfBooks.include(s, shelves));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(titles(byShelf.get(fiction))).containsExactly("Alpha", "Beta");
      assertThat(titles(byShelf.get(poetry))).containsExactly("Beta", "Gamma");
      assertThat(titles(byShelf.get(attic))).containsExactly("Beta");
      assertThat(byShelf.get(empty)).isEmpty();
      assertThat(shelves).extracting(shelf -> titles(shelf.getBooks())).containsExactly(
          List.of("Alpha", "Beta"), List.of("Beta", "Gamma"), List.of("Beta"), List.of());
    });
  }

  /** Descending by title, Gamma (withdrawn row) would head Fiction and Hidden the attic. */
  @Test
  void orderedAndLimitedInclusionNeverReturnsRestrictedRows() {
    inTransaction(session -> {
      List<RsShelf> shelves = session.createQuery("from RsShelf order by id", RsShelf.class).getResultList();
      counted(session, s -> RsShelfBooks.inclusion().orderBy(Order.desc(RsBook_.title)).limit(1).load(s, shelves));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(shelves).extracting(shelf -> titles(shelf.getBooks())).containsExactly(
          List.of("Beta"), List.of("Gamma"), List.of("Beta"), List.of());
    });
  }

  // ---------------------------------------------------------------- writes to through rows

  @Test
  void unlinkDeletesVisibleRowsInOneStatementAndLeavesWithdrawnOnes() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> RsShelfBooks.of(s, fiction).unlink(alpha));
      assertThat(unlinked).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(RsShelfBooks.of(session, fiction).unlink(alpha)).isZero();
      assertThat(RsShelfBooks.of(session, fiction).unlink(gamma)).as("its only row is withdrawn").isZero();
    });
    inTransaction(session -> {
      assertThat(titles(RsShelfBooks.of(session, fiction).find())).containsExactly("Beta");
      assertThat(rowsInTable(session, "rs_shelving")).isEqualTo(6);
      assertThat(visibleShelvings(session)).isEqualTo(5);
    });
  }

  @Test
  void linkIsOneCheckAndOneInsertAndLinksAgainAKeyWhoseRowIsWithdrawn() {
    inTransaction(session -> {
      RsShelving row = counted(session, s -> RsShelfBooks.of(s, fiction).link(gamma, r -> r.setNote("back")));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(2);
      assertThat(row.getRsShelfId()).isEqualTo(fiction);
      assertThat(row.getRsBookId()).isEqualTo(gamma);
      assertThat(RsShelfBooks.of(session, fiction).isLinked(gamma)).isTrue();
    });
    inTransaction(session -> {
      assertThat(titles(RsShelfBooks.of(session, fiction).find())).containsExactly("Alpha", "Beta", "Gamma");
      assertThat(notes(RsShelfBooks.of(session, fiction).findWithThrough())).containsExactly("a1", "a2", "b", "back");
      assertThat(rowsInTable(session, "rs_shelving")).isEqualTo(9);
    });
  }

  @Test
  void linkAllLinksVisibleTargetsInOneBatch() {
    inTransaction(session -> {
      List<RsShelving> rows = counted(session, s -> RsShelfBooks.of(s, empty).linkAll(List.of(alpha, gamma, delta)));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(rows).extracting(RsShelving::getRsBookId).containsExactly(alpha, gamma, delta);
    });
    inTransaction(session -> assertThat(titles(RsShelfBooks.of(session, empty).find()))
        .containsExactly("Alpha", "Gamma", "Delta"));
  }

  @Test
  void unlinkAllDeletesEveryVisibleRowOfTheSourceInOneStatement() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> RsShelfBooks.of(s, fiction).unlinkAll());
      assertThat(unlinked).as("three visible rows; the fourth is withdrawn").isEqualTo(3);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(RsShelfBooks.of(session, fiction).unlinkAll()).isZero();
    });
    inTransaction(session -> {
      assertThat(RsShelfBooks.of(session, fiction).count()).isZero();
      assertThat(titles(RsShelfBooks.of(session, poetry).find())).containsExactly("Beta", "Gamma");
      assertThat(rowsInTable(session, "rs_shelving")).isEqualTo(5);
      assertThat(visibleShelvings(session)).isEqualTo(4);
    });
  }

  /**
   * Gamma's only Fiction row is withdrawn, so Gamma is not linked: {@code set} links it with a new
   * row and leaves the withdrawn one. Alpha's rows are kept as they are, Beta's is deleted.
   */
  @Test
  void setKeepsVisibleRowsDeletesDroppedOnesAndLeavesWithdrawnOnes() {
    List<Long> alphaRows = fromTransaction(session -> RsShelfBooks.of(session, fiction).findWithThrough().stream()
        .filter(row -> row.target().getId().equals(alpha)).map(row -> row.through().getId()).toList());
    inTransaction(session -> {
      countedRun(session, s -> RsShelfBooks.of(s, fiction).set(List.of(alpha, gamma)));
      assertThat(sql.count("select")).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
    });
    inTransaction(session -> {
      List<Linked<RsBook, RsShelving>> rows = RsShelfBooks.of(session, fiction).findWithThrough();
      assertThat(rows).extracting(row -> row.target().getTitle()).containsExactly("Alpha", "Alpha", "Gamma");
      assertThat(rows.subList(0, 2)).extracting(row -> row.through().getId()).containsExactlyElementsOf(alphaRows);
      assertThat(notes(rows)).containsExactly("a1", "a2", null);
      assertThat(rowsInTable(session, "rs_shelving")).isEqualTo(8);
      assertThat(visibleShelvings(session)).isEqualTo(7);
    });
    inTransaction(session -> {
      RsShelfBooks.of(session, fiction).set(List.of());
      assertThat(RsShelfBooks.of(session, fiction).count()).isZero();
    });
    inTransaction(session -> assertThat(rowsInTable(session, "rs_shelving")).isEqualTo(5));
  }

  // ---------------------------------------------------------------- writes to targets

  @Test
  void createPersistsAVisibleTargetAndRow() {
    Long epsilon = fromTransaction(session -> {
      RsBook created = counted(session, s -> RsShelfBooks.of(s, empty)
          .create(new RsBook("Epsilon"), row -> row.setNote("new")));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
      return created.getId();
    });
    inTransaction(session -> {
      List<Linked<RsBook, RsShelving>> rows = RsShelfBooks.of(session, empty).findWithThrough();
      assertThat(rows).extracting(row -> row.target().getId()).containsExactly(epsilon);
      assertThat(notes(rows)).containsExactly("new");
    });
  }

  @Test
  void deleteRemovesVisibleLinkedTargetsAndEveryVisibleRowReferencingThem() {
    inTransaction(session -> {
      int deleted = counted(session, s -> RsShelfBooks.of(s, poetry).delete());
      assertThat(deleted).isEqualTo(2);
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
    });
    inTransaction(session -> {
      assertThat(session.find(RsBook.class, beta)).isNull();
      assertThat(session.find(RsBook.class, gamma)).isNull();
      assertThat(rowsInTable(session, "rs_book")).as("Alpha, Delta and Hidden").isEqualTo(3);
      assertThat(titles(RsShelfBooks.of(session, fiction).find())).containsExactly("Alpha");
      assertThat(RsShelfBooks.of(session, attic).find()).isEmpty();
      assertThat(RsShelfBooks.of(session, poetry).findWithThrough()).isEmpty();
      // a1, a2 and the attic's row to Hidden
      assertThat(visibleShelvings(session)).isEqualTo(3);
    });
  }

  @Test
  void deleteWithRestrictionRemovesOnlyMatchingVisibleTargets() {
    inTransaction(session -> {
      assertThat(RsShelfBooks.of(session, fiction).delete(Restriction.equal(RsBook_.title, "Beta"))).isEqualTo(1);
      assertThat(RsShelfBooks.of(session, fiction).delete(Restriction.equal(RsBook_.title, "Gamma")))
          .as("linked only by a withdrawn row").isZero();
      assertThat(RsShelfBooks.of(session, attic).delete(Restriction.equal(RsBook_.title, "Hidden")))
          .as("inactive").isZero();
    });
    inTransaction(session -> {
      assertThat(session.find(RsBook.class, beta)).isNull();
      assertThat(titles(RsShelfBooks.of(session, fiction).find())).containsExactly("Alpha");
      assertThat(titles(RsShelfBooks.of(session, poetry).find())).containsExactly("Gamma");
      assertThat(rowsInTable(session, "rs_book")).as("Hidden and Gamma stay").isEqualTo(4);
    });
  }

  /** Hidden is inactive: it does not exist for Hibernate, so linking it is refused and nothing is written. */
  @Test
  void linkingARestrictedTargetIsNoSuchEntityAndWritesNothing() {
    inTransaction(session -> {
      RsShelfBooks books = RsShelfBooks.of(session, fiction);
      assertThatThrownBy(() -> books.link(hidden))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo("RsBook");
            assertThat(e.key()).isEqualTo(hidden);
          });
      assertThatThrownBy(() -> books.link(hidden, row -> row.setNote("x")))
          .isInstanceOf(NoSuchEntityException.class);
      assertThatThrownBy(() -> books.linkAll(List.of(delta, hidden)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(hidden));
      assertThatThrownBy(() -> books.set(List.of(alpha, hidden)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(hidden));
    });
    inTransaction(session -> {
      assertThat(rowsInTable(session, "rs_shelving")).isEqualTo(8);
      assertThat(titles(RsShelfBooks.of(session, fiction).find())).containsExactly("Alpha", "Beta");
    });
  }

  @Test
  void patchChangesOnlyVisibleTargetsOfVisibleRows() {
    inTransaction(session -> {
      int patched = counted(session, s -> RsShelfBooks.of(s, fiction).patch(Patch.set(RsBook_.genre, "novel")));
      assertThat(patched).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(sql.count("update")).isEqualTo(1);
      assertThat(RsShelfBooks.of(session, attic).patch(Patch.set(RsBook_.genre, "lost"))).isEqualTo(1);
    });
    inTransaction(session -> {
      assertThat(session.find(RsBook.class, alpha).getGenre()).isEqualTo("novel");
      assertThat(session.find(RsBook.class, beta).getGenre()).isEqualTo("lost");
      assertThat(session.find(RsBook.class, gamma).getGenre()).isNull();
      assertThat(session.createNativeQuery("select genre from rs_book where id = :id", String.class)
          .setParameter("id", hidden).getSingleResult()).isNull();
    });
  }

  // ---------------------------------------------------------------- the caller's persistence context

  @Test
  void patchShowsInManagedInstancesItChanged() {
    inTransaction(session -> {
      RsBook a = session.find(RsBook.class, alpha);
      RsBook g = session.find(RsBook.class, gamma);
      assertThat(RsShelfBooks.of(session, fiction).patch(Patch.set(RsBook_.genre, "novel"))).isEqualTo(2);
      assertThat(a.getGenre()).isEqualTo("novel");
      assertThat(g.getGenre()).isNull();
      assertThat(RsShelfBooks.of(session, fiction).find()).extracting(RsBook::getGenre).containsExactly("novel", "novel");
    });
  }

  @Test
  void unlinkedRowsAreNoLongerManaged() {
    inTransaction(session -> {
      RsShelving a1 = RsShelfBooks.of(session, fiction).findWithThrough().get(0).through();
      Long a1Id = a1.getId();
      RsShelving linked = RsShelfBooks.of(session, empty).link(delta);
      session.flush();
      Long linkedId = linked.getId();

      assertThat(RsShelfBooks.of(session, fiction).unlink(alpha)).isEqualTo(2);
      assertThat(session.contains(a1)).isFalse();
      assertThat(session.find(RsShelving.class, a1Id)).isNull();

      assertThat(RsShelfBooks.of(session, empty).unlink(delta)).isEqualTo(1);
      assertThat(session.contains(linked)).isFalse();
      assertThat(session.find(RsShelving.class, linkedId)).isNull();
    });
    inTransaction(session -> {
      assertThat(titles(RsShelfBooks.of(session, fiction).find())).containsExactly("Beta");
      assertThat(RsShelfBooks.of(session, empty).count()).isZero();
    });
  }

  @Test
  void deletedTargetsAndTheirRowsAreNoLongerManaged() {
    inTransaction(session -> {
      List<RsBook> poetryBooks = RsShelfBooks.of(session, poetry).find();
      RsShelving fictionBeta = RsShelfBooks.of(session, fiction).findWithThrough().get(2).through();
      assertThat(fictionBeta.getRsBookId()).isEqualTo(beta);
      RsBook a = session.find(RsBook.class, alpha);

      assertThat(RsShelfBooks.of(session, poetry).delete()).isEqualTo(2);
      assertThat(poetryBooks).noneMatch(session::contains);
      assertThat(session.find(RsBook.class, beta)).isNull();
      assertThat(session.find(RsBook.class, gamma)).isNull();
      assertThat(session.contains(fictionBeta)).isFalse();
      assertThat(session.find(RsShelving.class, fictionBeta.getId())).isNull();
      assertThat(session.contains(a)).isTrue();
    });
  }
}
