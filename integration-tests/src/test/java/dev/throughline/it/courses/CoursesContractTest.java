package dev.throughline.it.courses;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.Linked;
import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.contract.RelationContract;
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

  CoursesContractTest() {
    super(Fixtures::coursesStudents);
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
      List<Courses> ofBob = counted(session, s -> StudentsCourses.of(s, target(BOB)).find());
      assertStatements().total(1);
      assertThat(courses(ofBob)).containsExactly(FIRST, SECOND);
      assertThat(courses(StudentsCourses.of(session, target(ANN)).find())).containsExactly(FIRST);
      assertThat(StudentsCourses.of(session, target(DEE)).find()).isEmpty();
      // three rows, two courses
      assertThat(StudentsCourses.of(session, target(BOB)).count()).isEqualTo(2);
      assertThat(StudentsCourses.of(session, target(ANN)).count()).isEqualTo(1);
      for (Long course : List.of(source(FIRST), source(SECOND), source(IDLE))) {
        for (Long student : List.of(target(ANN), target(BOB), target(CID), target(DEE))) {
          assertThat(StudentsCourses.of(session, student).isLinked(course)).as("%d takes %d", student, course)
              .isEqualTo(CoursesStudents.of(session, course).isLinked(student));
        }
      }
      // Bob's two rows of First, seen from either side
      List<Long> fromTheCourse = CoursesStudents.of(session, source(FIRST)).findWithThrough().stream()
          .filter(row -> row.target().getId().equals(target(BOB))).map(row -> row.through().id).toList();
      List<Linked<Courses, Courstu>> fromTheStudent =
          counted(session, s -> StudentsCourses.of(s, target(BOB)).findWithThrough());
      assertStatements().total(1);
      assertThat(fromTheStudent).extracting(row -> row.through().id).startsWith(fromTheCourse.toArray(Long[]::new));
      assertThat(fromTheStudent).extracting(row -> row.target().getCourname()).containsExactly(FIRST, FIRST, SECOND);
      assertThat(fromTheStudent).allSatisfy(row -> {
        assertThat(row.through().getStuid()).isEqualTo(target(BOB));
        assertThat(row.through().getCourid()).isEqualTo(row.target().getId());
      });
    });
  }

  @Test
  void createFromOneSideIsSeenFromTheOther() {
    Long eve = fromTransaction(session -> CoursesStudents.of(session, source(IDLE)).create(new Students(EVE)).getId());
    List<Courstu> handed = new ArrayList<>();
    Long chemistry = fromTransaction(session ->
        StudentsCourses.of(session, target(DEE)).create(new Courses("Chemistry"), handed::add).getId());
    assertThat(handed).singleElement().satisfies(row -> {
      assertThat(row.getCourid()).isEqualTo(chemistry);
      assertThat(row.getStuid()).isEqualTo(target(DEE));
    });
    inTransaction(session -> {
      assertThat(courses(StudentsCourses.of(session, eve).find())).containsExactly(IDLE);
      assertThat(StudentsCourses.of(session, eve).findWithThrough()).singleElement().satisfies(row -> {
        assertThat(row.through().getCourid()).isEqualTo(source(IDLE));
        assertThat(row.through().getStuid()).isEqualTo(eve);
      });
      assertThat(names(CoursesStudents.of(session, chemistry).find())).containsExactly(DEE);
      assertThat(courses(StudentsCourses.of(session, target(DEE)).find())).containsExactly("Chemistry");
    });
  }

  @Test
  void linksMadeFromOneSideAreSeenFromTheOther() {
    inTransaction(session -> {
      CoursesStudents.of(session, source(IDLE)).link(target(DEE));
      Courstu back = StudentsCourses.of(session, target(ANN)).link(source(SECOND));
      assertThat(back.getStuid()).isEqualTo(target(ANN));
      assertThat(back.getCourid()).isEqualTo(source(SECOND));
      CoursesStudents.of(session, source(IDLE)).linkAll(List.of(target(ANN), target(CID)));
      StudentsCourses.of(session, target(DEE)).linkAll(List.of(source(FIRST), source(SECOND)));
    });
    inTransaction(session -> {
      assertThat(courses(StudentsCourses.of(session, target(DEE)).find())).containsExactly(FIRST, SECOND, IDLE);
      assertThat(StudentsCourses.of(session, target(DEE)).isLinked(source(IDLE))).isTrue();
      assertThat(names(CoursesStudents.of(session, source(SECOND)).find())).containsExactly(ANN, BOB, CID, DEE);
      assertThat(courses(StudentsCourses.of(session, target(ANN)).find())).containsExactly(FIRST, SECOND, IDLE);
      assertThat(names(CoursesStudents.of(session, source(IDLE)).find())).containsExactly(ANN, CID, DEE);
      assertThat(courses(StudentsCourses.of(session, target(CID)).find())).containsExactly(SECOND, IDLE);
    });
  }

  /** Courstu has no data of its own; whatever the callback puts in the keys is overwritten. */
  @Test
  void linkWithThroughDataCannotRedirectTheKeys() {
    inTransaction(session -> {
      Courstu row = StudentsCourses.of(session, target(DEE)).link(source(FIRST), r -> {
        r.courid = source(IDLE);
        r.stuid = target(CID);
      });
      assertThat(row.getStuid()).isEqualTo(target(DEE));
      assertThat(row.getCourid()).isEqualTo(source(FIRST));
    });
    inTransaction(session -> {
      assertThat(names(CoursesStudents.of(session, source(FIRST)).find())).containsExactly(ANN, BOB, DEE);
      assertThat(CoursesStudents.of(session, source(IDLE)).count()).isZero();
      assertThat(courses(StudentsCourses.of(session, target(CID)).find())).containsExactly(SECOND);
    });
  }

  @Test
  void setFromOneSideIsSeenFromTheOther() {
    List<Long> bobRows = fromTransaction(session -> StudentsCourses.of(session, target(BOB)).findWithThrough().stream()
        .filter(row -> row.target().getId().equals(source(FIRST))).map(row -> row.through().id).toList());
    inTransaction(session -> CoursesStudents.of(session, source(FIRST)).set(List.of(target(BOB), target(CID))));
    inTransaction(session -> {
      // Bob's two rows are kept as they were
      assertThat(StudentsCourses.of(session, target(BOB)).findWithThrough()).extracting(row -> row.through().id)
          .startsWith(bobRows.toArray(Long[]::new));
      assertThat(StudentsCourses.of(session, target(ANN)).find()).isEmpty();
      assertThat(courses(StudentsCourses.of(session, target(CID)).find())).containsExactly(FIRST, SECOND);
    });
    inTransaction(session ->
        StudentsCourses.of(session, target(BOB)).set(List.of(source(SECOND), source(IDLE), source(IDLE))));
    inTransaction(session -> {
      assertThat(courses(StudentsCourses.of(session, target(BOB)).find())).containsExactly(SECOND, IDLE);
      assertThat(names(CoursesStudents.of(session, source(FIRST)).find())).containsExactly(CID);
      assertThat(names(CoursesStudents.of(session, source(IDLE)).find())).containsExactly(BOB);
      assertThat(names(CoursesStudents.of(session, source(SECOND)).find())).containsExactly(BOB, CID);
      StudentsCourses.of(session, target(BOB)).set(List.of());
      assertThat(CoursesStudents.of(session, source(IDLE)).count()).isZero();
    });
  }

  @Test
  void unlinksFromOneSideAreSeenFromTheOther() {
    inTransaction(session -> {
      assertThat(StudentsCourses.of(session, target(BOB)).unlink(source(FIRST))).isEqualTo(2);
      int fromTheCourse = counted(session, s -> CoursesStudents.of(s, source(SECOND)).unlink(target(CID)));
      assertThat(fromTheCourse).isEqualTo(1);
      assertStatements().deletes(1).total(1);
    });
    inTransaction(session -> {
      assertThat(names(CoursesStudents.of(session, source(FIRST)).find())).containsExactly(ANN);
      assertThat(StudentsCourses.of(session, target(CID)).find()).isEmpty();
      assertThat(session.find(Students.class, target(BOB))).isNotNull();
      assertThat(session.find(Courses.class, source(FIRST))).isNotNull();
      assertThat(courstuCount(session)).isEqualTo(2);
      assertThat(StudentsCourses.of(session, target(BOB)).unlinkAll()).isEqualTo(1);
      assertThat(names(CoursesStudents.of(session, source(SECOND)).find())).isEmpty();
      assertThat(CoursesStudents.of(session, source(FIRST)).unlinkAll()).isEqualTo(1);
      assertThat(StudentsCourses.of(session, target(ANN)).find()).isEmpty();
      assertThat(courstuCount(session)).isZero();
    });
  }

  @Test
  void includeFillsTheSetFieldOfEveryCourse() {
    inTransaction(session -> {
      List<Courses> all = loadSources(session, List.of(source(FIRST), source(SECOND), source(IDLE)));
      CoursesStudents.include(session, all);
      assertThat(all).allSatisfy(course -> assertThat(course.getStudents()).isInstanceOf(Set.class));
      assertThat(all).extracting(course -> names(course.getStudents()))
          .containsExactly(List.of(ANN, BOB), List.of(BOB, CID), List.of());
    });
  }

  /** Courses added on one side; the students' side includes them all in one statement. */
  @Test
  void includeFromTheStudentSideDoesNotGrowWithTheCoursesAdded() {
    addSources(120);
    inTransaction(session -> {
      List<Students> all = session.createQuery("from Students order by id", Students.class).getResultList();
      Map<Long, List<Courses>> byStudent = counted(session, s -> StudentsCourses.include(s, all));
      assertStatements().total(1);
      // Ann takes First and sixty of the courses added, Dee the other sixty
      assertThat(byStudent.get(target(ANN))).hasSize(61);
      assertThat(byStudent.get(target(DEE))).hasSize(60);
      assertThat(all).filteredOn(student -> student.getId().equals(target(BOB))).singleElement()
          .satisfies(student -> assertThat(courses(student.getCourses())).containsExactly(FIRST, SECOND));
    });
  }
}
