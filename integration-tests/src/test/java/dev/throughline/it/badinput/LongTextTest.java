package dev.throughline.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.Linked;
import dev.throughline.it.support.DatabaseTest;
import java.util.List;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 10,000-character strings as restriction values and as through data, with hostile characters throughout. */
class LongTextTest extends DatabaseTest {

  static final int LENGTH = 10_000;

  /** 10,000 characters (all in the Basic Multilingual Plane, so 10,000 code points too). */
  static final String LONG = longText("O'Brien \"q\" \\ %_ ; -- é ñ Ω 東京 \n\t", 'x');

  /** The same but for its last character: equality must tell them apart. */
  static final String LONG_TWIN = LONG.substring(0, LENGTH - 1) + 'y';

  /** Another one, as through data. */
  static final String NOTE = longText("'; drop table Filing; -- \\' 备注 ", 'n');

  static String longText(String pattern, char last) {
    StringBuilder text = new StringBuilder(LENGTH);
    while (text.length() < LENGTH - 1) {
      text.append(pattern, 0, Math.min(pattern.length(), LENGTH - 1 - text.length()));
    }
    return text.append(last).toString();
  }

  @BeforeEach
  void archive() {
    assertThat(LONG).hasSize(LENGTH);
    assertThat(LONG.codePointCount(0, LONG.length())).isEqualTo(LENGTH);
    assertThat(NOTE).hasSize(LENGTH);
    inTransaction(session -> {
      session.persist(new Archive("A'1"));
      session.persist(new Archive("A\"2"));
      session.persist(new Document("long", LONG));
      session.persist(new Document("twin", LONG_TWIN));
      session.persist(new Document("short", "short"));
    });
  }

  @Test
  void aLongStringRoundTripsAsARestrictionValueAndAsThroughData() {
    inTransaction(session -> {
      ArchiveDocuments documents = ArchiveDocuments.of(session, "A'1");
      Filing filing = documents.link("long", row -> row.setNote(NOTE));
      assertThat(filing.getNote()).isEqualTo(NOTE);
      documents.linkAll(List.of("twin", "short"));
      documents.create(new Document("created", LONG), row -> row.setNote(LONG_TWIN));
    });
    inTransaction(session -> {
      ArchiveDocuments documents = ArchiveDocuments.of(session, "A'1");
      List<Document> matching = documents.find(Restriction.equal(Document_.body, LONG));
      assertThat(matching).extracting(Document::getRef).containsExactlyInAnyOrder("long", "created");
      assertThat(matching).allSatisfy(document -> assertThat(document.getBody()).isEqualTo(LONG));
      assertThat(documents.find(Restriction.equal(Document_.body, LONG_TWIN)))
          .singleElement().satisfies(document -> assertThat(document.getRef()).isEqualTo("twin"));
      assertThat(documents.find(Restriction.equal(Document_.body, LONG.substring(1) + "z"))).isEmpty();
      assertThat(ArchiveDocuments.of(session, "A\"2").find(Restriction.equal(Document_.body, LONG))).isEmpty();

      List<Linked<Document, Filing>> rows = documents.findWithThrough();
      assertThat(rows).hasSize(4);
      assertThat(rows).filteredOn(row -> row.target().getRef().equals("long")).singleElement()
          .satisfies(row -> assertThat(row.through().getNote()).isEqualTo(NOTE).hasSize(LENGTH));
      assertThat(rows).filteredOn(row -> row.target().getRef().equals("created")).singleElement()
          .satisfies(row -> assertThat(row.through().getNote()).isEqualTo(LONG_TWIN));
    });
    inTransaction(session -> {
      // the same values straight from the tables, past the persistence context
      List<String> notes = session.createNativeQuery("select note from Filing where note is not null", String.class)
          .getResultList();
      assertThat(notes).containsExactlyInAnyOrder(NOTE, LONG_TWIN);
    });
  }

  @Test
  void aLongStringRestrictsDeleteAndSurvivesInclusion() {
    inTransaction(session -> {
      ArchiveDocuments.of(session, "A'1").linkAll(List.of("long", "twin", "short"));
      ArchiveDocuments.of(session, "A\"2").linkAll(List.of("long", "twin"));
    });
    inTransaction(session -> assertThat(
        ArchiveDocuments.of(session, "A'1").delete(Restriction.equal(Document_.body, LONG))).isEqualTo(1));
    inTransaction(session -> {
      List<Archive> archives = session.createQuery("from Archive order by code", Archive.class).getResultList();
      var included = ArchiveDocuments.include(session, archives);
      assertThat(included.get("A'1")).extracting(Document::getRef).containsExactlyInAnyOrder("twin", "short");
      assertThat(included.get("A\"2")).extracting(Document::getBody).containsExactly(LONG_TWIN);
    });
  }
}
