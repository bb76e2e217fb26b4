package dev.throughline.it.session;

import dev.throughline.Patch;
import dev.throughline.RelationQuery;
import dev.throughline.it.clinic.Appointment;
import dev.throughline.it.clinic.Appointment_;
import dev.throughline.it.clinic.Doctor;
import dev.throughline.it.clinic.DoctorPatients;
import dev.throughline.it.clinic.Patient;
import dev.throughline.it.clinic.Patient_;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.query.restriction.Restriction;

/**
 * One step of a sequence: something the application does in its session, either with the
 * generated accessor or with the session itself. Operations name entities by model symbol, so that
 * a recorded sequence can be replayed, and shortened, on a fresh database. Each one applies its
 * effect to the model and checks what it returns; the session and the database are compared by
 * {@link ModelRunner} afterwards.
 */
interface Operation {

  /** Position in the generated sequence, printed as {@code #no}. */
  int no();

  /** Whether it can run on this state (an operation of a shortened sequence may not). */
  boolean applicable(ModelRunner runner);

  /** Runs it in the runner's session and applies its effect to the model. */
  void run(ModelRunner runner);

  /** What the application does, in words. */
  String describe();

  /** The doctor whose accessor the operation uses, or whose appointment it adds; null for others. */
  default String doctor() {
    return null;
  }

  /** The accessor as the operation obtains it: by key, or (every third operation) by a managed doctor. */
  static String accessor(String doctor, int no) {
    return byEntity(no) ? "DoctorPatients.of(em, em.find(Doctor, " + doctor + "))" : "DoctorPatients.of(em, " + doctor + ")";
  }

  static boolean byEntity(int no) {
    return no % 3 == 1;
  }

  private static String dateText(LocalDate date) {
    return date == null ? "no date" : date.toString();
  }

  private static String data(LocalDate date) {
    return date == null ? "" : ", a -> a.setAppointmentDate(" + date + ")";
  }

  // ---------------------------------------------------------------- the application's own work

