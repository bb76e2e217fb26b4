package dev.throughline.it.session;

import dev.throughline.Linked;
import dev.throughline.NoSuchEntityException;
import dev.throughline.it.clinic.Appointment;
import dev.throughline.it.clinic.Doctor;
import dev.throughline.it.clinic.DoctorPatients;
import dev.throughline.it.clinic.Patient;
import dev.throughline.it.clinic.Patient_;
import dev.throughline.it.support.SqlLog;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.query.restriction.Restriction;

/**
 * Runs operations in one application session at a time and compares, after each, what the session
 * shows with the model; after each commit or rollback it compares the database, read in a fresh
 * session, with the model.
 *
 * <p>After each operation, in the same session:
 *
 * <ul>
 *   <li>every instance the application holds (obtained since the last clear) is managed exactly
 *       when its row exists, and shows the model's values;
 *   <li>{@code em.find} of every patient and of every appointment whose id is known returns an
 *       instance with the model's values when it exists, {@code null} when it was removed;
 *   <li>in {@code MANUAL}, the accessor's reads issue no insert, update or delete (reads never
 *       flush); then the application flushes;
 *   <li>for every doctor, the accessor's {@code find}, {@code find(where)}, {@code count} and
 *       {@code findWithThrough} agree with the model; for the doctor the operation used, and one
 *       more in rotation, so do {@code isLinked} and {@code findById} of every patient an
 *       appointment with that doctor ever referenced.
 * </ul>
 */
final class ModelRunner implements AutoCloseable {

  static final String[] PREFIXES = {"A", "B", "C"};

  private final SessionFactory factory;
  private final SqlLog sql;
  final SessionFlushMode mode;

  Session session;
  private Transaction transaction;
  ClinicModel model = new ClinicModel();
  private ClinicModel committed = new ClinicModel();
  /** Database ids of the symbols, once known; never forgotten (ids are not reused). */
  private final Map<String, Long> ids = new HashMap<>();
  /** Instances the application obtained in the current session since its last clear, by symbol. */
  private final Map<String, Object> held = new LinkedHashMap<>();
  private Operation current;

  ModelRunner(SessionFactory factory, SqlLog sql, SessionFlushMode mode) {
    this.factory = factory;
    this.sql = sql;
    this.mode = mode;
  }

  /** Empties the clinic tables and opens the first session. */
  void start() {
    factory.inTransaction(s -> {
      s.createMutationQuery("delete from Appointment").executeUpdate();
      s.createMutationQuery("delete from Prescription").executeUpdate();
      s.createMutationQuery("delete from Patient").executeUpdate();
      s.createMutationQuery("delete from Doctor").executeUpdate();
    });
    openSession();
  }

  private void openSession() {
    session = factory.openSession();
    mode.applyTo(session);
    transaction = session.beginTransaction();
    held.clear();
  }

  /** Runs the operation, then compares the session with the model. */
  void execute(Operation operation) {
    current = operation;
    try {
      operation.run(this);
    } catch (Mismatch mismatch) {
      throw mismatch;
    } catch (RuntimeException e) {
      throw new Mismatch("the operation threw " + rootName(e), String.valueOf(e), e);
    }
    try {
      check();
    } catch (Mismatch mismatch) {
      throw mismatch;
    } catch (RuntimeException e) {
      throw new Mismatch("comparing the session threw " + rootName(e), String.valueOf(e), e);
    }
  }

  private static String rootName(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ")";
  }

  @Override
  public void close() {
    try {
      if (transaction != null && transaction.isActive()) {
        transaction.rollback();
      }
    } catch (RuntimeException ignored) {
      // the failure being reported matters, not this one
    }
    try {
      if (session != null && session.isOpen()) {
        session.close();
      }
    } catch (RuntimeException ignored) {
      // as above
    }
  }

  // ---------------------------------------------------------------- what operations use

  DoctorPatients accessor(String doctor, int no) {
    if (Operation.byEntity(no)) {
      Doctor entity = session.find(Doctor.class, id(doctor));
      if (entity == null) {
        throw new Mismatch("em.find of an existing Doctor", doctor + " is null");
      }
      hold(doctor, entity);
      return DoctorPatients.of(session, entity);
    }
    return DoctorPatients.of(session, id(doctor));
  }

  void assigned(String symbol, Long id) {
    if (id != null) {
      ids.put(symbol, id);
    }
  }

  boolean known(String symbol) {
    return ids.containsKey(symbol);
  }

  Long id(String symbol) {
    Long id = ids.get(symbol);
    if (id == null) {
      throw new IllegalStateException("no id known for " + symbol);
    }
    return id;
  }

