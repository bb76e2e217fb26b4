package dev.throughline.it.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Linked;
import dev.throughline.Patch;
import dev.throughline.RelationQuery;
import dev.throughline.it.support.DatabaseTest;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.StaleObjectStateException;
import org.hibernate.Transaction;
import org.hibernate.query.Order;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code @Version} on the through entity ({@link VrShelving}, an {@code Integer}) and on the
 * target ({@link VrBook}, a {@code Long}). Every write works with versioned rows and leaves the
 * versions of rows it keeps alone; {@code patch} increments the version of every target it changes,
 * in the database and in managed instances, so that a stale copy merged later fails with an
 * optimistic-lock exception instead of overwriting the patch (API.md section 3).
 */
class MappingVersionTest extends DatabaseTest {

  private Long fiction;
  private Long poetry;
  private Long empty;
  private Long alpha;
  private Long beta;
  private Long gamma;
  private Long delta;

  /** Fiction shelves Alpha twice (a1, a2) and Beta (b); Poetry Beta (pb) and Gamma (pg); Delta is on no shelf. */
  @BeforeEach
  void shelves() {
    inTransaction(session -> {
      VrShelf f = new VrShelf("Fiction");
      VrShelf p = new VrShelf("Poetry");
      VrShelf e = new VrShelf("Empty");
      VrBook a = new VrBook("Alpha");
      VrBook b = new VrBook("Beta");
      VrBook g = new VrBook("Gamma");
      VrBook d = new VrBook("Delta");
      List.of(f, p, e, a, b, g, d).forEach(session::persist);
      fiction = f.getId();
      poetry = p.getId();
      empty = e.getId();
      alpha = a.getId();
      beta = b.getId();
      gamma = g.getId();
      delta = d.getId();
      shelving(session, fiction, alpha, "a1");
      shelving(session, fiction, alpha, "a2");
      shelving(session, fiction, beta, "b");
      shelving(session, poetry, beta, "pb");
      shelving(session, poetry, gamma, "pg");
    });
  }

  private static void shelving(Session session, Long shelf, Long book, String note) {
    VrShelving shelving = new VrShelving();
    shelving.vrShelfId = shelf;
    shelving.vrBookId = book;
    shelving.note = note;
    session.persist(shelving);
  }

  private static List<String> titles(List<VrBook> books) {
    return books.stream().map(VrBook::getTitle).toList();
  }

  private static List<String> notes(List<Linked<VrBook, VrShelving>> rows) {
    return rows.stream().map(row -> row.through().getNote()).toList();
  }

  /** Note and version of every shelving, by id. */
  private static List<List<Object>> shelvings(Session session) {
    return session.createQuery("select j.note, j.version from VrShelving j order by j.id", Object[].class)
        .getResultList().stream().map(java.util.Arrays::asList).toList();
  }

  /** The book as the database has it, read in a session of its own. */
  private VrBook stored(Long id) {
    return fromTransaction(session -> session.find(VrBook.class, id));
  }

  // ---------------------------------------------------------------- reads

  @Test
  void everyReadWorksOnVersionedRows() {
    inTransaction(session -> {
      VrShelfBooks books = VrShelfBooks.of(session, fiction);
      assertThat(titles(books.find())).containsExactly("Alpha", "Beta");
      assertThat(titles(books.find(Restriction.equal(VrBook_.title, "Beta")))).containsExactly("Beta");
      Optional<VrBook> found = books.findById(alpha);
      assertThat(found).hasValueSatisfying(book -> assertThat(book.getVersion()).isZero());
      assertThat(books.findById(gamma)).isEmpty();
      assertThat(books.count()).isEqualTo(2);
      assertThat(books.isLinked(alpha)).isTrue();
      assertThat(books.isLinked(gamma)).isFalse();
      List<Linked<VrBook, VrShelving>> rows = books.findWithThrough();
      assertThat(notes(rows)).containsExactly("a1", "a2", "b");
      assertThat(rows).allSatisfy(row -> {
        assertThat(row.through().getVersion()).isZero();
        assertThat(row.target().getVersion()).isZero();
      });
      RelationQuery<VrBook, VrShelving> query = books.query();
      assertThat(titles(query.orderBy(Order.desc(VrBook_.title)).list())).containsExactly("Beta", "Alpha");
      assertThat(query.limit(1).count()).isEqualTo(2);
      assertThat(query.whereThrough(Restriction.equal(VrShelving_.note, "b")).exists()).isTrue();
      assertThat(notes(query.withThrough())).containsExactly("a1", "a2", "b");
      try (Stream<VrBook> stream = VrShelfBooks.of(session, poetry).query().stream()) {
        assertThat(stream.map(VrBook::getTitle).toList()).containsExactly("Beta", "Gamma");
      }
    });
  }

