package com.acme.clinic;

import dev.throughline.HasManyThrough;
import jakarta.persistence.*;
import java.util.List;

@Entity
public class Doctor {
  @Id @GeneratedValue Long id;
  String name;

  @Transient
  @HasManyThrough(through = Appointment.class)
  List<Patient> patients;
}