  List<Long> ids(Collection<String> symbols) {
    return symbols.stream().map(this::id).toList();
  }

  void hold(String symbol, Object instance) {
    held.put(symbol, instance);
  }

  void forgetHeld() {
    held.clear();
  }

  Patient findAlivePatient(String patient) {
    Patient entity = session.find(Patient.class, id(patient));
    if (entity == null) {
      throw new Mismatch("em.find of an existing Patient", patient + " is null");
    }
    expectName("em.find(Patient) name", patient, entity);
    return entity;
  }

  Appointment findAliveAppointment(String appointment) {
    Appointment entity = session.find(Appointment.class, id(appointment));
    if (entity == null) {
      throw new Mismatch("em.find of an existing Appointment", appointment + " is null");
    }
    expectAppointment("em.find(Appointment)", appointment, entity);
    return entity;
  }

  void expectRow(String kind, Appointment row, String doctor, String patient, LocalDate date) {
    if (row == null) {
      throw new Mismatch(kind, "null");
    }
    if (!Objects.equals(row.getDoctorId(), id(doctor)) || !Objects.equals(row.getPatientId(), id(patient))
        || !Objects.equals(row.getAppointmentDate(), date)) {
      throw new Mismatch(kind, "expected a row (" + doctor + ", " + patient + ", " + date + "), got " + text(row));
    }
  }

  void expectCount(String kind, long expected, long actual, String detail) {
    if (expected != actual) {
      throw new Mismatch(kind, "expected " + expected + ", got " + actual + " (model: " + detail + ")");
    }
  }

  /** The call fails with NoSuchEntityException naming the patient, and writes nothing. */
  void expectNoSuchPatient(String kind, String patient, Runnable call) {
    try {
      call.run();
    } catch (NoSuchEntityException e) {
      if (!"Patient".equals(e.entityName()) || !Objects.equals(e.key(), id(patient))) {
        throw new Mismatch(kind, "expected NoSuchEntityException for Patient " + patient + " (pid " + id(patient)
            + "), got: " + e.getMessage(), e);
      }
      return;
    } catch (RuntimeException e) {
      throw new Mismatch(kind, "expected NoSuchEntityException for Patient " + patient + ", got " + e, e);
    }
    throw new Mismatch(kind, "expected NoSuchEntityException for Patient " + patient + ", but it returned");
  }

  String patientName(Long pid) {
    String symbol = symbolOf("P", pid);
    return symbol == null ? "pid " + pid : symbol;
  }

  void commit(boolean newSession) {
    try {
      if (mode == SessionFlushMode.MANUAL) {
        session.flush();
      }
      transaction.commit();
    } catch (RuntimeException e) {
      throw new Mismatch("commit threw " + rootName(e), String.valueOf(e), e);
    }
    committed = model.copy();
    verifyDatabase("the database after commit");
    if (newSession) {
      session.close();
      openSession();
    } else {
      transaction = session.beginTransaction();
    }
  }

  void rollback() {
    transaction.rollback();
    session.close();
    model = committed.rolledBack(model);
    committed = model.copy();
    verifyDatabase("the database after rollback");
    openSession();
  }

  /** A new appointment, or a detached copy of one when {@code id} is given. */
  static Appointment appointment(Long id, Long doctorId, Long patientId, LocalDate date) {
    Appointment appointment = new Appointment();
    set(appointment, "id", id);
    set(appointment, "doctorId", doctorId);
    set(appointment, "patientId", patientId);
    appointment.setAppointmentDate(date);
    return appointment;
  }

  /** A detached copy of the patient with this pid, carrying this name. */
  static Patient detachedPatient(Long pid, String name) {
    Patient patient = new Patient(name);
    set(patient, "pid", pid);
    return patient;
  }

