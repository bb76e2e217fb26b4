package dev.throughline.it.library;

import dev.throughline.it.contract.RelationFixture;
import java.util.List;
import org.hibernate.Session;

/**
 * Author.books as the shared test contracts use it: the through entity references both sides by
 * {@code @ManyToOne} (a LAZY author, an EAGER book), and a row's own data is its role.
 */
public final class LibraryFixtures {

  private static final List<String> ROLES =
      List.of("author", "editor", "translator", "co-author", "illustrator", "ghostwriter", "reviewer");

  private LibraryFixtures() {}

  /** The keys of a row are read from its associations without loading them. */
  public static RelationFixture<Author, Long, Book, Long, Authorship> authorBooks() {
    return RelationFixture.<Author, Long, Book, Long, Authorship>relation("Author.books",
            AuthorBooks::of, AuthorBooks::of, AuthorBooks::include, AuthorBooks::inclusion)
        .sources(Author_.id, Author::new, Author::getId, Author::getBooks)
        .targets(Book_.id, Book_.title, Book::new, Book::getId, Book::getTitle)
        .through(Authorship.class, LibraryFixtures::authorship,
            (session, row) -> (Long) session.getIdentifier(row.getAuthor()),
            (session, row) -> (Long) session.getIdentifier(row.getBook()))
        .data(ROLES, Authorship::setRole, Authorship::getRole)
        .missing(-7L, -3L);
  }

  /** A new authorship referencing author and book by reference, not yet persisted. */
  static Authorship authorship(Session session, Long author, Long book) {
    Authorship authorship = new Authorship();
    authorship.author = session.getReference(Author.class, author);
    authorship.book = session.getReference(Book.class, book);
    return authorship;
  }
}
