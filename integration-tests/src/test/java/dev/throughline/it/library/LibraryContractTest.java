package dev.throughline.it.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Linked;
import dev.throughline.NoSuchEntityException;
import dev.throughline.it.support.DatabaseTest;
import jakarta.persistence.TransactionRequiredException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API.md contract on a JPA-style join entity: {@code Authorship} references {@code Author}
 * through a LAZY {@code @ManyToOne} and {@code Book} through an EAGER one (the default), and has a
 * {@code role} of its own. Through keys are inferred from those two associations. Every member,
 * with the through rows' associations checked against the entities they should point at.
 */
class LibraryContractTest extends DatabaseTest {

  private Long ann;
  private Long ben;
  private Long cy;
  private Long dune;
  private Long emma;
  private Long faust;
  private Long ghosts;

  /** Ann wrote Dune and Emma, and edited Emma; Ben translated Emma and wrote Faust; Cy nothing; Ghosts has no author. */
  @BeforeEach
  void library() {
    inTransaction(session -> {
      Author a = new Author("Ann");
      Author b = new Author("Ben");
      Author c = new Author("Cy");
      Book d = new Book("Dune");
      Book e = new Book("Emma");
      Book f = new Book("Faust");
      Book g = new Book("Ghosts");
      List.of(a, b, c, d, e, f, g).forEach(session::persist);
      ann = a.getId();
      ben = b.getId();
      cy = c.getId();
      dune = d.getId();
      emma = e.getId();
      faust = f.getId();
      ghosts = g.getId();
      authorship(session, a, d, "author");
      authorship(session, a, e, "author");
      authorship(session, a, e, "editor");
      authorship(session, b, e, "translator");
      authorship(session, b, f, "author");
    });
  }

  private static void authorship(Session session, Author author, Book book, String role) {
    Authorship authorship = new Authorship();
    authorship.author = author;
    authorship.book = book;
    authorship.role = role;
    session.persist(authorship);
  }

  private static List<String> titles(List<Book> books) {
    return books.stream().map(Book::getTitle).toList();
  }

  private static long authorshipCount(Session session) {
    return session.createQuery("select count(a) from Authorship a", Long.class).getSingleResult();
  }

  /** Author id, book id and role of every Authorship row, ordered by its id. */
  private static List<List<Object>> authorshipRows(Session session) {
    return session.createQuery("select a.author.id, a.book.id, a.role from Authorship a order by a.id", Object[].class)
        .getResultList().stream().map(java.util.Arrays::asList).toList();
  }

  // ---------------------------------------------------------------- reads

  @Test
  void findReturnsEachLinkedBookOnceByIdInOneStatement() {
    inTransaction(session -> {
      List<Book> books = counted(session, s -> AuthorBooks.of(s, ann).find());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(titles(books)).containsExactly("Dune", "Emma");
      assertThat(titles(AuthorBooks.of(session, ben).find())).containsExactly("Emma", "Faust");
      assertThat(AuthorBooks.of(session, cy).find()).isEmpty();
      assertThat(AuthorBooks.of(session, -1L).find()).isEmpty();
    });
  }

  @Test
  void accessorOfAnInstanceAndOfAKeyAgree() {
    inTransaction(session -> {
      Author a = session.find(Author.class, ben);
      assertThat(AuthorBooks.of(session, a).find()).containsExactlyElementsOf(AuthorBooks.of(session, ben).find());
      assertThat(AuthorBooks.of(session, a).count()).isEqualTo(2);
    });
  }

  @Test
  void findWithRestrictionInOneStatement() {
    inTransaction(session -> {
      List<Book> books = counted(session, s -> AuthorBooks.of(s, ann).find(Restriction.contains(Book_.title, "m")));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(titles(books)).containsExactly("Emma");
      assertThat(AuthorBooks.of(session, ann).find(Restriction.equal(Book_.title, "Faust"))).isEmpty();
      assertThat(titles(AuthorBooks.of(session, ben).find(Restriction.unrestricted()))).containsExactly("Emma", "Faust");
    });
  }

