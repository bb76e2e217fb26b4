package dev.throughline.it.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.Linked;
import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.contract.RelationContract;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * The relation contract on a JPA-style join entity: {@code Authorship} references {@code Author}
 * through a LAZY {@code @ManyToOne} and {@code Book} through an EAGER one (the default), and has a
 * {@code role} of its own. Through keys are inferred from those two associations. Beyond the
 * contract: the through rows' associations point at the entities they should, and cost no SQL.
 */
class LibraryContractTest extends RelationContract<Author, Long, Book, Long, Authorship> {

  LibraryContractTest() {
    super(Fixtures::authorBooks);
  }

  /**
   * In a fresh persistence context: the targets and through rows come in one statement; the
   * EAGER {@code book} of each row is the target of the same row, resolved without a statement,
   * and the LAZY {@code author} is an uninitialized reference to the source.
   */
  @Test
  void findWithThroughInAFreshSessionIsOneStatementWithRowsPointingAtTheirEntities() {
    inTransaction(session -> {
      List<Linked<Book, Authorship>> rows = counted(session, s -> AuthorBooks.of(s, source(FIRST)).findWithThrough());
      assertStatements().total(1);
      assertThat(rows).extracting(row -> row.through().getRole()).containsExactly(data(1), data(0), data(2));
      assertThat(rows).allSatisfy(row -> {
        assertThat(Hibernate.isInitialized(row.through().getBook())).isTrue();
        assertThat(row.through().getBook()).isSameAs(row.target());
        assertThat(Hibernate.isInitialized(row.through().getAuthor())).isFalse();
        assertThat(session.getIdentifier(row.through().getAuthor())).isEqualTo(source(FIRST));
      });
      // none of the checks above ran SQL
      assertStatements().total(1);

      List<Linked<Book, Authorship>> ofSecond =
          counted(session, s -> AuthorBooks.of(s, source(SECOND)).findWithThrough());
      assertStatements().total(1);
      assertThat(ofSecond).extracting(row -> row.target().getTitle()).containsExactly(BOB, CID);
      assertThat(ofSecond).extracting(row -> row.through().getRole()).containsExactly(data(3), data(4));
    });
  }

  @Test
  void findWithThroughWithTheAuthorAndBooksAlreadyLoaded() {
    inTransaction(session -> {
      Author author = session.find(Author.class, source(FIRST));
      List<Book> books = AuthorBooks.of(session, author).find();
      List<Linked<Book, Authorship>> rows = counted(session, s -> AuthorBooks.of(s, author).findWithThrough());
      assertStatements().total(1);
      assertThat(rows).allSatisfy(row -> {
        assertThat(row.through().getAuthor()).isSameAs(author);
        assertThat(books).contains(row.target());
        assertThat(row.through().getBook()).isSameAs(row.target());
      });
    });
  }

  @Test
  void createWithThroughDataMakesARowPointingAtTheNewBook() {
    inTransaction(session -> {
      Book eve = new Book(EVE);
      Book returned = AuthorBooks.of(session, source(IDLE)).create(eve, row -> row.setRole(data(5)));
      assertThat(returned).isSameAs(eve);
      Authorship row = AuthorBooks.of(session, source(IDLE)).findWithThrough().get(0).through();
      assertThat(row.getBook()).isSameAs(eve);
      assertThat(row.getRole()).isEqualTo(data(5));
      assertThat(session.getIdentifier(row.getAuthor())).isEqualTo(source(IDLE));
    });
  }

  /** A row linked by key holds references; reading it back in the same session resolves them without more SQL. */
  @Test
  void linkedRowsReadBackInTheSameSession() {
    inTransaction(session -> {
      Authorship row = AuthorBooks.of(session, source(IDLE)).link(target(DEE), r -> r.setRole(data(5)));
      session.flush();
      List<Linked<Book, Authorship>> rows = counted(session, s -> AuthorBooks.of(s, source(IDLE)).findWithThrough());
      assertStatements().total(1);
      assertThat(rows).singleElement().satisfies(linked -> {
        assertThat(linked.through()).isSameAs(row);
        assertThat(linked.target()).isSameAs(row.getBook());
        assertThat(linked.target().getTitle()).isEqualTo(DEE);
        assertThat(session.getIdentifier(linked.through().getAuthor())).isEqualTo(source(IDLE));
      });
      List<Author> authors = List.of(session.find(Author.class, source(IDLE)));
      Map<Long, List<Book>> included = counted(session, s -> AuthorBooks.include(s, authors));
      assertStatements().total(1);
      assertThat(included.get(source(IDLE))).singleElement().isSameAs(row.getBook());
      assertThat(authors.get(0).getBooks()).singleElement().isSameAs(row.getBook());
    });
  }

  @Test
  void linkWithThroughDataToLoadedEntitiesUsesThemAsTheyAre() {
    inTransaction(session -> {
      Author author = session.find(Author.class, source(IDLE));
      Book book = session.find(Book.class, target(ANN));
      Authorship row = counted(session, s -> AuthorBooks.of(s, author).link(target(ANN), r -> r.setRole(data(5))));
      assertStatements().selects(1).inserts(1);
      assertThat(row.getAuthor()).isSameAs(author);
      assertThat(row.getBook()).isSameAs(book);
      assertThat(row.getRole()).isEqualTo(data(5));
      AuthorBooks.of(session, author).link(target(ANN), r -> r.setRole(data(6)));
    });
    inTransaction(session -> {
      assertThat(AuthorBooks.of(session, source(IDLE)).count()).isEqualTo(1);
      assertThat(AuthorBooks.of(session, source(IDLE)).findWithThrough()).extracting(row -> row.through().getRole())
          .containsExactly(data(5), data(6));
    });
  }

  // ---------------------------------------------------------------- sources reached through the LAZY author

  /** The LAZY {@code author} of each Authorship row: uninitialized proxies, First's then Second's. */
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
      assertThat(byAuthor).containsOnlyKeys(source(FIRST), source(SECOND));
      assertThat(authors).extracting(author -> names(author.getBooks()))
          .containsExactly(List.of(ANN, BOB), List.of(BOB, CID));
      assertThat(names(AuthorBooks.of(session, authors.get(1)).find())).containsExactly(BOB, CID);
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
      assertStatements("one proxy").total(2);
      session.clear();
      List<Author> both = lazyAuthors(session);
      counted(session, s -> AuthorBooks.include(s, both));
      assertStatements("two proxies").total(2);
    });
  }

  /** The id of a proxy is known without SQL: find() of an uninitialized proxy is one statement. */
  @Test
  void findOfALazyAuthorProxyIsOneStatement() {
    inTransaction(session -> {
      Author proxy = lazyAuthors(session).get(0);
      List<Book> books = counted(session, s -> AuthorBooks.of(s, proxy).find());
      assertThat(names(books)).containsExactly(ANN, BOB);
      assertStatements().total(1);
    });
  }
}
