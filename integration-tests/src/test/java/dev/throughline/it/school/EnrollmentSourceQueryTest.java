package dev.throughline.it.school;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.it.support.DatabaseTest;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.Order;
import org.hibernate.query.SortDirection;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;
import org.junit.jupiter.api.Test;

/** The source's own queries through an entity keyed by @EmbeddedId with @MapsId on both associations. */
class EnrollmentSourceQueryTest extends DatabaseTest {

  @Test
  void restrictionsCountsOrderAndLinkIfAbsentWorkThroughAnEmbeddedId() {
    long[] ids = fromTransaction(session -> {
      Pupil pia = new Pupil("Pia");
      Pupil max = new Pupil("Max");
      Pupil new_ = new Pupil("New");
      Classroom math = new Classroom("Math");
      Classroom art = new Classroom("Art");
      List.<Object>of(pia, max, new_, math, art).forEach(session::persist);
      PupilClassrooms.of(session, pia).link(math.getId(), e -> e.setGrade("A"));
      PupilClassrooms.of(session, pia).link(art.getId(), e -> e.setGrade("B"));
      PupilClassrooms.of(session, max).link(art.getId(), e -> e.setGrade("A"));
      return new long[] {pia.getId(), max.getId(), new_.getId(), math.getId(), art.getId()};
    });
    long pia = ids[0];
    long max = ids[1];
    long math = ids[3];
    long art = ids[4];
    inTransaction(session -> {
      Restriction<Classroom> isArt = Restriction.equal(Classroom_.label, "Art");
      Restriction<Enrollment> gradeA = Restriction.equal(Enrollment_.grade, "A");
      assertThat(pupils(session, PupilClassrooms.some(isArt))).containsExactly("Max", "Pia");
      assertThat(pupils(session, PupilClassrooms.some(isArt, gradeA))).containsExactly("Max");
      assertThat(pupils(session, PupilClassrooms.someThrough(gradeA))).containsExactly("Max", "Pia");
      assertThat(pupils(session, PupilClassrooms.none(isArt))).containsExactly("New");
      assertThat(pupils(session, PupilClassrooms.every(isArt))).containsExactly("Max", "New");
      List<Pupil> all = session.createQuery("from Pupil order by id", Pupil.class).getResultList();
      Map<Long, Long> counts = PupilClassrooms.counts(session, all);
      assertThat(counts).containsExactly(Map.entry(pia, 2L), Map.entry(max, 1L), Map.entry(ids[2], 0L));
      assertThat(PupilClassrooms.counts(session, all, isArt).values()).containsExactly(1L, 1L, 0L);
      List<String> byCount = SelectionSpecification.create(Pupil.class)
          .augment(PupilClassrooms.orderByCount(SortDirection.DESCENDING)).sort(Order.asc(Pupil_.id))
          .createQuery(session).getResultList().stream().map(Pupil::getName).toList();
      assertThat(byCount).containsExactly("Pia", "Max", "New");
      Enrollment existing = PupilClassrooms.of(session, pia).linkIfAbsent(math, e -> e.setGrade("F"));
      assertThat(existing.getGrade()).isEqualTo("A");
      Enrollment added = PupilClassrooms.of(session, max).linkIfAbsent(math, e -> e.setGrade("C"));
      assertThat(added.getId().getPupilId()).isEqualTo(max);
      assertThat(added.getGrade()).isEqualTo("C");
      assertThat(PupilClassrooms.of(session, max).linkIfAbsent(math)).isSameAs(added);
    });
    inTransaction(session -> assertThat(PupilClassrooms.of(session, max).count()).isEqualTo(2));
    inTransaction(session -> assertThat(PupilClassrooms.of(session, pia).isLinked(art)).isTrue());
  }

  private static List<String> pupils(Session session, Restriction<Pupil> restriction) {
    return SelectionSpecification.create(Pupil.class).restrict(restriction).sort(Order.asc(Pupil_.name))
        .createQuery(session).getResultList().stream().map(Pupil::getName).toList();
  }
}
