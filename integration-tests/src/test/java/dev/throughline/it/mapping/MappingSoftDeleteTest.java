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
 * {@code @SoftDelete} on the through entity ({@link SdShelving}, column {@code deleted}) and on the
 * target ({@link SdBook}, strategy {@code ACTIVE}). Removal marks rows deleted and leaves them in
 * the table; every read ignores marked rows; a soft-deleted target no longer exists.
 *
 * <p>How {@code isLinked} reads here: API.md defines it as "whether at least one through row links
 * this source to that target", and section 3 says reads ignore soft-deleted rows. A row marked
 * deleted links nothing. A live row whose target was soft-deleted does not link "that target"
 * either, because that target no longer exists for any read: {@code findById} is empty, {@code
 * count} leaves it out and {@code link} to it is a {@link NoSuchEntityException}. So {@code
 * isLinked} is false in both cases, consistent with {@code findById(k).isPresent()}.
 */
class MappingSoftDeleteTest extends DatabaseTest {

  private Long fiction;
  private Long poetry;
  private Long attic;
  private Long empty;
  private Long alpha;
  private Long beta;
  private Long gamma;
  private Long delta;
  private Long omega;
  private Long goneRow;

  /**
   * Fiction shelves Alpha twice (notes a1, a2) and Beta; its row to Gamma was removed, so it is
   * marked deleted. Poetry shelves Beta and Gamma. The attic shelves Beta and Omega, and Omega was
   * then removed: its row is live, the book is soft-deleted. The empty shelf has nothing; Delta is
   * on no shelf. In the tables: 8 shelvings (7 live) and 5 books (4 live).
   */
  @BeforeEach
  void shelves() {
    inTransaction(session -> {
      SdShelf f = new SdShelf("Fiction");
      SdShelf p = new SdShelf("Poetry");
      SdShelf at = new SdShelf("Attic");
      SdShelf e = new SdShelf("Empty");
      SdBook a = new SdBook("Alpha");
      SdBook b = new SdBook("Beta");
      SdBook g = new SdBook("Gamma");
      SdBook d = new SdBook("Delta");
      SdBook o = new SdBook("Omega");
      List.of(f, p, at, e, a, b, g, d, o).forEach(session::persist);
      fiction = f.getId();
      poetry = p.getId();
      attic = at.getId();
      empty = e.getId();
      alpha = a.getId();
      beta = b.getId();
      gamma = g.getId();
      delta = d.getId();
      omega = o.getId();
      shelving(session, fiction, alpha, "a1");
      shelving(session, fiction, alpha, "a2");
      shelving(session, fiction, beta, "b");
      SdShelving gone = shelving(session, fiction, gamma, "gone");
      shelving(session, poetry, beta, "pb");
      shelving(session, poetry, gamma, "pg");
      shelving(session, attic, beta, "ab");
      shelving(session, attic, omega, "ao");
      session.flush();
      session.remove(gone);
      session.remove(o);
      goneRow = gone.getId();
    });
  }

  private static SdShelving shelving(Session session, Long shelf, Long book, String note) {
    SdShelving shelving = new SdShelving();
    shelving.sdShelfId = shelf;
    shelving.sdBookId = book;
    shelving.note = note;
    session.persist(shelving);
    return shelving;
  }

  private static List<String> titles(List<SdBook> books) {
    return books.stream().map(SdBook::getTitle).toList();
  }

  private static List<String> notes(List<Linked<SdBook, SdShelving>> rows) {
    return rows.stream().map(row -> row.through().getNote()).toList();
  }

  /** Every row of the table, marked deleted or not. */
  private static long rowsInTable(Session session, String table) {
    return session.createNativeQuery("select count(*) from " + table, Long.class).getSingleResult();
  }

  /** The rows Hibernate sees: those not marked deleted. */
  private static long liveShelvings(Session session) {
    return session.createQuery("select count(j) from SdShelving j", Long.class).getSingleResult();
  }

  /** How many shelvings the table holds, marked deleted or not, and how many of them are live. */
  private static void assertShelvings(Session session, long inTable, long live) {
    assertThat(rowsInTable(session, "sd_shelving")).as("shelvings in the table").isEqualTo(inTable);
    assertThat(liveShelvings(session)).as("live shelvings").isEqualTo(live);
  }

