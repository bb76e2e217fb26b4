package dev.throughline.example.spring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.throughline.HasManyThrough;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.util.List;

/** The source: a doctor has many patients through appointments. */
@Entity
@JsonPropertyOrder({"id", "name", "patientCount", "patients"})
public class Doctor {
  @Id @GeneratedValue Long id;
  String name;

  /** Generates DoctorPatients and DoctorRelations; inclusion fills this field. */
  @Transient
  @HasManyThrough(through = Appointment.class)
  List<Patient> patients;

  /** How many distinct patients the doctor has, when a list of doctors was counted at once. */
  @Transient Long patientCount;

  protected Doctor() {}

  public Doctor(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  /** Null (and left out of the JSON) unless the doctor was listed with the others' counts. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public Long getPatientCount() {
    return patientCount;
  }

  void setPatientCount(Long patientCount) {
    this.patientCount = patientCount;
  }

  /** Null (and left out of the JSON) unless the request asked to include patients. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public List<Patient> getPatients() {
    return patients;
  }
}
