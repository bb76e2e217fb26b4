package dev.throughline.it.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/** A through entity with a filter: when enabled, only the rows of one branch are seen. */
@Entity
@Table(name = "fl_shelving")
@FilterDef(name = FlShelving.BRANCH, parameters = @ParamDef(name = "branch", type = String.class))
@Filter(name = FlShelving.BRANCH, condition = "branch = :branch")
public class FlShelving {
  /** The filter's name; its parameter is {@code branch}. */
  public static final String BRANCH = "flShelvingBranch";

  @Id @GeneratedValue Long id;
  Long flShelfId;
  Long flBookId;
  String branch;
  String note;

  public Long getId() {
    return id;
  }

  public Long getFlShelfId() {
    return flShelfId;
  }

  public Long getFlBookId() {
    return flBookId;
  }

  public String getBranch() {
    return branch;
  }

  public void setBranch(String branch) {
    this.branch = branch;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
