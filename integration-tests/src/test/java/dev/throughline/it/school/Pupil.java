package dev.throughline.it.school;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

@Entity
public class Pupil {
  @Id @GeneratedValue Long id;
  String name;

  /** Through an entity keyed by @EmbeddedId, with @MapsId on both associations. */
  @Transient
  @HasManyThrough(through = Enrollment.class)
  List<Classroom> classrooms;

  protected Pupil() {}

  public Pupil(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<Classroom> getClassrooms() {
    return classrooms;
  }
}
