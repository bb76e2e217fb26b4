package dev.throughline.it.school;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class EnrollmentId implements Serializable {
  private static final long serialVersionUID = 1L;

  Long pupilId;
  Long classroomId;

  public Long getPupilId() {
    return pupilId;
  }

  public Long getClassroomId() {
    return classroomId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EnrollmentId that
        && Objects.equals(pupilId, that.pupilId)
        && Objects.equals(classroomId, that.classroomId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pupilId, classroomId);
  }
}