  /** A shelving a write removed: the session neither contains it nor finds its id. */
  private static void assertNoLongerManaged(Session session, SdShelving row, Long id) {
    assertThat(session.contains(row)).isFalse();
    assertThat(session.find(SdShelving.class, id)).isNull();
  }

  private static long liveBooks(Session session) {
    return session.createQuery("select count(b) from SdBook b", Long.class).getSingleResult();
  }

  // ---------------------------------------------------------------- what Hibernate itself does

  /** The model's premises, independent of Throughline: marked rows stay in the tables, Hibernate hides them. */
  @Test
  void hibernateKeepsSoftDeletedRowsInTheTableAndHidesThem() {
    inTransaction(session -> {
      assertShelvings(session, 8, 7);
      assertThat(rowsInTable(session, "sd_book")).isEqualTo(5);
      assertThat(liveBooks(session)).isEqualTo(4);
      assertThat(session.find(SdBook.class, omega)).isNull();
      assertThat(session.find(SdShelving.class, goneRow)).isNull();
      assertThat(session.createQuery("from SdShelving j where j.note = 'gone'", SdShelving.class).getResultList())
          .isEmpty();
    });
  }

  // ---------------------------------------------------------------- reads

  @Test
  void findIgnoresDeletedRowsAndDeletedTargetsInOneStatement() {
    inTransaction(session -> {
      List<SdBook> books = counted(session, s -> SdShelfBooks.of(s, fiction).find());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(titles(books)).containsExactly("Alpha", "Beta");
      assertThat(titles(SdShelfBooks.of(session, poetry).find())).containsExactly("Beta", "Gamma");
      assertThat(titles(SdShelfBooks.of(session, attic).find())).containsExactly("Beta");
      assertThat(SdShelfBooks.of(session, empty).find()).isEmpty();
    });
  }

  @Test
  void findWithRestrictionIgnoresDeletedRowsAndDeletedTargets() {
    inTransaction(session -> {
      List<SdBook> books = counted(session,
          s -> SdShelfBooks.of(s, fiction).find(Restriction.startsWith(SdBook_.title, "G")));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(books).isEmpty();
      assertThat(SdShelfBooks.of(session, attic).find(Restriction.equal(SdBook_.title, "Omega"))).isEmpty();
      assertThat(titles(SdShelfBooks.of(session, attic).find(Restriction.unrestricted()))).containsExactly("Beta");
    });
  }

  @Test
  void findByIdIsEmptyForADeletedRowOrADeletedTarget() {
    inTransaction(session -> {
      Optional<SdBook> found = counted(session, s -> SdShelfBooks.of(s, fiction).findById(beta));
      assertThat(found).hasValueSatisfying(book -> assertThat(book.getTitle()).isEqualTo("Beta"));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(SdShelfBooks.of(session, fiction).findById(gamma)).isEmpty();
      assertThat(SdShelfBooks.of(session, attic).findById(omega)).isEmpty();
      assertThat(SdShelfBooks.of(session, poetry).findById(gamma)).isPresent();
    });
  }

  @Test
  void countCountsOnlyLiveTargetsOfLiveRowsInOneStatement() {
    inTransaction(session -> {
      long count = counted(session, s -> SdShelfBooks.of(s, fiction).count());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(count).isEqualTo(2);
      assertThat(SdShelfBooks.of(session, poetry).count()).isEqualTo(2);
      assertThat(SdShelfBooks.of(session, attic).count()).isEqualTo(1);
    });
  }

  /** See the class comment for why a live row to a soft-deleted target does not count as a link. */
  @Test
  void isLinkedIsFalseForADeletedRowAndForADeletedTarget() {
    inTransaction(session -> {
      boolean linked = counted(session, s -> SdShelfBooks.of(s, fiction).isLinked(alpha));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(linked).isTrue();
      assertThat(SdShelfBooks.of(session, fiction).isLinked(gamma)).as("row marked deleted").isFalse();
      assertThat(SdShelfBooks.of(session, poetry).isLinked(gamma)).isTrue();
      assertThat(SdShelfBooks.of(session, attic).isLinked(omega)).as("target soft-deleted").isFalse();
    });
  }

