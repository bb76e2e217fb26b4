package com.acme.clinic;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
public class Appointment {
  @Id @GeneratedValue Long id;
  Long doctorId;
  Long patientId;
  LocalDate appointmentDate;
}
