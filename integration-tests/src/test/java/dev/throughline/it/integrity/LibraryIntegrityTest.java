package dev.throughline.it.integrity;

import dev.throughline.it.library.Author;
import dev.throughline.it.library.AuthorBooks;
import dev.throughline.it.library.Book;
import java.util.List;
import org.hibernate.Session;

/** The library: {@code @ManyToOne} through keys ({@code Authorship.author}, {@code book}), hence foreign keys. */
class LibraryIntegrityTest extends MissingEntityContract {

  @Override
  String sourceEntity() {
    return "Author";
  }

  @Override
  String sourceKeyAttribute() {
    return "id";
  }

  @Override
  String targetEntity() {
    return "Book";
  }

  @Override
  String targetKeyAttribute() {
    return "id";
  }

  @Override
  String throughEntity() {
    return "Authorship";
  }

  @Override
  boolean hasForeignKeys() {
    return true;
  }

  @Override
  String danglingThroughRowSql() {
    return "insert into Authorship (id, author_id, book_id, role) values (-1, -1, -1, 'dangling')";
  }

  @Override
  Long persistSource(Session session, String name) {
    Author author = new Author(name);
    session.persist(author);
    return author.getId();
  }

  @Override
  Long persistTarget(Session session, String name) {
    Book book = new Book(name);
    session.persist(book);
    return book.getId();
  }

  @Override
  Class<?> sourceClass() {
    return Author.class;
  }

  @Override
  Class<?> targetClass() {
    return Book.class;
  }

  @Override
  void link(Session session, Long sourceKey, Long targetKey) {
    AuthorBooks.of(session, sourceKey).link(targetKey);
  }

  @Override
  void linkWithData(Session session, Long sourceKey, Long targetKey) {
    AuthorBooks.of(session, sourceKey).link(targetKey, authorship -> authorship.setRole("translator"));
  }

  @Override
  void linkAll(Session session, Long sourceKey, List<Long> targetKeys) {
    AuthorBooks.of(session, sourceKey).linkAll(targetKeys);
  }

  @Override
  void set(Session session, Long sourceKey, List<Long> targetKeys) {
    AuthorBooks.of(session, sourceKey).set(targetKeys);
  }

  @Override
  void create(Session session, Long sourceKey, String name) {
    AuthorBooks.of(session, sourceKey).create(new Book(name), authorship -> authorship.setRole("editor"));
  }

  @Override
  List<Long> linkedKeys(Session session, Long sourceKey) {
    return AuthorBooks.of(session, sourceKey).find().stream().map(Book::getId).toList();
  }
}
