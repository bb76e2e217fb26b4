package dev.throughline.it.integrity;

import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.library.Author;
import dev.throughline.it.library.Authorship;
import dev.throughline.it.library.Book;

/** The library: {@code @ManyToOne} through keys ({@code Authorship.author}, {@code book}), hence foreign keys. */
class LibraryIntegrityTest extends MissingEntityContract<Author, Book, Authorship> {

  LibraryIntegrityTest() {
    super(Fixtures::authorBooks, true,
        "insert into Authorship (id, author_id, book_id, role) values (-1, -1, -1, 'dangling')");
  }
}
