package dev.throughline.benchmarks.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.List;

/** Plain JPA: a lazy {@code @OneToMany} of visits, each with a lazy {@code @ManyToOne} patient (the N+1 walk). */
@Entity
@Table(name = "walk_doctor")
public class WalkDoctor {
  @Id Long id;
  String name;

  @OneToMany(mappedBy = "doctor")
  List<Visit> visits;

  protected WalkDoctor() {}

  public Long getId() {
    return id;
  }

  public List<Visit> getVisits() {
    return visits;
  }
}