  @Test
  void findByIdCountAndIsLinkedInOneStatementEach() {
    inTransaction(session -> {
      Optional<Book> found = counted(session, s -> AuthorBooks.of(s, ann).findById(emma));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(found).hasValueSatisfying(book -> assertThat(book.getTitle()).isEqualTo("Emma"));
      assertThat(AuthorBooks.of(session, ann).findById(faust)).isEmpty();
      assertThat(AuthorBooks.of(session, ann).findById(ghosts)).isEmpty();
      assertThat(AuthorBooks.of(session, ann).findById(-1L)).isEmpty();

      long count = counted(session, s -> AuthorBooks.of(s, ann).count());
      assertThat(sql.total()).isEqualTo(1);
      // three rows, two books
      assertThat(count).isEqualTo(2);
      assertThat(AuthorBooks.of(session, cy).count()).isZero();

      boolean linked = counted(session, s -> AuthorBooks.of(s, ben).isLinked(faust));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(linked).isTrue();
      assertThat(AuthorBooks.of(session, ben).isLinked(dune)).isFalse();
      assertThat(AuthorBooks.of(session, cy).isLinked(ghosts)).isFalse();
    });
  }

  /**
   * In a fresh persistence context: the targets and through rows come in one statement; the
   * EAGER {@code book} of each row is the target of the same row, resolved without a statement,
   * and the LAZY {@code author} is an uninitialized reference to the source.
   */
  @Test
  void findWithThroughInAFreshSessionIsOneStatementWithRowsPointingAtTheirEntities() {
    inTransaction(session -> {
      List<Linked<Book, Authorship>> rows = counted(session, s -> AuthorBooks.of(s, ann).findWithThrough());
      assertThat(sql.total()).as("statements:%n%s", sql).isEqualTo(1);
      assertThat(rows).extracting(row -> row.target().getTitle()).containsExactly("Dune", "Emma", "Emma");
      assertThat(rows).extracting(row -> row.through().getRole()).containsExactly("author", "author", "editor");
      assertThat(rows).allSatisfy(row -> {
        assertThat(Hibernate.isInitialized(row.through().getBook())).isTrue();
        assertThat(row.through().getBook()).isSameAs(row.target());
        assertThat(Hibernate.isInitialized(row.through().getAuthor())).isFalse();
        assertThat(session.getIdentifier(row.through().getAuthor())).isEqualTo(ann);
      });
      // none of the checks above ran SQL
      assertThat(sql.total()).isEqualTo(1);
      assertThat(rows.get(1).through()).isNotSameAs(rows.get(2).through());
      assertThat(rows.get(1).target()).isSameAs(rows.get(2).target());

      List<Linked<Book, Authorship>> ofBen = counted(session, s -> AuthorBooks.of(s, ben).findWithThrough());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(ofBen).extracting(row -> row.target().getTitle()).containsExactly("Emma", "Faust");
      assertThat(ofBen).extracting(row -> row.through().getRole()).containsExactly("translator", "author");
      assertThat(AuthorBooks.of(session, cy).findWithThrough()).isEmpty();
    });
  }

  @Test
  void findWithThroughWithTheAuthorAndBooksAlreadyLoaded() {
    inTransaction(session -> {
      Author a = session.find(Author.class, ann);
      List<Book> books = AuthorBooks.of(session, a).find();
      List<Linked<Book, Authorship>> rows = counted(session, s -> AuthorBooks.of(s, a).findWithThrough());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(rows).allSatisfy(row -> {
        assertThat(row.through().getAuthor()).isSameAs(a);
        assertThat(books).contains(row.target());
        assertThat(row.through().getBook()).isSameAs(row.target());
      });
    });
  }

  // ---------------------------------------------------------------- writes

  @Test
  void createPersistsTheBookAndARowReferencingItAndTheAuthor() {
    Long hamlet = fromTransaction(session -> {
      Book created = counted(session, s -> AuthorBooks.of(s, cy).create(new Book("Hamlet")));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
      assertThat(created.getId()).isNotNull();
      return created.getId();
    });
    inTransaction(session -> {
      assertThat(titles(AuthorBooks.of(session, cy).find())).containsExactly("Hamlet");
      Authorship row = AuthorBooks.of(session, cy).findWithThrough().get(0).through();
      assertThat(row.getBook().getId()).isEqualTo(hamlet);
      assertThat(session.getIdentifier(row.getAuthor())).isEqualTo(cy);
      assertThat(row.getRole()).isNull();
    });
  }