  private static void set(Object entity, String field, Object value) {
    try {
      Field f = entity.getClass().getDeclaredField(field);
      f.setAccessible(true);
      f.set(entity, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- comparisons

  private void check() {
    checkHeld();
    checkFind();
    if (mode == SessionFlushMode.MANUAL) {
      sql.reset();
      for (String doctor : model.doctors) {
        DoctorPatients accessor = DoctorPatients.of(session, id(doctor));
        accessor.find();
        accessor.count();
        accessor.findWithThrough();
        for (String patient : doctor.equals(current.doctor()) ? candidates(doctor) : Set.<String>of()) {
          accessor.isLinked(id(patient));
          accessor.findById(id(patient));
        }
      }
      List<String> writes = sql.statements().stream()
          .filter(s -> s.stripLeading().toLowerCase(Locale.ROOT).matches("^(insert|update|delete|merge)\\b.*"))
          .toList();
      if (!writes.isEmpty()) {
        throw new Mismatch("reads flushed a MANUAL session", "the accessor's reads wrote " + writes);
      }
      session.flush();
    }
    List<String> doctors = List.copyOf(model.doctors);
    for (int i = 0; i < doctors.size(); i++) {
      String doctor = doctors.get(i);
      checkReads(doctor, doctor.equals(current.doctor()) || i == Math.floorMod(current.no(), doctors.size()));
    }
  }

  /** Instances the application holds: managed exactly when their row exists, with the model's values. */
  private void checkHeld() {
    for (Map.Entry<String, Object> entry : held.entrySet()) {
      String symbol = entry.getKey();
      Object instance = entry.getValue();
      boolean alive = switch (symbol.charAt(0)) {
        case 'D' -> model.doctors.contains(symbol);
        case 'P' -> model.patientAlive(symbol);
        case 'A' -> model.appointmentAlive(symbol);
        default -> throw new IllegalStateException(symbol);
      };
      String type = instance.getClass().getSimpleName();
      boolean managed = session.contains(instance);
      if (!alive && managed) {
        throw new Mismatch("em.contains of a removed " + type,
            "the instance of " + symbol + " the application holds is still managed (" + describe(instance) + ")");
      }
      if (alive && !managed) {
        throw new Mismatch("em.contains of an existing " + type,
            "the instance of " + symbol + " the application holds is no longer managed (" + describe(instance) + ")");
      }
      if (alive && instance instanceof Patient patient) {
        expectName("managed Patient name", symbol, patient);
      } else if (alive && instance instanceof Appointment appointment) {
        expectAppointment("managed Appointment", symbol, appointment);
      }
    }
  }

  /** em.find of every patient and known appointment: the model's values, or null once removed. */
  private void checkFind() {
    for (Map.Entry<String, ClinicModel.PatientState> entry : model.patients.entrySet()) {
      String symbol = entry.getKey();
      Patient found = session.find(Patient.class, id(symbol));
      if (entry.getValue().alive) {
        if (found == null) {
          throw new Mismatch("em.find of an existing Patient", symbol + " is null");
        }
        expectName("em.find(Patient) name", symbol, found);
        hold(symbol, found);
      } else if (found != null) {
        throw new Mismatch("em.find of a removed Patient", symbol + " returned " + found);
      }
    }
    for (Map.Entry<String, ClinicModel.AppointmentState> entry : model.appointments.entrySet()) {
      String symbol = entry.getKey();
      if (!known(symbol)) {
        continue;
      }
      Appointment found = session.find(Appointment.class, id(symbol));
      if (entry.getValue().alive) {
        if (found == null) {
          throw new Mismatch("em.find of an existing Appointment", symbol + " is null");
        }
        expectAppointment("em.find(Appointment)", symbol, found);
        hold(symbol, found);
      } else if (found != null) {
        throw new Mismatch("em.find of a removed Appointment", symbol + " returned " + text(found));
      }
    }
  }

  /**
   * The accessor's reads of one doctor; {@code perPatient} adds isLinked and findById of each
   * candidate patient (done for the doctor the operation used and for one more in rotation).
   */
  private void checkReads(String doctor, boolean perPatient) {
    DoctorPatients accessor = DoctorPatients.of(session, id(doctor));
    String of = "DoctorPatients.of(em, " + doctor + ")";
    List<String> linked = byPid(model.linkedPatients(doctor));

    List<Patient> found = accessor.find();
    expectPatients("find()", of + ".find()", linked, found);
    found.forEach(p -> hold(symbolOf("P", p.getPid()), p));

    String prefix = PREFIXES[Math.floorMod(current.no(), PREFIXES.length)];
    expectPatients("find(where)", of + ".find(startsWith(name, \"" + prefix + "\"))",
        byPid(model.linkedPatients(doctor, prefix)), accessor.find(Restriction.startsWith(Patient_.name, prefix)));

    long count = accessor.count();
    if (count != linked.size()) {
      throw new Mismatch("count()", of + ".count(): expected " + linked.size() + " " + linked + ", got " + count);
    }

    List<Linked<Patient, Appointment>> rows = accessor.findWithThrough();
    checkRows(doctor, of + ".findWithThrough()", rows);

    for (String patient : perPatient ? candidates(doctor) : Set.<String>of()) {
      boolean expected = linked.contains(patient);
      boolean isLinked = accessor.isLinked(id(patient));
      if (isLinked != expected) {
        throw new Mismatch("isLinked(..)", of + ".isLinked(" + patient + "): expected " + expected
            + " (rows " + model.rowsOf(doctor, patient) + (model.patientAlive(patient) ? "" : ", patient removed")
            + "), got " + isLinked);
      }
      Optional<Patient> byId = accessor.findById(id(patient));
      if (byId.isPresent() != expected) {
        throw new Mismatch("findById(..)", of + ".findById(" + patient + "): expected "
            + (expected ? "the patient" : "empty") + ", got " + byId);
      }
      byId.ifPresent(p -> expectName("findById(..) name", patient, p));
    }
  }

  /** The patients that an appointment with this doctor has ever referenced: where isLinked can go wrong. */
  private Set<String> candidates(String doctor) {
    Set<String> candidates = new LinkedHashSet<>();
    for (ClinicModel.AppointmentState state : model.appointments.values()) {
      if (state.doctor.equals(doctor)) {
        candidates.add(state.patient);
      }
    }
    return candidates;
  }

  private void checkRows(String doctor, String call, List<Linked<Patient, Appointment>> rows) {
    Long previous = null;
    List<Appointment> throughs = new ArrayList<>();
    for (Linked<Patient, Appointment> row : rows) {
      Patient target = row.target();
      Appointment through = row.through();
      if (!Objects.equals(through.getDoctorId(), id(doctor)) || !Objects.equals(through.getPatientId(), target.getPid())) {
        throw new Mismatch("findWithThrough() pairs", call + ": row " + text(through) + " paired with " + target);
      }
      if (previous != null && previous > target.getPid()) {
        throw new Mismatch("findWithThrough() order", call + ": not ordered by pid: " + textRows(rows));
      }
      previous = target.getPid();
      String patient = symbolOf("P", target.getPid());
      if (patient == null || !model.patientAlive(patient)) {
        throw new Mismatch("findWithThrough() rows", call + ": returned a row of "
            + (patient == null ? "unknown pid " + target.getPid() : "removed " + patient) + ": " + textRows(rows));
      }
      expectName("findWithThrough() target name", patient, target);
      throughs.add(through);
    }
    Map<String, Appointment> matched = matchRows("findWithThrough() rows", call, model.rowsOf(doctor), throughs);
    matched.forEach(this::hold);
    rows.forEach(row -> hold(symbolOf("P", row.target().getPid()), row.target()));
  }

  /**
   * Matches the appointments found with the model's rows: a row whose id is known must be found
   * with that id, a row created without the application seeing its id (by {@code set} or {@code
   * create}) is matched by doctor, patient and date, and its id is learnt. Nothing else may be found.
   */
  private Map<String, Appointment> matchRows(String kind, String what, List<String> expected, List<Appointment> found) {
    Map<String, Appointment> matched = new LinkedHashMap<>();
    List<Appointment> unmatched = new ArrayList<>();
    for (Appointment row : found) {
      String symbol = symbolOf("A", row.getId());
      if (symbol == null) {
        unmatched.add(row);
        continue;
      }
      if (!expected.contains(symbol)) {
        throw new Mismatch(kind, what + ": found " + symbol + " " + text(row) + ", which "
            + (model.appointmentAlive(symbol) ? "it should not" : "was removed") + "; expected " + textModel(expected)
            + ", found " + textRows(found));
      }
      if (matched.put(symbol, row) != null) {
        throw new Mismatch(kind, what + ": found " + symbol + " twice: " + textRows(found));
      }
      expectAppointment(kind, symbol, row);
    }
    for (String symbol : expected) {
      if (matched.containsKey(symbol)) {
        continue;
      }
      ClinicModel.AppointmentState state = model.appointments.get(symbol);
      Appointment same = known(symbol) ? null : unmatched.stream()
          .filter(row -> Objects.equals(row.getDoctorId(), id(state.doctor))
              && Objects.equals(row.getPatientId(), id(state.patient))
              && Objects.equals(row.getAppointmentDate(), state.date))
          .findFirst().orElse(null);
      if (same == null) {
        throw new Mismatch(kind, what + ": missing " + symbol + " " + textModel(List.of(symbol)) + "; expected "
            + textModel(expected) + ", found " + textRows(found));
      }
      unmatched.remove(same);
      assigned(symbol, same.getId());
      matched.put(symbol, same);
    }
    if (!unmatched.isEmpty()) {
      throw new Mismatch(kind, what + ": found rows the model does not have: " + textRows(unmatched)
          + "; expected " + textModel(expected));
    }
    return matched;
  }

  /** The database, read in a fresh session, equals the model as committed. */
  private void verifyDatabase(String what) {
    try (Session fresh = factory.openSession()) {
      List<Long> doctorIds = fresh.createSelectionQuery("select d.id from Doctor d order by d.id", Long.class).getResultList();
      List<Long> expectedDoctors = model.doctors.stream().map(this::id).sorted().toList();
      if (!doctorIds.equals(expectedDoctors)) {
        throw new Mismatch(what + ": doctors", "expected " + expectedDoctors + ", found " + doctorIds);
      }
      List<Patient> patients = fresh.createSelectionQuery("from Patient p order by p.pid", Patient.class).getResultList();
      List<String> expectedPatients = byPid(model.alivePatients()).stream()
          .map(p -> p + " \"" + model.patients.get(p).name + "\"").toList();
      List<String> foundPatients = patients.stream().map(this::text).toList();
      if (!foundPatients.equals(expectedPatients)) {
        throw new Mismatch(what + ": patients", "expected " + expectedPatients + ", found " + foundPatients);
      }
      List<Appointment> appointments =
          fresh.createSelectionQuery("from Appointment a order by a.id", Appointment.class).getResultList();
      matchRows(what + ": appointments", "all appointments", model.aliveAppointments(), appointments);
    }
  }

  private void expectPatients(String kind, String call, List<String> expected, List<Patient> found) {
    List<String> expectedText = expected.stream().map(p -> p + " \"" + model.patients.get(p).name + "\"").toList();
    List<String> foundText = found.stream().map(this::text).toList();
    if (!foundText.equals(expectedText)) {
      throw new Mismatch(kind, call + ": expected " + expectedText + ", got " + foundText);
    }
  }

  private void expectName(String kind, String patient, Patient instance) {
    String expected = model.patients.get(patient).name;
    if (!Objects.equals(instance.getName(), expected)) {
      throw new Mismatch(kind, patient + ": expected \"" + expected + "\", shows \"" + instance.getName() + "\"");
    }
  }

  private void expectAppointment(String kind, String appointment, Appointment instance) {
    ClinicModel.AppointmentState state = model.appointments.get(appointment);
    if (!Objects.equals(instance.getDoctorId(), id(state.doctor))
        || !Objects.equals(instance.getPatientId(), id(state.patient))
        || !Objects.equals(instance.getAppointmentDate(), state.date)) {
      throw new Mismatch(kind, appointment + ": expected " + textModel(List.of(appointment)) + ", shows " + text(instance));
    }
  }

  // ---------------------------------------------------------------- symbols and text

  private List<String> byPid(Collection<String> patients) {
    return patients.stream().sorted(Comparator.comparing(this::id)).toList();
  }

  private String symbolOf(String prefix, Long id) {
    if (id == null) {
      return null;
    }
    for (Map.Entry<String, Long> entry : ids.entrySet()) {
      if (entry.getKey().startsWith(prefix) && entry.getValue().equals(id)) {
        return entry.getKey();
      }
    }
    return null;
  }

  private String text(Patient patient) {
    String symbol = symbolOf("P", patient.getPid());
    return (symbol == null ? "pid " + patient.getPid() : symbol) + " \"" + patient.getName() + "\"";
  }

  String text(Appointment row) {
    String symbol = symbolOf("A", row.getId());
    String doctor = symbolOf("D", row.getDoctorId());
    String patient = symbolOf("P", row.getPatientId());
    return (symbol == null ? "id " + row.getId() : symbol) + "("
        + (doctor == null ? "doctor " + row.getDoctorId() : doctor) + ", "
        + (patient == null ? "pid " + row.getPatientId() : patient) + ", " + row.getAppointmentDate() + ")";
  }

  private String textRows(List<?> rows) {
    return rows.stream()
        .map(row -> row instanceof Linked<?, ?> linked ? text((Appointment) linked.through()) : text((Appointment) row))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private String textModel(List<String> rows) {
    return rows.stream().map(symbol -> {
      ClinicModel.AppointmentState state = model.appointments.get(symbol);
      return symbol + "(" + state.doctor + ", " + state.patient + ", " + state.date + ")";
    }).collect(Collectors.joining(", ", "[", "]"));
  }

  private String describe(Object instance) {
    if (instance instanceof Patient patient) {
      return text(patient);
    }
    if (instance instanceof Appointment appointment) {
      return text(appointment);
    }
    return String.valueOf(instance);
  }
}