  @Test
  void inclusionWorksOnVersionedRows() {
    inTransaction(session -> {
      List<VrShelf> shelves = session.createQuery("from VrShelf order by id", VrShelf.class).getResultList();
      Map<Long, List<VrBook>> byShelf = counted(session, s -> VrShelfBooks.include(s, shelves));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(titles(byShelf.get(fiction))).containsExactly("Alpha", "Beta");
      assertThat(titles(byShelf.get(poetry))).containsExactly("Beta", "Gamma");
      assertThat(byShelf.get(empty)).isEmpty();
      counted(session, s -> VrShelfBooks.inclusion().orderBy(Order.desc(VrBook_.title)).limit(1).load(s, shelves));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(shelves).extracting(shelf -> titles(shelf.getBooks()))
          .containsExactly(List.of("Beta"), List.of("Gamma"), List.of());
    });
  }

  // ---------------------------------------------------------------- writes to through rows

  @Test
  void linkPersistsARowWithItsInitialVersionInOneCheckAndOneInsert() {
    inTransaction(session -> {
      VrShelving row = counted(session, s -> VrShelfBooks.of(s, empty).link(delta, r -> r.setNote("d")));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(2);
      assertThat(row.getVersion()).isZero();
      assertThat(row.getVrBookId()).isEqualTo(delta);
    });
    inTransaction(session -> assertThat(shelvings(session)).last().isEqualTo(List.of("d", 0)));
  }

  @Test
  void linkAllPersistsVersionedRowsInOneBatch() {
    inTransaction(session -> {
      List<VrShelving> rows = counted(session, s -> VrShelfBooks.of(s, empty).linkAll(List.of(alpha, gamma, delta)));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(rows).extracting(VrShelving::getVrBookId).containsExactly(alpha, gamma, delta);
      assertThat(rows).extracting(VrShelving::getVersion).containsOnly(0);
    });
    inTransaction(session -> assertThat(titles(VrShelfBooks.of(session, empty).find()))
        .containsExactly("Alpha", "Gamma", "Delta"));
  }

  @Test
  void createPersistsAVersionedTargetAndRow() {
    Long epsilon = fromTransaction(session -> {
      VrBook created = counted(session, s -> VrShelfBooks.of(s, empty).create(new VrBook("Epsilon"), r -> r.setNote("e")));
      assertThat(sql.count("insert")).isEqualTo(2);
      assertThat(created.getVersion()).isZero();
      return created.getId();
    });
    inTransaction(session -> {
      List<Linked<VrBook, VrShelving>> rows = VrShelfBooks.of(session, empty).findWithThrough();
      assertThat(rows).singleElement().satisfies(row -> {
        assertThat(row.target().getId()).isEqualTo(epsilon);
        assertThat(row.target().getVersion()).isZero();
        assertThat(row.through().getNote()).isEqualTo("e");
        assertThat(row.through().getVersion()).isZero();
      });
    });
  }

