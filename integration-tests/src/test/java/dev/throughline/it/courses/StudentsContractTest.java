package dev.throughline.it.courses;

import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.contract.RelationContract;

/**
 * The relation contract on {@code Students.courses} (a Collection field, stuid to courid); {@link
 * CoursesContractTest} runs it from the courses' side and across both.
 */
class StudentsContractTest extends RelationContract<Students, Long, Courses, Long, Courstu> {

  StudentsContractTest() {
    super(Fixtures::studentsCourses);
  }
}
