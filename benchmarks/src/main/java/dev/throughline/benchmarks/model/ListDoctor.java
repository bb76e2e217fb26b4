package dev.throughline.benchmarks.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * Plain JPA: a {@code @ManyToMany} {@code List} (a bag: Hibernate deletes and re-inserts all its
 * rows when one element is removed), batch-fetched {@value #BATCH_SIZE} collections at a time.
 */
@Entity
@Table(name = "list_doctor")
public class ListDoctor {
  public static final int BATCH_SIZE = 100;

  @Id Long id;
  String name;

  @ManyToMany
  @JoinTable(name = "list_doctor_patient",
      joinColumns = @JoinColumn(name = "doctor_id"),
      inverseJoinColumns = @JoinColumn(name = "patient_id"),
      indexes = @Index(name = "list_doctor_patient_doctor_patient", columnList = "doctor_id, patient_id"))
  @BatchSize(size = BATCH_SIZE)
  List<Patient> patients = new ArrayList<>();

  protected ListDoctor() {}

  public Long getId() {
    return id;
  }

  public List<Patient> getPatients() {
    return patients;
  }
}
