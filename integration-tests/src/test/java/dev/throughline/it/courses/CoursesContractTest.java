package dev.throughline.it.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Linked;
import dev.throughline.NoSuchEntityException;
import dev.throughline.it.support.DatabaseTest;
import jakarta.persistence.TransactionRequiredException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API.md contract on LoopBack 3's Courses, Courstu and Students: one through table read from
 * both sides with explicit through keys ({@code Courses.students}: Set field, courid to stuid;
 * {@code Students.courses}: Collection field, stuid to courid). Every member of both accessors,
 * with the SQL statements the contract promises, and links made from one side seen from the other.
 */
class CoursesContractTest extends DatabaseTest {

  private Long math;
  private Long physics;
  private Long art;
  private Long ann;
  private Long bob;
  private Long cid;
  private Long dee;

  /**
   * Math: Ann (two Courstu rows) and Bob; Physics: Bob and Cid; Art: nobody. Dee takes nothing.
   */
  @BeforeEach
  void school() {
    inTransaction(session -> {
      Courses m = new Courses("Math");
      Courses p = new Courses("Physics");
      Courses a = new Courses("Art");
      Students an = new Students("Ann");
      Students b = new Students("Bob");
      Students c = new Students("Cid");
      Students d = new Students("Dee");
      List.of(m, p, a, an, b, c, d).forEach(session::persist);
      math = m.getId();
      physics = p.getId();
      art = a.getId();
      ann = an.getId();
      bob = b.getId();
      cid = c.getId();
      dee = d.getId();
      courstu(session, math, ann);
      courstu(session, math, ann);
      courstu(session, math, bob);
      courstu(session, physics, bob);
      courstu(session, physics, cid);
    });
  }

  private static void courstu(Session session, Long course, Long student) {
    Courstu row = new Courstu();
    row.courid = course;
    row.stuid = student;
    session.persist(row);
  }

  private static List<String> students(Collection<Students> students) {
    return students.stream().map(Students::getStuname).toList();
  }

  private static List<String> courses(Collection<Courses> courses) {
    return courses.stream().map(Courses::getCourname).toList();
  }

  private static long courstuCount(Session session) {
    return session.createQuery("select count(c) from Courstu c", Long.class).getSingleResult();
  }

  // ---------------------------------------------------------------- reads

  @Test
  void findFromBothSidesReturnsEachLinkedTargetOnceByKeyInOneStatement() {
    inTransaction(session -> {
      List<Students> ofMath = counted(session, s -> CoursesStudents.of(s, math).find());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(students(ofMath)).containsExactly("Ann", "Bob");

      List<Courses> ofBob = counted(session, s -> StudentsCourses.of(s, bob).find());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(courses(ofBob)).containsExactly("Math", "Physics");

      assertThat(courses(StudentsCourses.of(session, ann).find())).containsExactly("Math");
      assertThat(CoursesStudents.of(session, art).find()).isEmpty();
      assertThat(StudentsCourses.of(session, dee).find()).isEmpty();
      assertThat(CoursesStudents.of(session, -1L).find()).isEmpty();
    });
  }

  @Test
  void accessorsOfAnInstanceAndOfAKeyAgree() {
    inTransaction(session -> {
      Courses physicsCourse = session.find(Courses.class, physics);
      Students bobStudent = session.find(Students.class, bob);
      assertThat(CoursesStudents.of(session, physicsCourse).find())
          .containsExactlyElementsOf(CoursesStudents.of(session, physics).find())
          .extracting(Students::getStuname).containsExactly("Bob", "Cid");
      assertThat(StudentsCourses.of(session, bobStudent).find())
          .containsExactlyElementsOf(StudentsCourses.of(session, bob).find())
          .extracting(Courses::getCourname).containsExactly("Math", "Physics");
    });
  }

