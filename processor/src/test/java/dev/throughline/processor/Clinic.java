package dev.throughline.processor;

import static dev.throughline.processor.ProcessorRun.source;

import javax.tools.JavaFileObject;

/** The API contract's example model: a doctor has many patients through appointments. */
final class Clinic {

  static final JavaFileObject DOCTOR = source("p.Doctor", """
      package p;

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
      """);

  static final JavaFileObject APPOINTMENT = source("p.Appointment", """
      package p;

      import jakarta.persistence.*;
      import java.time.LocalDate;

      @Entity
      public class Appointment {
        @Id @GeneratedValue Long id;
        Long doctorId;
        Long patientId;
        LocalDate appointmentDate;
      }
      """);

  static final JavaFileObject PATIENT = source("p.Patient", """
      package p;

      import jakarta.persistence.*;

      @Entity
      public class Patient {
        @Id @GeneratedValue Long pid;
        String name;
      }
      """);

  private Clinic() {}
}
