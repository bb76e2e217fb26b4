package dev.throughline.it.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.it.support.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Callbacks and entity listeners of a through entity (its own, and inherited from a mapped
 * superclass) run once for every row that unlink, unlinkAll, set and delete remove.
 */
class RemovalCallbacksTest extends DatabaseTest {

  private Long editor;
  private Long other;
  private final List<Long> manuscripts = new ArrayList<>();

  /** The editor reviews three manuscripts, the first twice; the other editor reviews the third. */
  @BeforeEach
  void reviews() {
    manuscripts.clear();
    inTransaction(session -> {
      Editor e = new Editor("Max");
      Editor o = new Editor("Ora");
      session.persist(e);
      session.persist(o);
      editor = e.getId();
      other = o.getId();
      for (String title : List.of("Ulysses", "Dubliners", "Exiles")) {
        Manuscript manuscript = new Manuscript(title);
        session.persist(manuscript);
        manuscripts.add(manuscript.getId());
      }
      EditorManuscripts.of(session, editor).linkAll(manuscripts);
      EditorManuscripts.of(session, editor).link(manuscripts.get(0), review -> review.setVerdict("again"));
      EditorManuscripts.of(session, other).link(manuscripts.get(2));
    });
    resetAudit();
  }

  private static void resetAudit() {
    RemovalAudit.reset();
    Review.POST_REMOVE_CALLBACKS.set(0);
  }

  private static void assertAudited(int rows) {
    assertThat(RemovalAudit.REMOVED).hasSize(rows).doesNotHaveDuplicates();
    assertThat(RemovalAudit.PRE_REMOVE_CALLBACKS).hasValue(rows);
    assertThat(Review.POST_REMOVE_CALLBACKS).hasValue(rows);
  }

  private long reviewsInDatabase() {
    return fromTransaction(session -> session.createQuery("select count(r) from Review r", Long.class)
        .getSingleResult());
  }

  @Test
  void unlinkRunsTheCallbacksOfEveryRowItRemoves() {
    int removed = fromTransaction(session -> EditorManuscripts.of(session, editor).unlink(manuscripts.get(0)));
    assertThat(removed).isEqualTo(2);
    assertAudited(2);
    assertThat(reviewsInDatabase()).isEqualTo(3);
  }

  @Test
  void unlinkAllRunsTheCallbacksOfEveryRowAndLoadsThemInOneStatement() {
    int removed = fromTransaction(session -> counted(session, s -> EditorManuscripts.of(s, editor).unlinkAll()));
    assertThat(removed).isEqualTo(4);
    assertAudited(4);
    assertThat(sql.count("select")).as(sql.toString()).isEqualTo(1);
    assertThat(reviewsInDatabase()).isEqualTo(1);
  }

  @Test
  void setRunsTheCallbacksOfTheRowsItDrops() {
    inTransaction(session -> EditorManuscripts.of(session, editor).set(List.of(manuscripts.get(1))));
    assertAudited(3);
    assertThat(reviewsInDatabase()).isEqualTo(2);
  }

  @Test
  void deleteRunsTheCallbacksOfEveryRowReferencingTheTargetsOfAnySource() {
    int deleted = fromTransaction(session -> EditorManuscripts.of(session, editor).delete());
    assertThat(deleted).isEqualTo(3);
    assertAudited(5);
    assertThat(reviewsInDatabase()).isZero();
  }

  @Test
  void removedRowsAreNoLongerManagedAndNothingIsAuditedWhenNothingIsRemoved() {
    inTransaction(session -> {
      Review review = EditorManuscripts.of(session, other).link(manuscripts.get(0));
      assertThat(EditorManuscripts.of(session, other).unlink(manuscripts.get(1))).isZero();
      assertThat(RemovalAudit.REMOVED).isEmpty();
      assertThat(EditorManuscripts.of(session, other).unlink(manuscripts.get(0))).isEqualTo(1);
      assertThat(session.contains(review)).isFalse();
      assertThat(session.find(Review.class, review.getId())).isNull();
    });
    assertAudited(1);
  }
}