  @Test
  void findWithRestrictionFromBothSidesInOneStatement() {
    inTransaction(session -> {
      List<Students> b = counted(session,
          s -> CoursesStudents.of(s, math).find(Restriction.startsWith(Students_.stuname, "B")));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(students(b)).containsExactly("Bob");

      List<Courses> p = counted(session,
          s -> StudentsCourses.of(s, bob).find(Restriction.equal(Courses_.courname, "Physics")));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(courses(p)).containsExactly("Physics");

      assertThat(CoursesStudents.of(session, math).find(Restriction.equal(Students_.stuname, "Cid"))).isEmpty();
      assertThat(students(CoursesStudents.of(session, math).find(Restriction.unrestricted())))
          .containsExactly("Ann", "Bob");
      assertThat(StudentsCourses.of(session, ann).find(Restriction.equal(Courses_.courname, "Physics"))).isEmpty();
    });
  }

  @Test
  void findByIdFromBothSidesReturnsOnlyLinkedTargetsInOneStatement() {
    inTransaction(session -> {
      Optional<Students> cidOfPhysics = counted(session, s -> CoursesStudents.of(s, physics).findById(cid));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(cidOfPhysics).hasValueSatisfying(st -> assertThat(st.getStuname()).isEqualTo("Cid"));

      Optional<Courses> physicsOfCid = counted(session, s -> StudentsCourses.of(s, cid).findById(physics));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(physicsOfCid).hasValueSatisfying(c -> assertThat(c.getCourname()).isEqualTo("Physics"));

      assertThat(CoursesStudents.of(session, math).findById(cid)).isEmpty();
      assertThat(StudentsCourses.of(session, cid).findById(math)).isEmpty();
      assertThat(CoursesStudents.of(session, math).findById(-1L)).isEmpty();
      assertThat(StudentsCourses.of(session, dee).findById(art)).isEmpty();
    });
  }

  @Test
  void countFromBothSidesCountsDistinctTargetsInOneStatement() {
    inTransaction(session -> {
      long ofMath = counted(session, s -> CoursesStudents.of(s, math).count());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(ofMath).isEqualTo(2);

      long ofAnn = counted(session, s -> StudentsCourses.of(s, ann).count());
      assertThat(sql.total()).isEqualTo(1);
      // two Courstu rows, one course
      assertThat(ofAnn).isEqualTo(1);

      assertThat(StudentsCourses.of(session, bob).count()).isEqualTo(2);
      assertThat(CoursesStudents.of(session, art).count()).isZero();
      assertThat(StudentsCourses.of(session, dee).count()).isZero();
    });
  }

  @Test
  void isLinkedFromBothSidesAgreesInOneStatement() {
    inTransaction(session -> {
      boolean mathAnn = counted(session, s -> CoursesStudents.of(s, math).isLinked(ann));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(mathAnn).isTrue();

      boolean annMath = counted(session, s -> StudentsCourses.of(s, ann).isLinked(math));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(annMath).isTrue();

      assertThat(CoursesStudents.of(session, math).isLinked(cid)).isFalse();
      assertThat(StudentsCourses.of(session, cid).isLinked(math)).isFalse();
      assertThat(CoursesStudents.of(session, physics).isLinked(cid)).isTrue();
      assertThat(StudentsCourses.of(session, cid).isLinked(physics)).isTrue();
      assertThat(CoursesStudents.of(session, art).isLinked(dee)).isFalse();
    });
  }

  @Test
  void findWithThroughFromBothSidesGivesOneElementPerRowInOneStatement() {
    inTransaction(session -> {
      List<Linked<Students, Courstu>> ofMath = counted(session, s -> CoursesStudents.of(s, math).findWithThrough());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(ofMath).extracting(row -> row.target().getStuname()).containsExactly("Ann", "Ann", "Bob");
      assertThat(ofMath).allSatisfy(row -> {
        assertThat(row.through().getCourid()).isEqualTo(math);
        assertThat(row.through().getStuid()).isEqualTo(row.target().getId());
      });
      assertThat(ofMath).extracting(row -> row.through().id).doesNotHaveDuplicates();

      List<Linked<Courses, Courstu>> ofAnn = counted(session, s -> StudentsCourses.of(s, ann).findWithThrough());
      assertThat(sql.total()).isEqualTo(1);
      assertThat(ofAnn).extracting(row -> row.target().getCourname()).containsExactly("Math", "Math");
      // the same two rows, seen from the other side
      assertThat(ofAnn).extracting(row -> row.through().id)
          .containsExactlyElementsOf(ofMath.subList(0, 2).stream().map(row -> row.through().id).toList());
      assertThat(ofAnn).allSatisfy(row -> {
        assertThat(row.through().getStuid()).isEqualTo(ann);
        assertThat(row.through().getCourid()).isEqualTo(math);
      });

      assertThat(CoursesStudents.of(session, art).findWithThrough()).isEmpty();
      assertThat(StudentsCourses.of(session, dee).findWithThrough()).isEmpty();
    });
  }

