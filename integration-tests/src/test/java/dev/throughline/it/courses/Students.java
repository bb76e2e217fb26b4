package dev.throughline.it.courses;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.Collection;

/** LoopBack 3's STUDENTS(ID, STUNAME); the relation back to courses through the same table. */
@Entity
public class Students {
  @Id @GeneratedValue Long id;
  String stuname;

  @Transient
  @HasManyThrough(through = Courstu.class, throughKeyFrom = "stuid", throughKeyTo = "courid",
      includeByName = false)
  Collection<Courses> courses;

  protected Students() {}

  public Students(String stuname) {
    this.stuname = stuname;
  }

  public Long getId() {
    return id;
  }

  public String getStuname() {
    return stuname;
  }

  public Collection<Courses> getCourses() {
    return courses;
  }
}