  /** Alpha's rows are kept as they are, version included: {@code set} updates nothing. */
  @Test
  void setKeepsRowsAndTheirVersionsLinksMissingKeysAndUnlinksTheRest() {
    inTransaction(session -> {
      countedRun(session, s -> VrShelfBooks.of(s, fiction).set(List.of(alpha, gamma)));
      assertThat(sql.count("select")).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.count("update")).isZero();
    });
    inTransaction(session -> {
      assertThat(titles(VrShelfBooks.of(session, fiction).find())).containsExactly("Alpha", "Gamma");
      assertThat(shelvings(session)).containsExactly(
          List.of("a1", 0), List.of("a2", 0), List.of("pb", 0), List.of("pg", 0), java.util.Arrays.asList(null, 0));
    });
  }

  @Test
  void unlinkAndUnlinkAllDeleteVersionedRowsInOneStatementEach() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> VrShelfBooks.of(s, fiction).unlink(alpha));
      assertThat(unlinked).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
      int all = counted(session, s -> VrShelfBooks.of(s, poetry).unlinkAll());
      assertThat(all).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(1);
    });
    inTransaction(session -> assertThat(shelvings(session)).containsExactly(List.of("b", 0)));
  }

  /** Whatever the flush mode, link then unlink of one pair returns 1, leaves no row and commits. */
  @ParameterizedTest(name = "flush mode {0}")
  @EnumSource(value = FlushModeType.class, names = {"AUTO", "COMMIT"})
  void linkThenUnlinkOfAVersionedRowLeavesNoRow(FlushModeType flushMode) {
    inTransaction(session -> {
      session.setFlushMode(flushMode);
      VrShelving row = VrShelfBooks.of(session, empty).link(delta);
      assertThat(VrShelfBooks.of(session, empty).unlink(delta)).isEqualTo(1);
      assertThat(session.contains(row)).isFalse();
      assertThat(VrShelfBooks.of(session, empty).isLinked(delta)).isFalse();
    });
    inTransaction(session -> assertThat(VrShelfBooks.of(session, empty).findWithThrough()).isEmpty());
  }

  /**
   * The session holds Alpha's rows with a change it has not flushed (flush mode COMMIT). Unlinking
   * them removes them from the session with that change: the commit neither updates a deleted row
   * nor fails on its version.
   */
  @Test
  void unlinkOfRowsWithUnflushedChangesCommitsUnderCommitFlushMode() {
    inTransaction(session -> {
      session.setFlushMode(FlushModeType.COMMIT);
      List<VrShelving> rows = VrShelfBooks.of(session, fiction).findWithThrough().stream()
          .map(Linked::through).toList();
      rows.forEach(row -> row.setNote(row.getNote() + " changed"));
      assertThat(VrShelfBooks.of(session, fiction).unlink(alpha)).isEqualTo(2);
      assertThat(session.contains(rows.get(0))).isFalse();
      assertThat(session.contains(rows.get(1))).isFalse();
      assertThat(session.contains(rows.get(2))).isTrue();
    });
    inTransaction(session -> assertThat(shelvings(session)).containsExactly(
        List.of("b changed", 1), List.of("pb", 0), List.of("pg", 0)));
  }

  // ---------------------------------------------------------------- writes to targets

  @Test
  void deleteAndDeleteWithRestrictionRemoveVersionedTargets() {
    inTransaction(session -> {
      assertThat(VrShelfBooks.of(session, poetry).delete(Restriction.equal(VrBook_.title, "Gamma"))).isEqualTo(1);
      int deleted = counted(session, s -> VrShelfBooks.of(s, fiction).delete());
      assertThat(deleted).isEqualTo(2);
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(2);
    });
    inTransaction(session -> {
      assertThat(session.find(VrBook.class, alpha)).isNull();
      assertThat(session.find(VrBook.class, gamma)).isNull();
      assertThat(session.find(VrBook.class, delta)).isNotNull();
      assertThat(shelvings(session)).isEmpty();
    });
  }

  /** With nothing of the relation in the session: one bulk update, which increments the versions. */
  @Test
  void patchIsOneUpdateThatIncrementsTheVersionInTheDatabase() {
    inTransaction(session -> {
      int patched = counted(session, s -> VrShelfBooks.of(s, fiction).patch(Patch.set(VrBook_.genre, "classic")));
      assertThat(patched).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(sql.count("update")).isEqualTo(1);
    });
    assertThat(stored(alpha)).extracting(VrBook::getGenre, VrBook::getVersion).containsExactly("classic", 1L);
    assertThat(stored(beta)).extracting(VrBook::getGenre, VrBook::getVersion).containsExactly("classic", 1L);
    assertThat(stored(gamma)).extracting(VrBook::getGenre, VrBook::getVersion).containsExactly(null, 0L);

    inTransaction(session -> assertThat(VrShelfBooks.of(session, poetry).query()
        .where(Restriction.equal(VrBook_.title, "Gamma")).patch(Patch.set(VrBook_.genre, "verse"))).isEqualTo(1));
    assertThat(stored(gamma)).extracting(VrBook::getGenre, VrBook::getVersion).containsExactly("verse", 1L);
    assertThat(stored(beta).getVersion()).isEqualTo(1L);
  }

  /**
   * A managed Alpha shows the patched genre and the incremented version, so changing it afterwards
   * flushes cleanly on top of the patch.
   */
  @Test
  void patchShowsInManagedInstancesWithTheirNewVersion() {
    inTransaction(session -> {
      VrBook a = session.find(VrBook.class, alpha);
      VrBook g = session.find(VrBook.class, gamma);
      assertThat(VrShelfBooks.of(session, fiction).patch(Patch.set(VrBook_.genre, "classic"))).isEqualTo(2);
      assertThat(a.getGenre()).isEqualTo("classic");
      assertThat(a.getVersion()).isEqualTo(1L);
      assertThat(g.getVersion()).isZero();
      a.setTitle("Alpha II");
      session.flush();
      assertThat(a.getVersion()).isEqualTo(2L);
    });
    assertThat(stored(alpha)).extracting(VrBook::getTitle, VrBook::getGenre, VrBook::getVersion)
        .containsExactly("Alpha II", "classic", 2L);
  }

  /** A copy of Alpha read before the patch, changed and merged after it, must not overwrite the patch. */
  @Test
  void aStaleCopyMergedAfterThePatchFailsWithAnOptimisticLockException() {
    VrBook stale = stored(alpha);
    assertThat(stale.getVersion()).isZero();
    inTransaction(session -> VrShelfBooks.of(session, fiction).patch(Patch.set(VrBook_.genre, "classic")));

    try (Session session = factory.openSession()) {
      Transaction transaction = session.beginTransaction();
      try {
        stale.setTitle("Stale");
        assertThatThrownBy(() -> {
          session.merge(stale);
          session.flush();
        }).isInstanceOfAny(OptimisticLockException.class, StaleObjectStateException.class);
      } finally {
        if (transaction.isActive()) {
          transaction.rollback();
        }
      }
    }
    assertThat(stored(alpha)).extracting(VrBook::getTitle, VrBook::getGenre, VrBook::getVersion)
        .containsExactly("Alpha", "classic", 1L);
  }

  // ---------------------------------------------------------------- the caller's persistence context

  @Test
  void unlinkedAndDeletedVersionedRowsAreNoLongerManaged() {
    inTransaction(session -> {
      List<Linked<VrBook, VrShelving>> rows = VrShelfBooks.of(session, fiction).findWithThrough();
      VrShelving a1 = rows.get(0).through();
      VrShelving b = rows.get(2).through();
      VrBook betaBook = rows.get(2).target();
      VrShelving linked = VrShelfBooks.of(session, empty).link(delta);

      assertThat(VrShelfBooks.of(session, fiction).unlink(alpha)).isEqualTo(2);
      assertThat(session.contains(a1)).isFalse();
      assertThat(session.find(VrShelving.class, a1.getId())).isNull();

      assertThat(VrShelfBooks.of(session, empty).unlink(delta)).isEqualTo(1);
      assertThat(session.contains(linked)).isFalse();
      assertThat(session.find(VrShelving.class, linked.getId())).isNull();

      assertThat(VrShelfBooks.of(session, poetry).delete(Restriction.equal(VrBook_.title, "Beta"))).isEqualTo(1);
      assertThat(session.contains(betaBook)).isFalse();
      assertThat(session.find(VrBook.class, beta)).isNull();
      assertThat(session.contains(b)).isFalse();
      assertThat(session.find(VrShelving.class, b.getId())).isNull();
    });
    inTransaction(session -> assertThat(shelvings(session)).containsExactly(List.of("pg", 0)));
  }
}
