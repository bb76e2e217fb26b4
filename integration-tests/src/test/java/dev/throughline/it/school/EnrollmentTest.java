package dev.throughline.it.school;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.Linked;
import dev.throughline.it.support.DatabaseTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A through entity keyed by @EmbeddedId with @MapsId on both @ManyToOne associations. */
class EnrollmentTest extends DatabaseTest {

  @Test
  void everyOperationWorksAndLinkBuildsTheEmbeddedId() {
    long[] ids = fromTransaction(session -> {
      Pupil pupil = new Pupil("Pia");
      Classroom math = new Classroom("Math");
      Classroom art = new Classroom("Art");
      Classroom music = new Classroom("Music");
      List.of(pupil, math, art, music).forEach(session::persist);
      return new long[] {pupil.getId(), math.getId(), art.getId(), music.getId()};
    });
    long pia = ids[0];
    long math = ids[1];
    long art = ids[2];
    long music = ids[3];
    inTransaction(session -> {
      Enrollment enrollment = PupilClassrooms.of(session, pia).link(math, e -> e.setGrade("A"));
      assertThat(enrollment.getId()).isNotNull();
      assertThat(enrollment.getId().getPupilId()).isEqualTo(pia);
      assertThat(enrollment.getId().getClassroomId()).isEqualTo(math);
      PupilClassrooms.of(session, pia).linkAll(List.of(art));
    });
    inTransaction(session -> {
      PupilClassrooms classrooms = PupilClassrooms.of(session, pia);
      assertThat(classrooms.find()).extracting(Classroom::getLabel).containsExactly("Math", "Art");
      assertThat(classrooms.isLinked(art)).isTrue();
      List<Linked<Classroom, Enrollment>> rows = classrooms.findWithThrough();
      assertThat(rows).extracting(row -> row.through().getGrade()).containsExactly("A", null);
      classrooms.set(List.of(math, music));
    });
    inTransaction(session -> {
      PupilClassrooms classrooms = PupilClassrooms.of(session, pia);
      assertThat(classrooms.find()).extracting(Classroom::getLabel).containsExactly("Math", "Music");
      assertThat(classrooms.findWithThrough()).extracting(row -> row.through().getGrade()).containsExactly("A", null);
      // The lazy Enrollment.pupil above put a proxy in the persistence context: this returns it.
      List<Pupil> pupils = session.createQuery("from Pupil", Pupil.class).getResultList();
      PupilClassrooms.include(session, pupils);
      assertThat(pupils.get(0).getClassrooms()).extracting(Classroom::getLabel).containsExactly("Math", "Music");
      assertThat(classrooms.unlink(math)).isEqualTo(1);
      assertThat(classrooms.count()).isEqualTo(1);
    });
  }
}
