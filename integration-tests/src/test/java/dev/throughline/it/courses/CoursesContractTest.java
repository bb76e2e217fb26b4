package dev.throughline.it.courses;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.Linked;
import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.contract.RelationContract;
import dev.throughline.it.contract.RelationFixture;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * The relation contract on LoopBack 3's Courses, Courstu and Students: here {@code
 * Courses.students} (a Set field, courid to stuid), and {@link StudentsContractTest} for {@code
 * Students.courses} over the same table. Beyond the contract: what one side reads or writes is
 * what the other side sees.
 *
 * <p>In the contract's world, seen from the students: Ann takes First; Bob takes First (by two
 * rows) and Second; Cid takes Second; Dee takes nothing.
 */
class CoursesContractTest extends RelationContract<Courses, Long, Students, Long, Courstu> {

  @Override
  protected RelationFixture<Courses, Long, Students, Long, Courstu> fixture() {
    return Fixtures.coursesStudents();
  }

  private static List<String> courses(Collection<Courses> courses) {
    return courses.stream().map(Courses::getCourname).toList();
  }

  private static long courstuCount(Session session) {
    return session.createQuery("select count(c) from Courstu c", Long.class).getSingleResult();
  }

  @Test
  void theStudentSideReadsTheSameRowsInOneStatementEach() {
    inTransaction(session -> {
      List<Courses> ofBob = counted(session, s -> StudentsCourses.of(s, bob()).find());
      assertStatements().total(1);
      assertThat(courses(ofBob)).containsExactly(FIRST, SECOND);
      assertThat(courses(StudentsCourses.of(session, ann()).find())).containsExactly(FIRST);
      assertThat(StudentsCourses.of(session, dee()).find()).isEmpty();
      // three rows, two courses
      assertThat(StudentsCourses.of(session, bob()).count()).isEqualTo(2);
      assertThat(StudentsCourses.of(session, ann()).count()).isEqualTo(1);
      for (Long course : List.of(first(), second(), idle())) {
        for (Long student : List.of(ann(), bob(), cid(), dee())) {
          assertThat(StudentsCourses.of(session, student).isLinked(course)).as("%d takes %d", student, course)
              .isEqualTo(CoursesStudents.of(session, course).isLinked(student));
        }
      }
      // Bob's two rows of First, seen from either side
      List<Long> fromTheCourse = CoursesStudents.of(session, first()).findWithThrough().stream()
          .filter(row -> row.target().getId().equals(bob())).map(row -> row.through().id).toList();
      List<Linked<Courses, Courstu>> fromTheStudent = counted(session, s -> StudentsCourses.of(s, bob()).findWithThrough());
      assertStatements().total(1);
      assertThat(fromTheStudent).extracting(row -> row.through().id).startsWith(fromTheCourse.toArray(Long[]::new));
      assertThat(fromTheStudent).extracting(row -> row.target().getCourname()).containsExactly(FIRST, FIRST, SECOND);
      assertThat(fromTheStudent).allSatisfy(row -> {
        assertThat(row.through().getStuid()).isEqualTo(bob());
        assertThat(row.through().getCourid()).isEqualTo(row.target().getId());
      });
    });
  }

  @Test
  void createFromOneSideIsSeenFromTheOther() {
    Long eve = fromTransaction(session -> CoursesStudents.of(session, idle()).create(new Students(EVE)).getId());
    List<Courstu> handed = new ArrayList<>();
    Long chemistry = fromTransaction(session ->
        StudentsCourses.of(session, dee()).create(new Courses("Chemistry"), handed::add).getId());
    assertThat(handed).singleElement().satisfies(row -> {
      assertThat(row.getCourid()).isEqualTo(chemistry);
      assertThat(row.getStuid()).isEqualTo(dee());
    });
    inTransaction(session -> {
      assertThat(courses(StudentsCourses.of(session, eve).find())).containsExactly(IDLE);
      assertThat(StudentsCourses.of(session, eve).findWithThrough()).singleElement().satisfies(row -> {
        assertThat(row.through().getCourid()).isEqualTo(idle());
        assertThat(row.through().getStuid()).isEqualTo(eve);
      });
      assertThat(names(CoursesStudents.of(session, chemistry).find())).containsExactly(DEE);
      assertThat(courses(StudentsCourses.of(session, dee()).find())).containsExactly("Chemistry");
    });
  }

  @Test
  void linksMadeFromOneSideAreSeenFromTheOther() {
    inTransaction(session -> {
      CoursesStudents.of(session, idle()).link(dee());
      Courstu back = StudentsCourses.of(session, ann()).link(second());
      assertThat(back.getStuid()).isEqualTo(ann());
      assertThat(back.getCourid()).isEqualTo(second());
      CoursesStudents.of(session, idle()).linkAll(List.of(ann(), cid()));
      StudentsCourses.of(session, dee()).linkAll(List.of(first(), second()));
    });
    inTransaction(session -> {
      assertThat(courses(StudentsCourses.of(session, dee()).find())).containsExactly(FIRST, SECOND, IDLE);
      assertThat(StudentsCourses.of(session, dee()).isLinked(idle())).isTrue();
      assertThat(names(CoursesStudents.of(session, second()).find())).containsExactly(ANN, BOB, CID, DEE);
      assertThat(courses(StudentsCourses.of(session, ann()).find())).containsExactly(FIRST, SECOND, IDLE);
      assertThat(names(CoursesStudents.of(session, idle()).find())).containsExactly(ANN, CID, DEE);
      assertThat(courses(StudentsCourses.of(session, cid()).find())).containsExactly(SECOND, IDLE);
    });
  }

