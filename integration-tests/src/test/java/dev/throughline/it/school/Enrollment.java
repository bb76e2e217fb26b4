package dev.throughline.it.school;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** The join-entity mapping Hibernate's documentation recommends: an @EmbeddedId and @MapsId. */
@Entity
public class Enrollment {
  @EmbeddedId EnrollmentId id;

  @ManyToOne(fetch = FetchType.LAZY)
  @MapsId("pupilId")
  Pupil pupil;

  @ManyToOne(fetch = FetchType.LAZY)
  @MapsId("classroomId")
  Classroom classroom;

  String grade;

  public EnrollmentId getId() {
    return id;
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }
}