  // ---------------------------------------------------------------- writes

  @Test
  void createFromTheCourseSideIsSeenFromTheNewStudent() {
    Long eve = fromTransaction(session -> {
      Students created = counted(session, s -> CoursesStudents.of(s, art).create(new Students("Eve")));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
      assertThat(created.getId()).isNotNull();
      return created.getId();
    });
    inTransaction(session -> {
      assertThat(students(CoursesStudents.of(session, art).find())).containsExactly("Eve");
      assertThat(courses(StudentsCourses.of(session, eve).find())).containsExactly("Art");
      assertThat(StudentsCourses.of(session, eve).findWithThrough()).singleElement().satisfies(row -> {
        assertThat(row.through().getCourid()).isEqualTo(art);
        assertThat(row.through().getStuid()).isEqualTo(eve);
      });
    });
  }

  @Test
  void createWithThroughDataFromTheStudentSideIsSeenFromTheNewCourse() {
    List<Courstu> handed = new ArrayList<>();
    Long chemistry = fromTransaction(session -> {
      Courses created = StudentsCourses.of(session, dee).create(new Courses("Chemistry"), row -> {
        assertThat(row.id).isNull();
        handed.add(row);
      });
      return created.getId();
    });
    assertThat(handed).singleElement().satisfies(row -> {
      assertThat(row.getCourid()).isEqualTo(chemistry);
      assertThat(row.getStuid()).isEqualTo(dee);
    });
    inTransaction(session -> {
      assertThat(students(CoursesStudents.of(session, chemistry).find())).containsExactly("Dee");
      assertThat(courses(StudentsCourses.of(session, dee).find())).containsExactly("Chemistry");
      assertThat(session.find(Courses.class, chemistry).getCourname()).isEqualTo("Chemistry");
    });
  }

