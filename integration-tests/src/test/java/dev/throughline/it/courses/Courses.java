package dev.throughline.it.courses;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.Set;

/** LoopBack 3's COURSES(ID, COURNAME), with explicit through keys ({@code foreignKey}/{@code keyThrough}). */
@Entity
public class Courses {
  @Id @GeneratedValue Long id;
  String courname;

  @Transient
  @HasManyThrough(through = Courstu.class, throughKeyFrom = "courid", throughKeyTo = "stuid")
  Set<Students> students;

  protected Courses() {}

  public Courses(String courname) {
    this.courname = courname;
  }

  public Long getId() {
    return id;
  }

  public String getCourname() {
    return courname;
  }

  public Set<Students> getStudents() {
    return students;
  }
}