  /** {@code em.persist(new Doctor(..))}. */
  record PersistDoctor(int no, String doctor) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return !r.model.doctors.contains(doctor);
    }

    @Override
    public void run(ModelRunner r) {
      Doctor entity = new Doctor("Doctor " + doctor);
      r.session.persist(entity);
      r.assigned(doctor, entity.getId());
      r.model.doctors.add(doctor);
      r.hold(doctor, entity);
    }

    @Override
    public String describe() {
      return "em.persist(new Doctor) -> " + doctor;
    }
  }

  /** {@code em.persist(new Patient(name))}, linked to nobody. */
  record PersistPatient(int no, String patient, String name) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return !r.model.patients.containsKey(patient);
    }

    @Override
    public void run(ModelRunner r) {
      Patient entity = new Patient(name);
      r.session.persist(entity);
      r.assigned(patient, entity.getPid());
      r.model.patients.put(patient, new ClinicModel.PatientState(name));
      r.hold(patient, entity);
    }

    @Override
    public String describe() {
      return "em.persist(new Patient(\"" + name + "\")) -> " + patient;
    }
  }

  /** {@code em.persist} of an appointment the application builds itself. */
  record PersistAppointment(int no, String appointment, String doctor, String patient, LocalDate date)
      implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor) && r.model.patientAlive(patient)
          && !r.model.appointments.containsKey(appointment);
    }

    @Override
    public void run(ModelRunner r) {
      Appointment entity = ModelRunner.appointment(null, r.id(doctor), r.id(patient), date);
      r.session.persist(entity);
      r.assigned(appointment, entity.getId());
      r.model.appointments.put(appointment, new ClinicModel.AppointmentState(doctor, patient, date));
      r.hold(appointment, entity);
    }

    @Override
    public String describe() {
      return "em.persist(new Appointment(" + doctor + ", " + patient + ", " + dateText(date) + ")) -> " + appointment;
    }
  }

  /** {@code em.find(Patient.class, pid)}: the patient is then managed. */
  record FindPatient(int no, String patient) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.patientAlive(patient);
    }

    @Override
    public void run(ModelRunner r) {
      r.hold(patient, r.findAlivePatient(patient));
    }

    @Override
    public String describe() {
      return "em.find(Patient, " + patient + ")";
    }
  }

  /** Renames a managed patient (dirty checking writes it). */
  record RenamePatient(int no, String patient, String name) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.patientAlive(patient);
    }

    @Override
    public void run(ModelRunner r) {
      Patient entity = r.findAlivePatient(patient);
      entity.setName(name);
      r.model.patients.get(patient).name = name;
      r.hold(patient, entity);
    }

    @Override
    public String describe() {
      return "em.find(Patient, " + patient + ").setName(\"" + name + "\")";
    }
  }

  /** {@code em.merge} of a detached copy of a patient with another name. */
  record MergePatient(int no, String patient, String name) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.patientAlive(patient);
    }

    @Override
    public void run(ModelRunner r) {
      Patient copy = ModelRunner.detachedPatient(r.id(patient), name);
      Patient merged = r.session.merge(copy);
      r.model.patients.get(patient).name = name;
      r.hold(patient, merged);
    }

    @Override
    public String describe() {
      return "em.merge(detached copy of " + patient + " named \"" + name + "\")";
    }
  }

  /** Changes the date of a managed appointment. */
  record ChangeDate(int no, String appointment, LocalDate date) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.appointmentAlive(appointment) && r.known(appointment);
    }

    @Override
    public void run(ModelRunner r) {
      Appointment entity = r.findAliveAppointment(appointment);
      entity.setAppointmentDate(date);
      r.model.appointments.get(appointment).date = date;
      r.hold(appointment, entity);
    }

    @Override
    public String describe() {
      return "em.find(Appointment, " + appointment + ").setAppointmentDate(" + date + ")";
    }
  }

  /** {@code em.merge} of a detached copy of an appointment with another date. */
  record MergeAppointment(int no, String appointment, LocalDate date) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.appointmentAlive(appointment) && r.known(appointment);
    }

    @Override
    public void run(ModelRunner r) {
      ClinicModel.AppointmentState state = r.model.appointments.get(appointment);
      Appointment copy = ModelRunner.appointment(r.id(appointment), r.id(state.doctor), r.id(state.patient), date);
      Appointment merged = r.session.merge(copy);
      state.date = date;
      r.hold(appointment, merged);
    }

    @Override
    public String describe() {
      return "em.merge(detached copy of " + appointment + " dated " + dateText(date) + ")";
    }
  }

  /** {@code em.remove} of a managed appointment. */
  record RemoveAppointment(int no, String appointment) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.appointmentAlive(appointment) && r.known(appointment);
    }

    @Override
    public void run(ModelRunner r) {
      Appointment entity = r.findAliveAppointment(appointment);
      r.session.remove(entity);
      r.model.appointments.get(appointment).alive = false;
      r.hold(appointment, entity);
    }

    @Override
    public String describe() {
      return "em.remove(em.find(Appointment, " + appointment + "))";
    }
  }

  /** {@code em.flush()}. */
  record Flush(int no) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return true;
    }

    @Override
    public void run(ModelRunner r) {
      r.session.flush();
    }

    @Override
    public String describe() {
      return "em.flush()";
    }
  }

  /** {@code em.flush(); em.clear()}: every instance the application held is detached. */
  record Clear(int no) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return true;
    }

    @Override
    public void run(ModelRunner r) {
      r.session.flush();
      r.session.clear();
      r.forgetHeld();
    }

    @Override
    public String describe() {
      return "em.flush(); em.clear()";
    }
  }

  /** Commits (flushing first in MANUAL), then goes on in the same session or in a new one. */
  record Commit(int no, boolean newSession) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return true;
    }

    @Override
    public void run(ModelRunner r) {
      r.commit(newSession);
    }

    @Override
    public String describe() {
      return "commit" + (newSession ? ", new session" : ", new transaction in the same session");
    }
  }

  /** Rolls back and goes on in a new session. */
  record Rollback(int no) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return true;
    }

    @Override
    public void run(ModelRunner r) {
      r.rollback();
    }

    @Override
    public String describe() {
      return "rollback, new session";
    }
  }

  // ---------------------------------------------------------------- the accessor's writes

  /** {@code link(pid)} or {@code link(pid, throughData)}. */
  record Link(int no, String doctor, String patient, LocalDate date, String appointment) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor) && r.model.patientAlive(patient)
          && !r.model.appointments.containsKey(appointment);
    }

    @Override
    public void run(ModelRunner r) {
      DoctorPatients accessor = r.accessor(doctor, no);
      Long pid = r.id(patient);
      Appointment row = date == null ? accessor.link(pid) : accessor.link(pid, a -> a.setAppointmentDate(date));
      r.expectRow("link(..) returned", row, doctor, patient, date);
      r.assigned(appointment, row.getId());
      r.model.appointments.put(appointment, new ClinicModel.AppointmentState(doctor, patient, date));
      r.hold(appointment, row);
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".link(" + patient + data(date) + ") -> " + appointment;
    }
  }

  /**
   * {@code linkIfAbsent(pid)} or with through data: the row of the pair with the lowest id if there
   * is one (unchanged), else a new row. Generated only when the accessor has the method.
   */
  record LinkIfAbsent(int no, String doctor, String patient, LocalDate date, String appointment)
      implements Operation {

    /** The accessor's {@code linkIfAbsent(key)} and {@code linkIfAbsent(key, throughData)}, if it has them. */
    static final Method WITHOUT_DATA = method(1);
    static final Method WITH_DATA = method(2);

    private static Method method(int parameters) {
      return Arrays.stream(DoctorPatients.class.getMethods())
          .filter(m -> m.getName().equals("linkIfAbsent") && m.getParameterCount() == parameters && !m.isBridge())
          .filter(m -> parameters == 1 || Consumer.class.equals(m.getParameterTypes()[1]))
          .findFirst().orElse(null);
    }

    static boolean available() {
      return WITHOUT_DATA != null && WITH_DATA != null;
    }

    @Override
    public boolean applicable(ModelRunner r) {
      return available() && r.model.doctors.contains(doctor) && r.model.patientAlive(patient)
          && !r.model.appointments.containsKey(appointment)
          && r.model.rowsOf(doctor, patient).stream().allMatch(r::known);
    }

    @Override
    public void run(ModelRunner r) {
      List<String> rows = r.model.rowsOf(doctor, patient);
      DoctorPatients accessor = r.accessor(doctor, no);
      Long pid = r.id(patient);
      Consumer<Appointment> data = a -> a.setAppointmentDate(date);
      Object returned;
      try {
        returned = date == null ? WITHOUT_DATA.invoke(accessor, pid) : WITH_DATA.invoke(accessor, pid, data);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      Appointment row = (Appointment) returned;
      if (rows.isEmpty()) {
        r.expectRow("linkIfAbsent(..) returned", row, doctor, patient, date);
        r.assigned(appointment, row.getId());
        r.model.appointments.put(appointment, new ClinicModel.AppointmentState(doctor, patient, date));
        r.hold(appointment, row);
        return;
      }
      String lowest = rows.stream().min(Comparator.comparing(r::id)).orElseThrow();
      if (row == null || !r.id(lowest).equals(row.getId())) {
        throw new Mismatch("linkIfAbsent(..) returned", "expected the existing row " + lowest + " (lowest id of "
            + rows + "), got " + (row == null ? null : r.text(row)));
      }
      r.expectRow("linkIfAbsent(..) returned", row, doctor, patient, r.model.appointments.get(lowest).date);
      r.hold(lowest, row);
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".linkIfAbsent(" + patient + data(date) + ") -> the lowest row of the pair, or new " + appointment;
    }
  }

  /** {@code linkAll(pids)}, distinct keys. */
  record LinkAll(int no, String doctor, List<String> patients, List<String> appointments) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor) && patients.stream().allMatch(r.model::patientAlive)
          && appointments.stream().noneMatch(r.model.appointments::containsKey);
    }

    @Override
    public void run(ModelRunner r) {
      List<Appointment> rows = r.accessor(doctor, no).linkAll(r.ids(patients));
      if (rows == null || rows.size() != patients.size()) {
        throw new Mismatch("linkAll(..) rows returned",
            "expected " + patients.size() + " rows, got " + (rows == null ? null : rows.size()));
      }
      Map<Long, String> symbolOfKey = new HashMap<>();
      for (int i = 0; i < patients.size(); i++) {
        symbolOfKey.put(r.id(patients.get(i)), appointments.get(i));
      }
      for (Appointment row : rows) {
        String symbol = symbolOfKey.remove(row.getPatientId());
        if (symbol == null) {
          throw new Mismatch("linkAll(..) rows returned", "a row for " + r.patientName(row.getPatientId())
              + " that is not one of the keys, or twice");
        }
        String patient = patients.get(appointments.indexOf(symbol));
        r.expectRow("linkAll(..) returned", row, doctor, patient, null);
        r.assigned(symbol, row.getId());
        r.model.appointments.put(symbol, new ClinicModel.AppointmentState(doctor, patient, null));
        r.hold(symbol, row);
      }
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".linkAll(" + patients + ") -> " + appointments;
    }
  }

  /**
   * {@code set(pids)}: rows of keys already linked stay as they are, a row is added for each
   * missing key (taking the next of {@code appointments}), the others are unlinked.
   */
  record SetLinks(int no, String doctor, List<String> patients, List<String> appointments) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor) && patients.stream().allMatch(r.model::patientAlive)
          && appointments.stream().noneMatch(r.model.appointments::containsKey);
    }

    @Override
    public void run(ModelRunner r) {
      r.accessor(doctor, no).set(r.ids(patients));
      Set<String> linked = r.model.linkedPatients(doctor);
      for (String row : r.model.rowsOf(doctor)) {
        if (!patients.contains(r.model.appointments.get(row).patient)) {
          r.model.appointments.get(row).alive = false;
        }
      }
      for (int i = 0; i < patients.size(); i++) {
        if (!linked.contains(patients.get(i))) {
          r.model.appointments.put(appointments.get(i),
              new ClinicModel.AppointmentState(doctor, patients.get(i), null));
        }
      }
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".set(" + patients + "), new rows from " + appointments;
    }
  }

  /** {@code unlink(pid)}. */
  record Unlink(int no, String doctor, String patient) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor) && r.model.patients.containsKey(patient);
    }

    @Override
    public void run(ModelRunner r) {
      List<String> rows = r.model.rowsOf(doctor, patient);
      int removed = r.accessor(doctor, no).unlink(r.id(patient));
      r.expectCount("unlink(..) result", rows.size(), removed, "rows " + rows);
      rows.forEach(row -> r.model.appointments.get(row).alive = false);
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".unlink(" + patient + ")";
    }
  }

  /** {@code unlinkAll()}. */
  record UnlinkAll(int no, String doctor) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor);
    }

    @Override
    public void run(ModelRunner r) {
      List<String> rows = r.model.rowsOf(doctor);
      int removed = r.accessor(doctor, no).unlinkAll();
      r.expectCount("unlinkAll() result", rows.size(), removed, "rows " + rows);
      rows.forEach(row -> r.model.appointments.get(row).alive = false);
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".unlinkAll()";
    }
  }

  /** {@code create(new Patient(name))} or with through data. */
  record Create(int no, String doctor, String patient, String name, LocalDate date, String appointment)
      implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor) && !r.model.patients.containsKey(patient)
          && !r.model.appointments.containsKey(appointment);
    }

    @Override
    public void run(ModelRunner r) {
      DoctorPatients accessor = r.accessor(doctor, no);
      Patient entity = new Patient(name);
      Patient created = date == null
          ? accessor.create(entity)
          : accessor.create(entity, a -> a.setAppointmentDate(date));
      if (created != entity || entity.getPid() == null) {
        throw new Mismatch("create(..) result", "expected the given patient, persistent, got " + created
            + (created == null ? "" : " with pid " + created.getPid()));
      }
      r.assigned(patient, entity.getPid());
      r.model.patients.put(patient, new ClinicModel.PatientState(name));
      r.model.appointments.put(appointment, new ClinicModel.AppointmentState(doctor, patient, date));
      r.hold(patient, entity);
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".create(new Patient(\"" + name + "\")" + data(date) + ") -> "
          + patient + ", " + appointment;
    }
  }

  /** {@code delete()}. */
  record Delete(int no, String doctor) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor);
    }

    @Override
    public void run(ModelRunner r) {
      Set<String> targets = r.model.linkedPatients(doctor);
      int deleted = r.accessor(doctor, no).delete();
      r.expectCount("delete() result", targets.size(), deleted, "patients " + targets);
      r.model.removePatients(targets);
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".delete()";
    }
  }

  /** {@code delete(startsWith(name, prefix))}. */
  record DeleteWhere(int no, String doctor, String prefix) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor);
    }

    @Override
    public void run(ModelRunner r) {
      Set<String> targets = r.model.linkedPatients(doctor, prefix);
      int deleted = r.accessor(doctor, no).delete(Restriction.startsWith(Patient_.name, prefix));
      r.expectCount("delete(where) result", targets.size(), deleted, "patients " + targets);
      r.model.removePatients(targets);
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".delete(startsWith(name, \"" + prefix + "\"))";
    }
  }

  /** {@code patch(Patch.set(Patient_.name, name))}. */
  record PatchAll(int no, String doctor, String name) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor);
    }

    @Override
    public void run(ModelRunner r) {
      Set<String> targets = r.model.linkedPatients(doctor);
      int changed = r.accessor(doctor, no).patch(Patch.set(Patient_.name, name));
      r.expectCount("patch(..) result", targets.size(), changed, "patients " + targets);
      targets.forEach(p -> r.model.patients.get(p).name = name);
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".patch(set(name, \"" + name + "\"))";
    }
  }

  /**
   * {@code query().where(startsWith(name, prefix)).patch(..)}, or with {@code whereThrough(date
   * equal)} when {@code prefix} is null.
   */
  record QueryPatch(int no, String doctor, String prefix, LocalDate date, String name) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor);
    }

    @Override
    public void run(ModelRunner r) {
      RelationQuery<Patient, Appointment> query = r.accessor(doctor, no).query();
      Set<String> targets;
      if (prefix != null) {
        targets = r.model.linkedPatients(doctor, prefix);
        query = query.where(Restriction.startsWith(Patient_.name, prefix));
      } else {
        targets = r.model.linkedPatientsOn(doctor, date);
        query = query.whereThrough(Restriction.equal(Appointment_.appointmentDate, date));
      }
      int changed = query.patch(Patch.set(Patient_.name, name));
      r.expectCount("query().patch(..) result", targets.size(), changed, "patients " + targets);
      targets.forEach(p -> r.model.patients.get(p).name = name);
    }

    @Override
    public String describe() {
      String where = prefix != null
          ? ".where(startsWith(name, \"" + prefix + "\"))"
          : ".whereThrough(equal(appointmentDate, " + date + "))";
      return accessor(doctor, no) + ".query()" + where + ".patch(set(name, \"" + name + "\"))";
    }
  }

  /** {@code link} of a patient that no longer exists: an exception, and nothing written. */
  record LinkMissing(int no, String doctor, String patient) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor) && r.model.patientDead(patient);
    }

    @Override
    public void run(ModelRunner r) {
      r.expectNoSuchPatient("link(..) of a removed patient", patient,
          () -> r.accessor(doctor, no).link(r.id(patient)));
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".link(" + patient + "), " + patient + " removed: NoSuchEntityException";
    }
  }

  /** {@code linkAll} with one key of a patient that no longer exists: an exception, nothing written. */
  record LinkAllMissing(int no, String doctor, List<String> patients, String missing) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor) && r.model.patientDead(missing)
          && patients.stream().filter(p -> !p.equals(missing)).allMatch(r.model::patientAlive);
    }

    @Override
    public void run(ModelRunner r) {
      r.expectNoSuchPatient("linkAll(..) with a removed patient", missing,
          () -> r.accessor(doctor, no).linkAll(r.ids(patients)));
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".linkAll(" + patients + "), " + missing + " removed: NoSuchEntityException";
    }
  }

  /** {@code set} with one key of a patient that no longer exists: an exception, nothing written. */
  record SetMissing(int no, String doctor, List<String> patients, String missing) implements Operation {
    @Override
    public boolean applicable(ModelRunner r) {
      return r.model.doctors.contains(doctor) && r.model.patientDead(missing)
          && patients.stream().filter(p -> !p.equals(missing)).allMatch(r.model::patientAlive);
    }

    @Override
    public void run(ModelRunner r) {
      r.expectNoSuchPatient("set(..) with a removed patient", missing,
          () -> r.accessor(doctor, no).set(r.ids(patients)));
    }

    @Override
    public String describe() {
      return accessor(doctor, no) + ".set(" + patients + "), " + missing + " removed: NoSuchEntityException";
    }
  }
}