  @Test
  void createForAMissingSourceWritesNothing() {
    inTransaction(session -> assertThatThrownBy(() -> StudentsCourses.of(session, -7L).create(new Courses("Ghost")))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
          assertThat(e.entityName()).isEqualTo("Students");
          assertThat(e.keyAttribute()).isEqualTo("id");
          assertThat(e.key()).isEqualTo(-7L);
          assertThat(e).hasMessage("No Students with id -7");
        }));
    inTransaction(session -> assertThat(session.createQuery("select count(c) from Courses c", Long.class)
        .getSingleResult()).isEqualTo(3));
  }

  @Test
  void linkFromOneSideIsSeenFromTheOtherAfterOneCheckAndOneInsert() {
    inTransaction(session -> {
      Courstu row = counted(session, s -> CoursesStudents.of(s, art).link(dee));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(2);
      assertThat(row.id).isNotNull();
      assertThat(row.getCourid()).isEqualTo(art);
      assertThat(row.getStuid()).isEqualTo(dee);

      Courstu back = counted(session, s -> StudentsCourses.of(s, ann).link(physics));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(2);
      assertThat(back.getStuid()).isEqualTo(ann);
      assertThat(back.getCourid()).isEqualTo(physics);
    });
    inTransaction(session -> {
      assertThat(courses(StudentsCourses.of(session, dee).find())).containsExactly("Art");
      assertThat(StudentsCourses.of(session, dee).isLinked(art)).isTrue();
      assertThat(students(CoursesStudents.of(session, physics).find())).containsExactly("Ann", "Bob", "Cid");
      assertThat(courses(StudentsCourses.of(session, ann).find())).containsExactly("Math", "Physics");
    });
  }

  @Test
  void linkWithThroughDataCannotRedirectTheKeys() {
    inTransaction(session -> {
      Courstu row = StudentsCourses.of(session, dee).link(math, r -> {
        // Courstu has no data of its own; whatever the callback puts in the keys is overwritten
        r.courid = art;
        r.stuid = cid;
      });
      assertThat(row.getStuid()).isEqualTo(dee);
      assertThat(row.getCourid()).isEqualTo(math);
    });
    inTransaction(session -> {
      assertThat(students(CoursesStudents.of(session, math).find())).containsExactly("Ann", "Bob", "Dee");
      assertThat(CoursesStudents.of(session, art).count()).isZero();
      assertThat(courses(StudentsCourses.of(session, cid).find())).containsExactly("Physics");
    });
  }

  @Test
  void linkToAMissingTargetOrSourceWritesNothing() {
    inTransaction(session -> {
      assertThatThrownBy(() -> CoursesStudents.of(session, art).link(-3L))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo("Students");
            assertThat(e.keyAttribute()).isEqualTo("id");
            assertThat(e.key()).isEqualTo(-3L);
          });
      assertThatThrownBy(() -> StudentsCourses.of(session, dee).link(-4L))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo("Courses");
            assertThat(e.key()).isEqualTo(-4L);
          });
      assertThatThrownBy(() -> StudentsCourses.of(session, -5L).link(art))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo("Students");
            assertThat(e.key()).isEqualTo(-5L);
          });
    });
    inTransaction(session -> assertThat(courstuCount(session)).isEqualTo(5));
  }

  @Test
  void linkAllFromBothSidesInsertsInOneBatchAfterOneCheck() {
    inTransaction(session -> {
      List<Courstu> rows = counted(session, s -> CoursesStudents.of(s, art).linkAll(List.of(ann, cid, dee)));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(rows).extracting(Courstu::getStuid).containsExactly(ann, cid, dee);
      assertThat(rows).extracting(Courstu::getCourid).containsOnly(art);

      List<Courstu> back = counted(session, s -> StudentsCourses.of(s, dee).linkAll(List.of(math, physics)));
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(back).extracting(Courstu::getCourid).containsExactly(math, physics);
      assertThat(back).extracting(Courstu::getStuid).containsOnly(dee);
    });
    inTransaction(session -> {
      assertThat(courses(StudentsCourses.of(session, dee).find())).containsExactly("Math", "Physics", "Art");
      assertThat(students(CoursesStudents.of(session, art).find())).containsExactly("Ann", "Cid", "Dee");
      assertThat(courses(StudentsCourses.of(session, cid).find())).containsExactly("Physics", "Art");
    });
  }

  @Test
  void linkAllWithAMissingKeyWritesNothingAndOfNothingRunsNoSql() {
    inTransaction(session -> assertThatThrownBy(() -> StudentsCourses.of(session, dee).linkAll(List.of(art, -9L)))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
          assertThat(e.entityName()).isEqualTo("Courses");
          assertThat(e.key()).isEqualTo(-9L);
        }));
    inTransaction(session -> {
      List<Courstu> none = counted(session, s -> CoursesStudents.of(s, art).linkAll(List.of()));
      assertThat(none).isEmpty();
      assertThat(sql.total()).isZero();
    });
    inTransaction(session -> assertThat(courstuCount(session)).isEqualTo(5));
  }

  @Test
  void setFromTheCourseSideIsSeenFromTheStudents() {
    List<Long> annRows = fromTransaction(session -> CoursesStudents.of(session, math).findWithThrough().stream()
        .filter(row -> row.target().getId().equals(ann)).map(row -> row.through().id).toList());
    inTransaction(session -> {
      counted(session, s -> {
        CoursesStudents.of(s, math).set(List.of(ann, cid));
        return null;
      });
      // current links, existence of the added key, one delete, one insert
      assertThat(sql.count("select")).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(4);
    });
    inTransaction(session -> {
      assertThat(students(CoursesStudents.of(session, math).find())).containsExactly("Ann", "Cid");
      // Ann's two rows are kept as they were
      assertThat(StudentsCourses.of(session, ann).findWithThrough()).extracting(row -> row.through().id)
          .containsExactlyElementsOf(annRows);
      assertThat(courses(StudentsCourses.of(session, bob).find())).containsExactly("Physics");
      assertThat(courses(StudentsCourses.of(session, cid).find())).containsExactly("Math", "Physics");
    });
  }

  @Test
  void setFromTheStudentSideIsSeenFromTheCourses() {
    inTransaction(session -> {
      counted(session, s -> {
        StudentsCourses.of(s, bob).set(List.of(physics, art, art));
        return null;
      });
      assertThat(sql.count("select")).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.count("insert")).isEqualTo(1);
    });
    inTransaction(session -> {
      assertThat(courses(StudentsCourses.of(session, bob).find())).containsExactly("Physics", "Art");
      assertThat(students(CoursesStudents.of(session, math).find())).containsExactly("Ann");
      assertThat(students(CoursesStudents.of(session, art).find())).containsExactly("Bob");
      assertThat(students(CoursesStudents.of(session, physics).find())).containsExactly("Bob", "Cid");
    });
    inTransaction(session -> {
      counted(session, s -> {
        StudentsCourses.of(s, bob).set(List.of(art, physics));
        return null;
      });
      // nothing to change: only the current links are read
      assertThat(sql.total()).isEqualTo(1);
      counted(session, s -> {
        StudentsCourses.of(s, bob).set(List.of());
        return null;
      });
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
    });
    inTransaction(session -> {
      assertThat(StudentsCourses.of(session, bob).count()).isZero();
      assertThat(CoursesStudents.of(session, art).count()).isZero();
    });
  }

  @Test
  void setWithAMissingKeyOrSourceWritesNothing() {
    inTransaction(session -> assertThatThrownBy(() -> CoursesStudents.of(session, math).set(List.of(cid, -1L)))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
          assertThat(e.entityName()).isEqualTo("Students");
          assertThat(e.key()).isEqualTo(-1L);
        }));
    inTransaction(session -> assertThatThrownBy(() -> StudentsCourses.of(session, -2L).set(List.of(math)))
        .isInstanceOfSatisfying(NoSuchEntityException.class, e -> assertThat(e.entityName()).isEqualTo("Students")));
    inTransaction(session -> {
      assertThat(students(CoursesStudents.of(session, math).find())).containsExactly("Ann", "Bob");
      assertThat(courstuCount(session)).isEqualTo(5);
    });
  }

  @Test
  void unlinkFromOneSideIsSeenFromTheOtherInOneDelete() {
    inTransaction(session -> {
      int unlinked = counted(session, s -> StudentsCourses.of(s, ann).unlink(math));
      assertThat(unlinked).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);

      int fromCourse = counted(session, s -> CoursesStudents.of(s, physics).unlink(cid));
      assertThat(fromCourse).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);

      assertThat(StudentsCourses.of(session, ann).unlink(math)).isZero();
      assertThat(CoursesStudents.of(session, art).unlink(dee)).isZero();
    });
    inTransaction(session -> {
      assertThat(students(CoursesStudents.of(session, math).find())).containsExactly("Bob");
      assertThat(StudentsCourses.of(session, cid).find()).isEmpty();
      assertThat(session.find(Students.class, ann)).isNotNull();
      assertThat(session.find(Courses.class, math)).isNotNull();
      assertThat(courstuCount(session)).isEqualTo(2);
    });
  }

  @Test
  void unlinkAllFromBothSidesInOneDelete() {
    inTransaction(session -> {
      int ofBob = counted(session, s -> StudentsCourses.of(s, bob).unlinkAll());
      assertThat(ofBob).isEqualTo(2);
      assertThat(sql.count("delete")).isEqualTo(1);
      assertThat(sql.total()).isEqualTo(1);
      assertThat(StudentsCourses.of(session, bob).unlinkAll()).isZero();
    });
    inTransaction(session -> {
      assertThat(students(CoursesStudents.of(session, math).find())).containsExactly("Ann");
      assertThat(students(CoursesStudents.of(session, physics).find())).containsExactly("Cid");
      int ofMath = counted(session, s -> CoursesStudents.of(s, math).unlinkAll());
      assertThat(ofMath).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(1);
    });
    inTransaction(session -> {
      assertThat(StudentsCourses.of(session, ann).find()).isEmpty();
      assertThat(courstuCount(session)).isEqualTo(1);
    });
  }

  @Test
  void deleteFromTheCourseSideRemovesStudentsAndAllTheirRows() {
    inTransaction(session -> {
      int deleted = counted(session, s -> CoursesStudents.of(s, math).delete());
      assertThat(deleted).isEqualTo(2);
      // the linked keys, then one delete of their rows (of every course) and one of the students
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(2);
      assertThat(sql.total()).isEqualTo(3);
    });
    inTransaction(session -> {
      assertThat(session.find(Students.class, ann)).isNull();
      assertThat(session.find(Students.class, bob)).isNull();
      assertThat(session.find(Courses.class, math)).isNotNull();
      // Bob's Physics row went too
      assertThat(students(CoursesStudents.of(session, physics).find())).containsExactly("Cid");
      assertThat(courstuCount(session)).isEqualTo(1);
    });
  }

  @Test
  void deleteWithRestrictionFromTheStudentSideRemovesOnlyMatchingCourses() {
    inTransaction(session -> {
      int deleted = counted(session,
          s -> StudentsCourses.of(s, bob).delete(Restriction.equal(Courses_.courname, "Physics")));
      assertThat(deleted).isEqualTo(1);
      assertThat(sql.count("select")).isEqualTo(1);
      assertThat(sql.count("delete")).isEqualTo(2);
    });
    inTransaction(session -> {
      assertThat(session.find(Courses.class, physics)).isNull();
      assertThat(courses(StudentsCourses.of(session, bob).find())).containsExactly("Math");
      // Cid's Physics row went with the course
      assertThat(StudentsCourses.of(session, cid).find()).isEmpty();
      assertThat(session.find(Students.class, cid)).isNotNull();
      assertThat(courstuCount(session)).isEqualTo(3);
      assertThat(StudentsCourses.of(session, dee).delete()).isZero();
      assertThat(StudentsCourses.of(session, ann).delete(Restriction.equal(Courses_.courname, "Art"))).isZero();
    });
  }

  // ---------------------------------------------------------------- inclusion

  @Test
  void includeFillsTheSetFieldOfEveryCourseInOneStatement() {
    inTransaction(session -> {
      List<Courses> all = session.createQuery("from Courses order by id", Courses.class).getResultList();
      Map<Long, List<Students>> byCourse = counted(session, s -> CoursesStudents.include(s, all));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(byCourse).containsOnlyKeys(math, physics, art);
      assertThat(students(byCourse.get(math))).containsExactly("Ann", "Bob");
      assertThat(students(byCourse.get(physics))).containsExactly("Bob", "Cid");
      assertThat(byCourse.get(art)).isEmpty();
      assertThat(all).allSatisfy(course -> assertThat(course.getStudents()).isInstanceOf(Set.class));
      assertThat(all).extracting(course -> students(course.getStudents()))
          .containsExactly(List.of("Ann", "Bob"), List.of("Bob", "Cid"), List.of());
      // the same Bob instance in both courses
      Students bobOfMath = byCourse.get(math).get(1);
      assertThat(byCourse.get(physics).get(0)).isSameAs(bobOfMath);
    });
  }

  @Test
  void includeFillsTheCollectionFieldOfEveryStudentInOneStatement() {
    inTransaction(session -> {
      List<Students> all = session.createQuery("from Students order by id", Students.class).getResultList();
      Map<Long, List<Courses>> byStudent = counted(session, s -> StudentsCourses.include(s, all));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(byStudent).containsOnlyKeys(ann, bob, cid, dee);
      assertThat(courses(byStudent.get(ann))).containsExactly("Math");
      assertThat(courses(byStudent.get(bob))).containsExactly("Math", "Physics");
      assertThat(courses(byStudent.get(cid))).containsExactly("Physics");
      assertThat(byStudent.get(dee)).isEmpty();
      assertThat(all).extracting(student -> courses(student.getCourses()))
          .containsExactly(List.of("Math"), List.of("Math", "Physics"), List.of("Physics"), List.of());
    });
  }

  @Test
  void includeDoesNotGrowWithTheNumberOfSources() {
    inTransaction(session -> {
      for (int i = 0; i < 120; i++) {
        Courses course = new Courses("C" + i);
        session.persist(course);
        courstu(session, course.getId(), i % 2 == 0 ? ann : dee);
      }
    });
    for (int sources : new int[] {1, 4, 123}) {
      inTransaction(session -> {
        List<Courses> some = session.createQuery("from Courses order by id", Courses.class)
            .setMaxResults(sources).getResultList();
        Map<Long, List<Students>> byCourse = counted(session, s -> CoursesStudents.include(s, some));
        assertThat(byCourse).hasSize(sources);
        assertThat(sql.total()).as("statements for %d courses", sources).isEqualTo(1);
      });
    }
    inTransaction(session -> {
      List<Students> all = session.createQuery("from Students order by id", Students.class).getResultList();
      Map<Long, List<Courses>> byStudent = counted(session, s -> StudentsCourses.include(s, all));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(byStudent.get(ann)).hasSize(61);
      assertThat(byStudent.get(dee)).hasSize(60);
      assertThat(StudentsCourses.include(session, List.of())).isEmpty();
    });
  }

  // ---------------------------------------------------------------- misuse

  @Test
  void writesWithoutATransactionFailClearlyOnBothSides() {
    try (var session = factory.openSession()) {
      CoursesStudents students = CoursesStudents.of(session, math);
      StudentsCourses courses = StudentsCourses.of(session, dee);
      assertThat(students.count()).isEqualTo(2);
      assertThatThrownBy(() -> students.link(dee))
          .isInstanceOf(TransactionRequiredException.class)
          .hasMessageContaining("Courses.students.link")
          .hasMessageContaining("active transaction");
      assertThatThrownBy(() -> courses.link(art))
          .isInstanceOf(TransactionRequiredException.class)
          .hasMessageContaining("Students.courses.link");
      assertThatThrownBy(() -> courses.linkAll(List.of(art))).isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(() -> courses.set(List.of(art))).isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(() -> students.unlink(ann)).isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(students::unlinkAll).isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(() -> courses.create(new Courses("X"))).isInstanceOf(TransactionRequiredException.class);
      assertThatThrownBy(students::delete).isInstanceOf(TransactionRequiredException.class);
    }
    inTransaction(session -> assertThat(courstuCount(session)).isEqualTo(5));
  }

  @Test
  void nullArgumentsNameTheParameter() {
    inTransaction(session -> {
      StudentsCourses courses = StudentsCourses.of(session, bob);
      assertThatThrownBy(() -> StudentsCourses.of(null, bob)).isInstanceOf(NullPointerException.class).hasMessage("em");
      assertThatThrownBy(() -> StudentsCourses.of(session, (Long) null)).hasMessage("sourceKey");
      assertThatThrownBy(() -> CoursesStudents.of(session, (Courses) null)).hasMessage("source");
      assertThatThrownBy(() -> courses.findById(null)).isInstanceOf(NullPointerException.class).hasMessage("targetKey");
      assertThatThrownBy(() -> courses.isLinked(null)).hasMessage("targetKey");
      assertThatThrownBy(() -> courses.link(art, null)).hasMessage("throughData");
      assertThatThrownBy(() -> courses.delete(null)).hasMessage("where");
      assertThatThrownBy(() -> courses.set(null)).hasMessage("targetKeys");
      assertThatThrownBy(() -> CoursesStudents.include(session, null)).hasMessage("sources");
    });
  }

  @Test
  void aSourceWithoutKeyIsRejected() {
    inTransaction(session -> {
      assertThatThrownBy(() -> CoursesStudents.of(session, new Courses("New")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Courses has no id");
      assertThatThrownBy(() -> StudentsCourses.of(session, new Students("New")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Students has no id");
    });
  }
}