  @Test
  void findWithThroughReturnsOnlyLiveRowsWithLiveTargetsInOneStatement() {
    inTransaction(session -> {
      List<Linked<SdBook, SdShelving>> rows = counted(session, s -> SdShelfBooks.of(s, fiction).findWithThrough());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(rows).extracting(row -> row.target().getTitle()).containsExactly("Alpha", "Alpha", "Beta");
      assertThat(notes(rows)).containsExactly("a1", "a2", "b");
      assertThat(notes(SdShelfBooks.of(session, attic).findWithThrough())).containsExactly("ab");
    });
  }

  @Test
  void queryListsCountsAndStreamsOnlyLiveTargetsOfLiveRows() {
    inTransaction(session -> {
      RelationQuery<SdBook, SdShelving> fictionBooks = SdShelfBooks.of(session, fiction).query();
      assertThat(titles(fictionBooks.list())).containsExactly("Alpha", "Beta");
      assertThat(titles(fictionBooks.orderBy(Order.desc(SdBook_.title)).list())).containsExactly("Beta", "Alpha");
      assertThat(fictionBooks.count()).isEqualTo(2);
      assertThat(fictionBooks.limit(1).count()).isEqualTo(2);
      assertThat(fictionBooks.exists()).isTrue();
      assertThat(fictionBooks.where(Restriction.equal(SdBook_.title, "Gamma")).exists()).isFalse();
      assertThat(fictionBooks.whereThrough(Restriction.equal(SdShelving_.note, "gone")).list()).isEmpty();
      assertThat(fictionBooks.whereThrough(Restriction.equal(SdShelving_.note, "gone")).count()).isZero();
      assertThat(notes(fictionBooks.withThrough())).containsExactly("a1", "a2", "b");

      RelationQuery<SdBook, SdShelving> atticBooks = SdShelfBooks.of(session, attic).query();
      assertThat(atticBooks.count()).isEqualTo(1);
      assertThat(atticBooks.where(Restriction.equal(SdBook_.title, "Omega")).exists()).isFalse();
      assertThat(notes(atticBooks.withThrough())).containsExactly("ab");
      try (Stream<SdBook> stream = atticBooks.stream()) {
        assertThat(stream.map(SdBook::getTitle).toList()).containsExactly("Beta");
      }
      try (Stream<SdBook> stream = fictionBooks.stream()) {
        assertThat(stream.map(SdBook::getTitle).toList()).containsExactly("Alpha", "Beta");
      }
    });
  }

  // ---------------------------------------------------------------- inclusion

  @Test
  void includeIgnoresDeletedRowsAndDeletedTargetsInOneStatement() {
    inTransaction(session -> {
      List<SdShelf> shelves = session.createQuery("from SdShelf order by id", SdShelf.class).getResultList();
      Map<Long, List<SdBook>> byShelf = counted(session, s -> SdShelfBooks.include(s, shelves));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(titles(byShelf.get(fiction))).containsExactly("Alpha", "Beta");
      assertThat(titles(byShelf.get(poetry))).containsExactly("Beta", "Gamma");
      assertThat(titles(byShelf.get(attic))).containsExactly("Beta");
      assertThat(byShelf.get(empty)).isEmpty();
      assertThat(shelves).extracting(shelf -> titles(shelf.getBooks())).containsExactly(
          List.of("Alpha", "Beta"), List.of("Beta", "Gamma"), List.of("Beta"), List.of());
    });
  }

  /** Descending by title, Gamma (deleted row) would head Fiction and Omega (deleted book) the attic. */
  @Test
  void orderedAndLimitedInclusionIgnoresDeletedRowsAndDeletedTargets() {
    inTransaction(session -> {
      List<SdShelf> shelves = session.createQuery("from SdShelf order by id", SdShelf.class).getResultList();
      counted(session, s -> SdShelfBooks.inclusion().orderBy(Order.desc(SdBook_.title)).limit(1).load(s, shelves));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(shelves).extracting(shelf -> titles(shelf.getBooks())).containsExactly(
          List.of("Beta"), List.of("Gamma"), List.of("Beta"), List.of());
    });
  }

