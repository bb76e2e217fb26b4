package dev.throughline.it.projects;

import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;
import java.util.UUID;

/** UUID keys, and entity names that differ from the class names. */
@Entity(name = "EngProject")
public class Project {
  @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
  String title;

  @Transient
  @HasManyThrough(through = Assignment.class)
  List<Engineer> engineers;

  protected Project() {}

  public Project(String title) {
    this.title = title;
  }

  public UUID getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public List<Engineer> getEngineers() {
    return engineers;
  }
}
