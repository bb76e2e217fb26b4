package dev.throughline.it.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the clinic must look like to the application: doctors, patients with their names and
 * appointments with their dates, each known by a symbol (D0, P3, A7) that stays the same when a
 * sequence is replayed against new database ids. Entries are never forgotten: a removed patient or
 * appointment stays, marked dead, so that its absence can be checked.
 */
final class ClinicModel {

  /** A patient: its name as the session must show it, and whether it exists. */
  static final class PatientState {
    String name;
    boolean alive = true;

    PatientState(String name) {
      this.name = name;
    }

    PatientState copy() {
      PatientState copy = new PatientState(name);
      copy.alive = alive;
      return copy;
    }
  }

  /** An appointment: the pair it links, its date (null when none was given) and whether it exists. */
  static final class AppointmentState {
    final String doctor;
    final String patient;
    LocalDate date;
    boolean alive = true;

    AppointmentState(String doctor, String patient, LocalDate date) {
      this.doctor = doctor;
      this.patient = patient;
      this.date = date;
    }

    AppointmentState copy() {
      AppointmentState copy = new AppointmentState(doctor, patient, date);
      copy.alive = alive;
      return copy;
    }
  }

  final Set<String> doctors = new LinkedHashSet<>();
  final Map<String, PatientState> patients = new LinkedHashMap<>();
  final Map<String, AppointmentState> appointments = new LinkedHashMap<>();

  ClinicModel copy() {
    ClinicModel copy = new ClinicModel();
    copy.doctors.addAll(doctors);
    patients.forEach((symbol, state) -> copy.patients.put(symbol, state.copy()));
    appointments.forEach((symbol, state) -> copy.appointments.put(symbol, state.copy()));
    return copy;
  }

  /**
   * The state after a rollback: this model as committed, with every patient and appointment
   * created since (in {@code current}) known but dead.
   */
  ClinicModel rolledBack(ClinicModel current) {
    ClinicModel back = copy();
    current.patients.forEach((symbol, state) -> back.patients.computeIfAbsent(symbol, s -> {
      PatientState dead = state.copy();
      dead.alive = false;
      return dead;
    }));
    current.appointments.forEach((symbol, state) -> back.appointments.computeIfAbsent(symbol, s -> {
      AppointmentState dead = state.copy();
      dead.alive = false;
      return dead;
    }));
    return back;
  }

  boolean patientAlive(String patient) {
    PatientState state = patients.get(patient);
    return state != null && state.alive;
  }

  boolean patientDead(String patient) {
    PatientState state = patients.get(patient);
    return state != null && !state.alive;
  }

  boolean appointmentAlive(String appointment) {
    AppointmentState state = appointments.get(appointment);
    return state != null && state.alive;
  }

  List<String> alivePatients() {
    return patients.entrySet().stream().filter(e -> e.getValue().alive).map(Map.Entry::getKey).toList();
  }

  List<String> deadPatients() {
    return patients.entrySet().stream().filter(e -> !e.getValue().alive).map(Map.Entry::getKey).toList();
  }

  List<String> aliveAppointments() {
    return appointments.entrySet().stream().filter(e -> e.getValue().alive).map(Map.Entry::getKey).toList();
  }

  /** The existing appointments of this doctor. */
  List<String> rowsOf(String doctor) {
    return rows(a -> a.doctor.equals(doctor));
  }

  /** The existing appointments between this doctor and this patient. */
  List<String> rowsOf(String doctor, String patient) {
    return rows(a -> a.doctor.equals(doctor) && a.patient.equals(patient));
  }

  List<String> rows(Predicate<AppointmentState> which) {
    List<String> rows = new ArrayList<>();
    appointments.forEach((symbol, state) -> {
      if (state.alive && which.test(state)) {
        rows.add(symbol);
      }
    });
    return rows;
  }

  /** The existing patients that at least one existing appointment links to this doctor. */
  Set<String> linkedPatients(String doctor) {
    Set<String> linked = new LinkedHashSet<>();
    for (String row : rowsOf(doctor)) {
      String patient = appointments.get(row).patient;
      if (patientAlive(patient)) {
        linked.add(patient);
      }
    }
    return linked;
  }

  /** The linked patients whose name starts with this prefix. */
  Set<String> linkedPatients(String doctor, String namePrefix) {
    Set<String> linked = new LinkedHashSet<>();
    for (String patient : linkedPatients(doctor)) {
      if (patients.get(patient).name.startsWith(namePrefix)) {
        linked.add(patient);
      }
    }
    return linked;
  }

  /** The patients linked to this doctor by at least one appointment on this date. */
  Set<String> linkedPatientsOn(String doctor, LocalDate date) {
    Set<String> linked = new LinkedHashSet<>();
    for (String row : rowsOf(doctor)) {
      AppointmentState state = appointments.get(row);
      if (Objects.equals(state.date, date) && patientAlive(state.patient)) {
        linked.add(state.patient);
      }
    }
    return linked;
  }

  /** Removes these patients and every appointment that references them. */
  void removePatients(Collection<String> removed) {
    for (String patient : removed) {
      patients.get(patient).alive = false;
    }
    for (AppointmentState state : appointments.values()) {
      if (removed.contains(state.patient)) {
        state.alive = false;
      }
    }
  }
}
