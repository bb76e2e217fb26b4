package dev.throughline.it.courses;

import dev.throughline.it.contract.RelationFixture;

/**
 * LoopBack 3's courses and students as the shared test contracts use them: one through table,
 * Courstu, read from both sides with explicit through keys, and no data of its own.
 */
public final class CoursesFixtures {

  private CoursesFixtures() {}

  /** Courses.students: a Set field, courid to stuid. */
  public static RelationFixture<Courses, Long, Students, Long, Courstu> coursesStudents() {
    return RelationFixture.<Courses, Long, Students, Long, Courstu>relation("Courses.students",
            CoursesStudents::of, CoursesStudents::of, CoursesStudents::include, CoursesStudents::inclusion)
        .sources(Courses_.id, Courses::new, Courses::getId, Courses::getStudents)
        .targets(Students_.id, Students_.stuname, Students::new, Students::getId, Students::getStuname)
        .through(Courstu.class, (session, course, student) -> courstu(course, student),
            (session, row) -> row.getCourid(), (session, row) -> row.getStuid())
        .missing(-7L, -3L);
  }

  /** Students.courses: a Collection field, stuid to courid; the same rows seen from the student. */
  public static RelationFixture<Students, Long, Courses, Long, Courstu> studentsCourses() {
    return RelationFixture.<Students, Long, Courses, Long, Courstu>relation("Students.courses",
            StudentsCourses::of, StudentsCourses::of, StudentsCourses::include, StudentsCourses::inclusion)
        .sources(Students_.id, Students::new, Students::getId, Students::getCourses)
        .targets(Courses_.id, Courses_.courname, Courses::new, Courses::getId, Courses::getCourname)
        .through(Courstu.class, (session, student, course) -> courstu(course, student),
            (session, row) -> row.getStuid(), (session, row) -> row.getCourid())
        .missing(-7L, -3L);
  }

  /** A new row linking a course and a student, not yet persisted. */
  static Courstu courstu(Long course, Long student) {
    Courstu row = new Courstu();
    row.courid = course;
    row.stuid = student;
    return row;
  }
}