  // ---------------------------------------------------------------- writes to through rows

  @Test
  void unlinkMarksRowsDeletedInOneStatementAndLeavesThemInTheTable() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> SdShelfBooks.of(s, fiction).unlink(alpha));
      assertThat(unlinked).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(sql.count("update")).isEqualTo(1);
      assertThat(SdShelfBooks.of(session, fiction).unlink(alpha)).isZero();
      assertThat(SdShelfBooks.of(session, fiction).unlink(gamma)).as("its only row is already deleted").isZero();
    });
    inTransaction(session -> {
      assertThat(titles(SdShelfBooks.of(session, fiction).find())).containsExactly("Beta");
      assertShelvings(session, 8, 5);
      assertThat(session.find(SdBook.class, alpha)).isNotNull();
    });
  }

  @Test
  void linkAfterUnlinkMakesANewLiveRow() {
    inTransaction(session -> {
      SdShelfBooks books = SdShelfBooks.of(session, fiction);
      assertThat(books.unlink(alpha)).isEqualTo(2);
      assertThat(books.isLinked(alpha)).isFalse();
      SdShelving again = books.link(alpha, row -> row.setNote("again"));
      assertThat(again.getId()).isNotNull();
      assertThat(books.isLinked(alpha)).isTrue();
      assertThat(books.count()).isEqualTo(2);
      SdShelving back = books.link(gamma, row -> row.setNote("back"));
      assertThat(back.getId()).isNotNull();
    });
    inTransaction(session -> {
      List<Linked<SdBook, SdShelving>> rows = SdShelfBooks.of(session, fiction).findWithThrough();
      assertThat(rows).extracting(row -> row.target().getTitle()).containsExactly("Alpha", "Beta", "Gamma");
      assertThat(notes(rows)).containsExactly("again", "b", "back");
      assertShelvings(session, 10, 7);
    });
  }

  @Test
  void linkOfALiveTargetIsOneCheckAndOneInsert() {
    inTransaction(session -> {
      SdShelving row = counted(session, s -> SdShelfBooks.of(s, empty).link(delta));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(2);
      assertThat(row.getSdShelfId()).isEqualTo(empty);
      assertThat(row.getSdBookId()).isEqualTo(delta);
    });
    inTransaction(session -> assertThat(titles(SdShelfBooks.of(session, empty).find())).containsExactly("Delta"));
  }

  @Test
  void linkAllLinksLiveTargetsInOneBatch() {
    inTransaction(session -> {
      List<SdShelving> rows = counted(session, s -> SdShelfBooks.of(s, empty).linkAll(List.of(alpha, gamma, delta)));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(rows).extracting(SdShelving::getSdBookId).containsExactly(alpha, gamma, delta);
    });
    inTransaction(session -> assertThat(titles(SdShelfBooks.of(session, empty).find()))
        .containsExactly("Alpha", "Gamma", "Delta"));
  }

  @Test
  void unlinkAllMarksEveryLiveRowOfTheSourceInOneStatement() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> SdShelfBooks.of(s, fiction).unlinkAll());
      assertThat(unlinked).as("three live rows; the fourth was already deleted").isEqualTo(3);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(SdShelfBooks.of(session, fiction).unlinkAll()).isZero();
    });
    inTransaction(session -> {
      assertThat(SdShelfBooks.of(session, fiction).count()).isZero();
      assertThat(titles(SdShelfBooks.of(session, poetry).find())).containsExactly("Beta", "Gamma");
      assertShelvings(session, 8, 4);
    });
  }

  /**
   * Gamma's only Fiction row is marked deleted, so Gamma is not linked: {@code set} links it with
   * a new row. Alpha's rows are kept as they are, Beta's is marked deleted.
   */
  @Test
  void setKeepsLiveRowsMarksDroppedOnesAndLinksKeysWhoseRowsWereDeleted() {
    List<Long> alphaRows = fromTransaction(session -> SdShelfBooks.of(session, fiction).findWithThrough().stream()
        .filter(row -> row.target().getId().equals(alpha)).map(row -> row.through().getId()).toList());
    inTransaction(session -> {
      countedRun(session, s -> SdShelfBooks.of(s, fiction).set(List.of(alpha, gamma)));
      // current links, existence of the added key, one update marking Beta's row, one insert
      assertThat(sql.count("select")).isEqualTo(2);
      assertThat(sql.count("update")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.count("delete")).isZero();
    });
    inTransaction(session -> {
      List<Linked<SdBook, SdShelving>> rows = SdShelfBooks.of(session, fiction).findWithThrough();
      assertThat(rows).extracting(row -> row.target().getTitle()).containsExactly("Alpha", "Alpha", "Gamma");
      assertThat(rows.subList(0, 2)).extracting(row -> row.through().getId()).containsExactlyElementsOf(alphaRows);
      assertThat(notes(rows)).containsExactly("a1", "a2", null);
      assertShelvings(session, 9, 7);
    });
    inTransaction(session -> {
      SdShelfBooks.of(session, fiction).set(List.of());
      assertThat(SdShelfBooks.of(session, fiction).count()).isZero();
    });
    inTransaction(session -> assertThat(rowsInTable(session, "sd_shelving")).isEqualTo(9));
  }

  // ---------------------------------------------------------------- writes to targets

  @Test
  void createPersistsALiveTargetAndALiveRow() {
    Long epsilon = fromTransaction(session -> {
      SdBook created = counted(session, s -> SdShelfBooks.of(s, empty)
          .create(new SdBook("Epsilon"), row -> row.setNote("new")));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
      return created.getId();
    });
    inTransaction(session -> {
      List<Linked<SdBook, SdShelving>> rows = SdShelfBooks.of(session, empty).findWithThrough();
      assertThat(rows).extracting(row -> row.target().getId()).containsExactly(epsilon);
      assertThat(notes(rows)).containsExactly("new");
      assertThat(session.find(SdBook.class, epsilon).getTitle()).isEqualTo("Epsilon");
    });
  }

  /**
   * Poetry's Beta and Gamma are soft-deleted: still in the table, gone for Hibernate; every live
   * row referencing them, of any shelf, is marked deleted.
   */
  @Test
  void deleteSoftDeletesLinkedTargetsAndMarksEveryRowReferencingThem() {
    inTransaction(session -> {
      int deleted = counted(session, s -> SdShelfBooks.of(s, poetry).delete());
      assertThat(deleted).isEqualTo(2);
      // the linked keys, then one update marking their rows and one marking the targets
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("update")).isEqualTo(2);
      assertThat(sql.count("delete")).isZero();
      assertThat(sql.total()).isEqualTo(3);
    });
    inTransaction(session -> {
      assertThat(session.find(SdBook.class, beta)).isNull();
      assertThat(session.find(SdBook.class, gamma)).isNull();
      assertThat(rowsInTable(session, "sd_book")).isEqualTo(5);
      assertThat(liveBooks(session)).isEqualTo(2);
      assertThat(titles(SdShelfBooks.of(session, fiction).find())).containsExactly("Alpha");
      assertThat(SdShelfBooks.of(session, attic).find()).isEmpty();
      assertThat(SdShelfBooks.of(session, poetry).findWithThrough()).isEmpty();
      assertThat(notes(SdShelfBooks.of(session, fiction).findWithThrough())).containsExactly("a1", "a2");
      // a1, a2 and the attic's row to Omega, which no deleted book references
      assertShelvings(session, 8, 3);
    });
  }

  @Test
  void deleteWithRestrictionSoftDeletesOnlyMatchingLiveTargets() {
    inTransaction(session -> {
      assertThat(SdShelfBooks.of(session, fiction).delete(Restriction.equal(SdBook_.title, "Beta"))).isEqualTo(1);
      assertThat(SdShelfBooks.of(session, fiction).delete(Restriction.equal(SdBook_.title, "Gamma")))
          .as("linked only by a deleted row").isZero();
      assertThat(SdShelfBooks.of(session, attic).delete(Restriction.equal(SdBook_.title, "Omega")))
          .as("already soft-deleted").isZero();
    });
    inTransaction(session -> {
      assertThat(session.find(SdBook.class, beta)).isNull();
      assertThat(titles(SdShelfBooks.of(session, fiction).find())).containsExactly("Alpha");
      assertThat(titles(SdShelfBooks.of(session, poetry).find())).containsExactly("Gamma");
      assertThat(SdShelfBooks.of(session, attic).find()).isEmpty();
      assertThat(rowsInTable(session, "sd_book")).isEqualTo(5);
    });
  }

  /** Omega was soft-deleted: it no longer exists, so linking it is refused and nothing is written. */
  @Test
  void linkingASoftDeletedTargetIsNoSuchEntityAndWritesNothing() {
    inTransaction(session -> {
      SdShelfBooks books = SdShelfBooks.of(session, fiction);
      assertThatThrownBy(() -> books.link(omega))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo("SdBook");
            assertThat(e.key()).isEqualTo(omega);
          });
      assertThatThrownBy(() -> books.link(omega, row -> row.setNote("x")))
          .isInstanceOf(NoSuchEntityException.class);
      assertThatThrownBy(() -> books.linkAll(List.of(delta, omega)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(omega));
      assertThatThrownBy(() -> books.set(List.of(alpha, omega)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(omega));
    });
    inTransaction(session -> {
      assertShelvings(session, 8, 7);
      assertThat(titles(SdShelfBooks.of(session, fiction).find())).containsExactly("Alpha", "Beta");
    });
  }

  /**
   * Fiction's live rows reach Alpha and Beta; Gamma is reached only by a deleted row and Omega is
   * soft-deleted: neither changes.
   */
  @Test
  void patchChangesOnlyLiveTargetsOfLiveRows() {
    inTransaction(session -> {
      int patched = counted(session, s -> SdShelfBooks.of(s, fiction).patch(Patch.set(SdBook_.genre, "novel")));
      assertThat(patched).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(sql.count("update")).isEqualTo(1);
      assertThat(SdShelfBooks.of(session, attic).patch(Patch.set(SdBook_.genre, "lost"))).isEqualTo(1);
      assertThat(SdShelfBooks.of(session, attic).query().patch(Patch.set(SdBook_.genre, "lost"))).isEqualTo(1);
    });
    inTransaction(session -> {
      assertThat(session.find(SdBook.class, alpha).getGenre()).isEqualTo("novel");
      assertThat(session.find(SdBook.class, beta).getGenre()).isEqualTo("lost");
      assertThat(session.find(SdBook.class, gamma).getGenre()).isNull();
      assertThat(session.createNativeQuery("select genre from sd_book where id = :id", String.class)
          .setParameter("id", omega).getSingleResult()).isNull();
    });
  }

  // ---------------------------------------------------------------- the caller's persistence context

  /** Managed instances the patch changed show the new values; one it did not change stays as it was. */
  @Test
  void patchShowsInManagedInstancesItChanged() {
    inTransaction(session -> {
      SdBook a = session.find(SdBook.class, alpha);
      SdBook g = session.find(SdBook.class, gamma);
      List<SdBook> fictionBooks = SdShelfBooks.of(session, fiction).find();
      assertThat(SdShelfBooks.of(session, fiction).patch(Patch.set(SdBook_.genre, "novel"))).isEqualTo(2);
      assertThat(a.getGenre()).isEqualTo("novel");
      assertThat(fictionBooks).extracting(SdBook::getGenre).containsExactly("novel", "novel");
      assertThat(g.getGenre()).isNull();
      assertThat(SdShelfBooks.of(session, fiction).find()).extracting(SdBook::getGenre).containsExactly("novel", "novel");
    });
  }

  @Test
  void unlinkedRowsAreNoLongerManaged() {
    inTransaction(session -> {
      List<Linked<SdBook, SdShelving>> rows = SdShelfBooks.of(session, fiction).findWithThrough();
      SdShelving a1 = rows.get(0).through();
      Long a1Id = a1.getId();
      SdShelving linked = SdShelfBooks.of(session, empty).link(delta);
      session.flush();
      Long linkedId = linked.getId();

      assertThat(SdShelfBooks.of(session, fiction).unlink(alpha)).isEqualTo(2);
      assertNoLongerManaged(session, a1, a1Id);

      assertThat(SdShelfBooks.of(session, empty).unlink(delta)).isEqualTo(1);
      assertNoLongerManaged(session, linked, linkedId);
    });
    inTransaction(session -> {
      assertThat(titles(SdShelfBooks.of(session, fiction).find())).containsExactly("Beta");
      assertThat(SdShelfBooks.of(session, empty).count()).isZero();
      // seven live rows, one linked, three marked deleted
      assertShelvings(session, 9, 5);
    });
  }

  @Test
  void rowsRemovedByUnlinkAllAndSetAreNoLongerManaged() {
    inTransaction(session -> {
      List<SdShelving> fictionRows = SdShelfBooks.of(session, fiction).findWithThrough().stream()
          .map(Linked::through).toList();
      List<SdShelving> poetryRows = SdShelfBooks.of(session, poetry).findWithThrough().stream()
          .map(Linked::through).toList();
      assertThat(SdShelfBooks.of(session, fiction).unlinkAll()).isEqualTo(3);
      assertThat(fictionRows).noneMatch(session::contains);
      assertThat(fictionRows).allSatisfy(row -> assertThat(session.find(SdShelving.class, row.getId())).isNull());

      SdShelfBooks.of(session, poetry).set(List.of(gamma));
      SdShelving poetryBeta = poetryRows.get(0);
      SdShelving poetryGamma = poetryRows.get(1);
      assertThat(poetryBeta.getSdBookId()).isEqualTo(beta);
      assertNoLongerManaged(session, poetryBeta, poetryBeta.getId());
      assertThat(session.contains(poetryGamma)).isTrue();
    });
  }

  @Test
  void deletedTargetsAndTheirRowsAreNoLongerManaged() {
    inTransaction(session -> {
      List<SdBook> poetryBooks = SdShelfBooks.of(session, poetry).find();
      SdShelving fictionBeta = SdShelfBooks.of(session, fiction).findWithThrough().get(2).through();
      assertThat(fictionBeta.getSdBookId()).isEqualTo(beta);
      SdBook a = session.find(SdBook.class, alpha);

      assertThat(SdShelfBooks.of(session, poetry).delete()).isEqualTo(2);
      assertThat(poetryBooks).noneMatch(session::contains);
      assertThat(session.find(SdBook.class, beta)).isNull();
      assertThat(session.find(SdBook.class, gamma)).isNull();
      assertNoLongerManaged(session, fictionBeta, fictionBeta.getId());
      assertThat(session.contains(a)).isTrue();
    });
  }

  @Test
  void sourceRestrictionsCountsAndLinkIfAbsentIgnoreSoftDeletedRowsAndTargets() {
    inTransaction(session -> {
      // Fiction's row to Gamma is marked deleted; the attic's row to Omega is live, Omega is not.
      assertThat(shelves(session, SdShelfBooks.some(Restriction.equal(SdBook_.title, "Gamma")))).containsExactly("Poetry");
      assertThat(shelves(session, SdShelfBooks.some(Restriction.equal(SdBook_.title, "Omega")))).isEmpty();
      assertThat(shelves(session, SdShelfBooks.every(Restriction.equal(SdBook_.title, "Beta"))))
          .containsExactly("Attic", "Empty");
      assertThat(shelves(session, SdShelfBooks.someThrough(Restriction.equal(SdShelving_.note, "gone")))).isEmpty();
      List<SdShelf> all = session.createQuery("from SdShelf order by id", SdShelf.class).getResultList();
      assertThat(SdShelfBooks.counts(session, all).values()).containsExactly(2L, 2L, 1L, 0L);
      SdShelving regained = SdShelfBooks.of(session, fiction).linkIfAbsent(gamma, row -> row.note = "again");
      assertThat(regained.getId()).isNotEqualTo(goneRow);
      assertThat(regained.getNote()).isEqualTo("again");
      assertThatThrownBy(() -> SdShelfBooks.of(session, attic).linkIfAbsent(omega))
          .isInstanceOf(NoSuchEntityException.class);
    });
  }

  private static List<String> shelves(Session session, Restriction<SdShelf> restriction) {
    return org.hibernate.query.specification.SelectionSpecification.create(SdShelf.class).restrict(restriction)
        .sort(Order.asc(SdShelf.class, "name")).createQuery(session).getResultList().stream()
        .map(SdShelf::getName).toList();
  }
}
