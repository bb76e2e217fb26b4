package dev.throughline.it.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.UUID;

@Entity(name = "ProjectAssignment")
public class Assignment {
  @Id @GeneratedValue Long id;
  UUID projectId;
  UUID engineerId;
  String role;

  public UUID getProjectId() {
    return projectId;
  }

  public UUID getEngineerId() {
    return engineerId;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
