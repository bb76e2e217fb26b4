package dev.throughline.it.courses;

import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.contract.RelationContract;
import dev.throughline.it.contract.RelationFixture;

/**
 * The relation contract on {@code Students.courses} (a Collection field, stuid to courid); {@link
 * CoursesContractTest} runs it from the courses' side and across both.
 */
class StudentsContractTest extends RelationContract<Students, Long, Courses, Long, Courstu> {

  @Override
  protected RelationFixture<Students, Long, Courses, Long, Courstu> fixture() {
    return Fixtures.studentsCourses();
  }
}
