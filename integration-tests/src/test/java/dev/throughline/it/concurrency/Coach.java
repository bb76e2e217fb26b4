package dev.throughline.it.concurrency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.SQLRestriction;

/** Retired coaches are hidden from every query; the {@code senior} filter hides the junior ones. */
@Entity
@SQLRestriction("retired = false")
@FilterDef(name = "senior", defaultCondition = "grade >= 3")
@Filter(name = "senior")
public class Coach {
  @Id @GeneratedValue Long id;
  String name;
  boolean retired;
  int grade;

  protected Coach() {}

  public Coach(String name, int grade, boolean retired) {
    this.name = name;
    this.grade = grade;
    this.retired = retired;
  }

  public Long getId() {
    return id;
  }
}