  @Test
  void createWithThroughDataSetsTheRoleAndTheRowPointsAtTheNewBook() {
    inTransaction(session -> {
      Book iliad = new Book("Iliad");
      Book returned = AuthorBooks.of(session, cy).create(iliad, row -> row.setRole("translator"));
      assertThat(returned).isSameAs(iliad);
      Authorship row = AuthorBooks.of(session, cy).findWithThrough().get(0).through();
      assertThat(row.getBook()).isSameAs(iliad);
      assertThat(row.getRole()).isEqualTo("translator");
    });
    inTransaction(session -> assertThat(authorshipRows(session)).last()
        .isEqualTo(List.of(cy, AuthorBooks.of(session, cy).find().get(0).getId(), "translator")));
  }

  @Test
  void createForAMissingAuthorWritesNothing() {
    inTransaction(session -> assertThatThrownBy(() -> AuthorBooks.of(session, -7L).create(new Book("Ghost")))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
          assertThat(e.entityName()).isEqualTo("Author");
          assertThat(e.keyAttribute()).isEqualTo("id");
          assertThat(e.key()).isEqualTo(-7L);
          assertThat(e).hasMessage("No Author with id -7");
        }));
    inTransaction(session -> assertThat(session.createQuery("select count(b) from Book b", Long.class)
        .getSingleResult()).isEqualTo(4));
  }

  @Test
  void linkReturnsARowWhoseAssociationsReferenceTheAuthorAndTheBook() {
    inTransaction(session -> {
      Authorship row = counted(session, s -> AuthorBooks.of(s, cy).link(ghosts));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(2);
      assertThat(row.id).isNotNull();
      assertThat(session.getIdentifier(row.getAuthor())).isEqualTo(cy);
      assertThat(session.getIdentifier(row.getBook())).isEqualTo(ghosts);
      assertThat(row.getRole()).isNull();
      // the row holds references: reading their ids costs nothing
      assertThat(sql.total()).isEqualTo(2);
    });
    inTransaction(session -> {
      assertThat(titles(AuthorBooks.of(session, cy).find())).containsExactly("Ghosts");
      assertThat(authorshipRows(session)).last().isEqualTo(java.util.Arrays.asList(cy, ghosts, null));
    });
  }

  /** A row linked by key holds references; reading it back in the same session resolves them without more SQL. */
  @Test
  void linkedRowsReadBackInTheSameSession() {
    inTransaction(session -> {
      Authorship row = AuthorBooks.of(session, cy).link(ghosts, r -> r.setRole("ghostwriter"));
      session.flush();
      List<Linked<Book, Authorship>> rows = counted(session, s -> AuthorBooks.of(s, cy).findWithThrough());
      assertThat(sql.total()).as("statements:%n%s", sql).isEqualTo(1);
      assertThat(rows).singleElement().satisfies(linked -> {
        assertThat(linked.through()).isSameAs(row);
        assertThat(linked.target()).isSameAs(row.getBook());
        assertThat(linked.target().getTitle()).isEqualTo("Ghosts");
        assertThat(session.getIdentifier(linked.through().getAuthor())).isEqualTo(cy);
      });
      List<Author> authors = List.of(session.find(Author.class, cy));
      Map<Long, List<Book>> included = counted(session, s -> AuthorBooks.include(s, authors));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(included.get(cy)).singleElement().isSameAs(row.getBook());
      assertThat(authors.get(0).getBooks()).singleElement().isSameAs(row.getBook());
    });
  }

  @Test
  void linkWithThroughDataAndToLoadedEntities() {
    inTransaction(session -> {
      Author c = session.find(Author.class, cy);
      Book d = session.find(Book.class, dune);
      Authorship row = counted(session, s -> AuthorBooks.of(s, c).link(dune, r -> r.setRole("editor")));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      // loaded entities are used as they are
      assertThat(row.getAuthor()).isSameAs(c);
      assertThat(row.getBook()).isSameAs(d);
      assertThat(row.getRole()).isEqualTo("editor");
      AuthorBooks.of(session, c).link(dune, r -> r.setRole("author"));
    });
    inTransaction(session -> {
      assertThat(AuthorBooks.of(session, cy).count()).isEqualTo(1);
      assertThat(AuthorBooks.of(session, cy).findWithThrough()).extracting(row -> row.through().getRole())
          .containsExactly("editor", "author");
    });
  }

  @Test
  void linkToAMissingBookOrAuthorWritesNothing() {
    inTransaction(session -> {
      assertThatThrownBy(() -> AuthorBooks.of(session, cy).link(-3L))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo("Book");
            assertThat(e.keyAttribute()).isEqualTo("id");
            assertThat(e.key()).isEqualTo(-3L);
          });
      assertThatThrownBy(() -> AuthorBooks.of(session, -4L).link(dune))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo("Author");
            assertThat(e.key()).isEqualTo(-4L);
          });
    });
    inTransaction(session -> assertThat(authorshipCount(session)).isEqualTo(5));
  }

  @Test
  void linkAllInsertsRowsReferencingEachBookInOneBatch() {
    inTransaction(session -> {
      List<Authorship> rows = counted(session, s -> AuthorBooks.of(s, cy).linkAll(List.of(dune, faust, ghosts)));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(rows).extracting(row -> session.getIdentifier(row.getBook())).containsExactly(dune, faust, ghosts);
      assertThat(rows).extracting(row -> session.getIdentifier(row.getAuthor())).containsOnly(cy);
      assertThat(AuthorBooks.of(session, cy).linkAll(List.of())).isEmpty();
      assertThatThrownBy(() -> AuthorBooks.of(session, cy).linkAll(List.of(dune, -9L)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.key()).isEqualTo(-9L));
    });
    inTransaction(session -> {
      assertThat(titles(AuthorBooks.of(session, cy).find())).containsExactly("Dune", "Faust", "Ghosts");
      assertThat(authorshipCount(session)).isEqualTo(8);
    });
  }

  @Test
  void setKeepsRowsAndRolesOfKeptBooksLinksMissingOnesAndUnlinksTheRest() {
    inTransaction(session -> {
      counted(session, s -> {
        AuthorBooks.of(s, ann).set(List.of(emma, ghosts));
        return null;
      });
      assertThat(sql.count("select")).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(4);
    });
    inTransaction(session -> {
      List<Linked<Book, Authorship>> rows = AuthorBooks.of(session, ann).findWithThrough();
      assertThat(rows).extracting(row -> row.target().getTitle()).containsExactly("Emma", "Emma", "Ghosts");
      assertThat(rows).extracting(row -> row.through().getRole()).containsExactly("author", "editor", null);
      assertThat(titles(AuthorBooks.of(session, ben).find())).containsExactly("Emma", "Faust");
      assertThat(session.find(Book.class, dune)).isNotNull();
    });
    inTransaction(session -> {
      counted(session, s -> {
        AuthorBooks.of(s, ann).set(List.of(ghosts, emma));
        return null;
      });
      assertThat(sql.total()).isEqualTo(1);
      assertThatThrownBy(() -> AuthorBooks.of(session, ann).set(List.of(-1L)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.entityName()).isEqualTo("Book"));
      assertThatThrownBy(() -> AuthorBooks.of(session, -2L).set(List.of(dune)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.entityName()).isEqualTo("Author"));
    });
    inTransaction(session -> assertThat(authorshipCount(session)).isEqualTo(5));
  }

  @Test
  void unlinkAndUnlinkAllDeleteRowsInOneStatementAndKeepTheEntities() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> AuthorBooks.of(s, ann).unlink(emma));
      assertThat(unlinked).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(AuthorBooks.of(session, ann).unlink(emma)).isZero();
      assertThat(AuthorBooks.of(session, ann).unlink(faust)).isZero();

      int all = counted(session, s -> AuthorBooks.of(s, ben).unlinkAll());
      assertThat(all).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(AuthorBooks.of(session, cy).unlinkAll()).isZero();
    });
    inTransaction(session -> {
      assertThat(titles(AuthorBooks.of(session, ann).find())).containsExactly("Dune");
      assertThat(AuthorBooks.of(session, ben).find()).isEmpty();
      assertThat(session.find(Book.class, emma)).isNotNull();
      assertThat(session.find(Author.class, ben)).isNotNull();
      assertThat(authorshipRows(session)).containsExactly(List.of(ann, dune, "author"));
    });
  }

  @Test
  void deleteRemovesTheBooksAndEveryAuthorshipOfThemDespiteForeignKeys() {
    inTransaction(session -> {
      int deleted = counted(session, s -> AuthorBooks.of(s, ann).delete());
      assertThat(deleted).isEqualTo(2);
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
    });
    inTransaction(session -> {
      assertThat(session.find(Book.class, dune)).isNull();
      assertThat(session.find(Book.class, emma)).isNull();
      assertThat(session.find(Author.class, ann)).isNotNull();
      // Ben's translation of Emma went too
      assertThat(titles(AuthorBooks.of(session, ben).find())).containsExactly("Faust");
      assertThat(authorshipRows(session)).containsExactly(List.of(ben, faust, "author"));
    });
  }

  @Test
  void deleteWithRestrictionRemovesOnlyMatchingBooks() {
    inTransaction(session -> {
      int deleted = counted(session, s -> AuthorBooks.of(s, ben).delete(Restriction.equal(Book_.title, "Emma")));
      assertThat(deleted).isEqualTo(1);
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(2);
      assertThat(AuthorBooks.of(session, cy).delete()).isZero();
      assertThat(AuthorBooks.of(session, ben).delete(Restriction.equal(Book_.title, "Dune"))).isZero();
    });
    inTransaction(session -> {
      assertThat(session.find(Book.class, emma)).isNull();
      assertThat(titles(AuthorBooks.of(session, ann).find())).containsExactly("Dune");
      assertThat(titles(AuthorBooks.of(session, ben).find())).containsExactly("Faust");
      assertThat(authorshipCount(session)).isEqualTo(2);
    });
  }

  // ---------------------------------------------------------------- inclusion

  @Test
  void includeInAFreshSessionLoadsEveryAuthorsBooksInOneStatement() {
    inTransaction(session -> {
      List<Author> authors = session.createQuery("from Author order by id", Author.class).getResultList();
      Map<Long, List<Book>> byAuthor = counted(session, s -> AuthorBooks.include(s, authors));
      assertThat(sql.total()).as("statements:%n%s", sql).isEqualTo(1);
      assertThat(byAuthor).containsOnlyKeys(ann, ben, cy);
      assertThat(titles(byAuthor.get(ann))).containsExactly("Dune", "Emma");
      assertThat(titles(byAuthor.get(ben))).containsExactly("Emma", "Faust");
      assertThat(byAuthor.get(cy)).isEmpty();
      assertThat(authors).extracting(author -> titles(author.getBooks()))
          .containsExactly(List.of("Dune", "Emma"), List.of("Emma", "Faust"), List.of());
      assertThat(authors.get(0).getBooks().get(1)).isSameAs(authors.get(1).getBooks().get(0));
      // no Authorship was loaded: the EAGER book association played no part
      assertThat(factory.getStatistics().getEntityLoadCount()).isEqualTo(3);
    });
  }

  @Test
  void includeDoesNotGrowWithTheNumberOfSources() {
    inTransaction(session -> {
      Book d = session.getReference(Book.class, dune);
      for (int i = 0; i < 100; i++) {
        Author author = new Author("A" + i);
        session.persist(author);
        authorship(session, author, d, "co-author");
      }
    });
    for (int sources : new int[] {1, 3, 103}) {
      inTransaction(session -> {
        List<Author> authors = session.createQuery("from Author order by id", Author.class)
            .setMaxResults(sources).getResultList();
        Map<Long, List<Book>> byAuthor = counted(session, s -> AuthorBooks.include(s, authors));
        assertThat(byAuthor).hasSize(sources);
        assertThat(sql.total()).as("statements for %d authors", sources).isEqualTo(1);
      });
    }
  }

  // ---------------------------------------------------------------- misuse

  @Test
  void writesWithoutATransactionFailClearly() {
    try (var session = factory.openSession()) {
      AuthorBooks books = AuthorBooks.of(session, cy);
      assertThat(books.find()).isEmpty();
      assertThatThrownBy(() -> books.link(dune))
          .isInstanceOf(TransactionRequiredException.class)
          .hasMessageContaining("Author.books.link")
          .hasMessageContaining("active transaction");
      assertThatThrownBy(() -> books.create(new Book("X"), row -> row.setRole("r")))
          .isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(() -> books.linkAll(List.of(dune))).isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(() -> AuthorBooks.of(session, ann).delete(Restriction.unrestricted()))
          .isInstanceOf(TransactionRequiredException.class);
    }
    inTransaction(session -> assertThat(authorshipCount(session)).isEqualTo(5));
  }

  @Test
  void nullArgumentsAndUnsavedSourcesAreRejected() {
    inTransaction(session -> {
      assertThatThrownBy(() -> AuthorBooks.of(session, (Author) null)).hasMessage("source");
      assertThatThrownBy(() -> AuthorBooks.of(session, ann).create(null, row -> {})).hasMessage("target");
      assertThatThrownBy(() -> AuthorBooks.of(session, ann).find(null)).hasMessage("where");
      assertThatThrownBy(() -> AuthorBooks.of(session, new Author("New")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Author has no id");
    });
  }

  // ---------------------------------------------------------------- sources reached through the LAZY author

  /** The LAZY {@code author} of each Authorship row: uninitialized proxies. */
  private static List<Author> lazyAuthors(Session session) {
    List<Authorship> rows = session.createQuery("from Authorship a order by a.id", Authorship.class).getResultList();
    List<Author> authors = rows.stream().map(Authorship::getAuthor).distinct().toList();
    assertThat(authors).noneMatch(Hibernate::isInitialized);
    return authors;
  }

  @Test
  void includeOfLazyAuthorProxiesSetsTheFieldOfTheEntityBehindEachProxy() {
    inTransaction(session -> {
      List<Author> authors = lazyAuthors(session);
      Map<Long, List<Book>> byAuthor = AuthorBooks.include(session, authors);
      assertThat(byAuthor).containsOnlyKeys(ann, ben);
      assertThat(authors).extracting(author -> titles(author.getBooks()))
          .containsExactly(List.of("Dune", "Emma"), List.of("Emma", "Faust"));
      assertThat(titles(AuthorBooks.of(session, authors.get(1)).find())).containsExactly("Emma", "Faust");
    });
  }

  /**
   * Uninitialized proxies among the sources are loaded together (their fields are about to be
   * set), then included: two statements however many proxies there are.
   */
  @Test
  void includeOfLazyAuthorProxiesDoesNotGrowWithTheNumberOfSources() {
    inTransaction(session -> {
      List<Author> authors = lazyAuthors(session);
      counted(session, s -> AuthorBooks.include(s, authors.subList(0, 1)));
      long one = sql.total();
      session.clear();
      List<Author> both = lazyAuthors(session);
      counted(session, s -> AuthorBooks.include(s, both));
      assertThat(sql.total()).as("statements for 2 proxies vs %d for 1:%n%s", one, sql).isEqualTo(one);
      assertThat(one).isEqualTo(2);
    });
  }

  /** The id of a proxy is known without SQL: find() of an uninitialized proxy is one statement. */
  @Test
  void findOfALazyAuthorProxyIsOneStatement() {
    inTransaction(session -> {
      Author proxy = lazyAuthors(session).get(0);
      List<Book> books = counted(session, s -> AuthorBooks.of(s, proxy).find());
      assertThat(titles(books)).containsExactly("Dune", "Emma");
      assertThat(sql.total()).as("statements:%n%s", sql).isEqualTo(1);
    });
  }
}