  /** Courstu has no data of its own; whatever the callback puts in the keys is overwritten. */
  @Test
  void linkWithThroughDataCannotRedirectTheKeys() {
    inTransaction(session -> {
      Courstu row = StudentsCourses.of(session, dee()).link(first(), r -> {
        r.courid = idle();
        r.stuid = cid();
      });
      assertThat(row.getStuid()).isEqualTo(dee());
      assertThat(row.getCourid()).isEqualTo(first());
    });
    inTransaction(session -> {
      assertThat(names(CoursesStudents.of(session, first()).find())).containsExactly(ANN, BOB, DEE);
      assertThat(CoursesStudents.of(session, idle()).count()).isZero();
      assertThat(courses(StudentsCourses.of(session, cid()).find())).containsExactly(SECOND);
    });
  }

  @Test
  void setFromOneSideIsSeenFromTheOther() {
    List<Long> bobRows = fromTransaction(session -> StudentsCourses.of(session, bob()).findWithThrough().stream()
        .filter(row -> row.target().getId().equals(first())).map(row -> row.through().id).toList());
    inTransaction(session -> CoursesStudents.of(session, first()).set(List.of(bob(), cid())));
    inTransaction(session -> {
      // Bob's two rows are kept as they were
      assertThat(StudentsCourses.of(session, bob()).findWithThrough()).extracting(row -> row.through().id)
          .startsWith(bobRows.toArray(Long[]::new));
      assertThat(StudentsCourses.of(session, ann()).find()).isEmpty();
      assertThat(courses(StudentsCourses.of(session, cid()).find())).containsExactly(FIRST, SECOND);
    });
    inTransaction(session -> StudentsCourses.of(session, bob()).set(List.of(second(), idle(), idle())));
    inTransaction(session -> {
      assertThat(courses(StudentsCourses.of(session, bob()).find())).containsExactly(SECOND, IDLE);
      assertThat(names(CoursesStudents.of(session, first()).find())).containsExactly(CID);
      assertThat(names(CoursesStudents.of(session, idle()).find())).containsExactly(BOB);
      assertThat(names(CoursesStudents.of(session, second()).find())).containsExactly(BOB, CID);
      StudentsCourses.of(session, bob()).set(List.of());
      assertThat(CoursesStudents.of(session, idle()).count()).isZero();
    });
  }

  @Test
  void unlinksFromOneSideAreSeenFromTheOther() {
    inTransaction(session -> {
      assertThat(StudentsCourses.of(session, bob()).unlink(first())).isEqualTo(2);
      int fromTheCourse = counted(session, s -> CoursesStudents.of(s, second()).unlink(cid()));
      assertThat(fromTheCourse).isEqualTo(1);
      assertStatements().deletes(1).total(1);
    });
    inTransaction(session -> {
      assertThat(names(CoursesStudents.of(session, first()).find())).containsExactly(ANN);
      assertThat(StudentsCourses.of(session, cid()).find()).isEmpty();
      assertThat(session.find(Students.class, bob())).isNotNull();
      assertThat(session.find(Courses.class, first())).isNotNull();
      assertThat(courstuCount(session)).isEqualTo(2);
      assertThat(StudentsCourses.of(session, bob()).unlinkAll()).isEqualTo(1);
      assertThat(names(CoursesStudents.of(session, second()).find())).isEmpty();
      assertThat(CoursesStudents.of(session, first()).unlinkAll()).isEqualTo(1);
      assertThat(StudentsCourses.of(session, ann()).find()).isEmpty();
      assertThat(courstuCount(session)).isZero();
    });
  }

  @Test
  void includeFillsTheSetFieldOfEveryCourse() {
    inTransaction(session -> {
      List<Courses> all = loadSources(session, List.of(first(), second(), idle()));
      CoursesStudents.include(session, all);
      assertThat(all).allSatisfy(course -> assertThat(course.getStudents()).isInstanceOf(Set.class));
      assertThat(all).extracting(course -> names(course.getStudents()))
          .containsExactly(List.of(ANN, BOB), List.of(BOB, CID), List.of());
    });
  }

  /** Courses added on one side; the students' side includes them all in one statement. */
  @Test
  void includeFromTheStudentSideDoesNotGrowWithTheCoursesAdded() {
    inTransaction(session -> {
      for (int i = 0; i < 120; i++) {
        Courses course = new Courses("C" + i);
        session.persist(course);
        persistRow(session, course.getId(), i % 2 == 0 ? ann() : dee(), null);
      }
    });
    inTransaction(session -> {
      List<Students> all = session.createQuery("from Students order by id", Students.class).getResultList();
      Map<Long, List<Courses>> byStudent = counted(session, s -> StudentsCourses.include(s, all));
      assertStatements().total(1);
      assertThat(byStudent.get(ann())).hasSize(61);
      assertThat(byStudent.get(dee())).hasSize(60);
      assertThat(all).filteredOn(student -> student.getId().equals(bob())).singleElement()
          .satisfies(student -> assertThat(courses(student.getCourses())).containsExactly(FIRST, SECOND));
    });
  }
}
