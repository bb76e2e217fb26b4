package dev.throughline.benchmarks;

import dev.throughline.benchmarks.model.Appointment;

/**
 * The data every benchmark reads and writes, the same on every database, in three models of the
 * same clinic: Throughline ({@code doctor}, {@code appointment}), a lazy {@code @OneToMany} walk
 * ({@code walk_doctor}, {@code visit}) and {@code @ManyToMany} collections ({@code list_doctor},
 * {@code set_doctor} and their join tables). Seeded with set-based SQL, by {@link Part}: each JMH
 * fork seeds only the parts its benchmark method reads, the counting pass all of them.
 *
 * <ul>
 *   <li>{@value #PATIENTS} patients, {@code pid} 1 to {@value #PATIENTS}.
 *   <li>Inclusion: doctors 1 to {@value #INCLUSION_DOCTORS} in the three inclusion models, each
 *       linked to {@value #LINKS_PER_DOCTOR} distinct patients of a pool of {@value #POOL}: link
 *       {@code x} (1-based) joins doctor {@code (x-1)/10+1} and patient {@code (x-1)%50+1}, like the
 *       measurements in ANCHORS.md (N+1 there: N + 51 statements).
 *   <li>Unlink: doctor {@code 20000+K} linked to patients 1..K, for K in {@link #UNLINK_SIZES}, in
 *       the Throughline, {@code List} and {@code Set} models.
 *   <li>linkAll: doctor {@value #LINK_ALL_DOCTOR}, with no links.
 *   <li>set: doctor {@value #SET_DOCTOR} linked to patients 1..{@value #SET_SIZE} in the Throughline
 *       and {@code List} models.
 * </ul>
 */
public final class Dataset {

  public static final int PATIENTS = 2_000;
  public static final int INCLUSION_DOCTORS = 10_000;
  public static final int LINKS_PER_DOCTOR = 10;
  public static final int POOL = 50;
  public static final int[] UNLINK_SIZES = {10, 100, 1_000};
  public static final long UNLINK_DOCTOR_BASE = 20_000L;
  public static final long LINK_ALL_DOCTOR = 30_000L;
  public static final int LINK_ALL_SIZE = 1_000;
  public static final long SET_DOCTOR = 40_000L;
  public static final int SET_SIZE = 1_000;
  /** Seeded appointment ids of the single doctors start here: {@code base + index * 10_000 + pid}. */
  static final long SINGLE_APPOINTMENT_IDS = 50_000_000L;
  /** Appointment ids that resets insert, below the sequence's {@link Appointment#FIRST_GENERATED_ID}. */
  private static long nextResetId = 90_000_000L;

  /** What can be seeded on its own; the patients come with the first part. */
  public enum Part {
    /** Inclusion doctors and appointments (Throughline, hand-written JPQL, find). */
    INCLUSION_THROUGHLINE,
    /** Inclusion walk doctors and visits. */
    INCLUSION_WALK,
    /** Inclusion list doctors and their join table. */
    INCLUSION_LIST,
    /** The unlink doctors, in the three models. */
    UNLINK,
    /** The linkAll doctor. */
    LINK_ALL,
    /** The set doctor, in the Throughline and List models. */
    SET
  }

  private Dataset() {}

  static void seed(Db db, Part part) {
    String links = db.series((long) INCLUSION_DOCTORS * LINKS_PER_DOCTOR);
    String doctorOf = "((x - 1) / " + LINKS_PER_DOCTOR + " + 1)";
    String patientOf = "(mod(x - 1, " + POOL + ") + 1)";
    switch (part) {
      case INCLUSION_THROUGHLINE -> db.sql(
          "insert into doctor (id, name) select x, 'Doctor ' || x from " + db.series(INCLUSION_DOCTORS),
          "insert into appointment (id, doctor_id, patient_id, appointment_date) select x, " + doctorOf + ", "
              + patientOf + ", date '2025-01-01' from " + links);
      case INCLUSION_WALK -> db.sql(
          "insert into walk_doctor (id, name) select x, 'Doctor ' || x from " + db.series(INCLUSION_DOCTORS),
          "insert into visit (id, doctor_id, patient_id, appointment_date) select x, " + doctorOf + ", "
              + patientOf + ", date '2025-01-01' from " + links);
      case INCLUSION_LIST -> db.sql(
          "insert into list_doctor (id, name) select x, 'Doctor ' || x from " + db.series(INCLUSION_DOCTORS),
          "insert into list_doctor_patient (doctor_id, patient_id) select " + doctorOf + ", " + patientOf
              + " from " + links);
      case UNLINK -> {
        int index = 1;
        for (int k : UNLINK_SIZES) {
          long doctor = unlinkDoctor(k);
          db.sql(doctors(doctor, "doctor", "list_doctor", "set_doctor"));
          db.sql(appointments(db, doctor, index++, k), listLinks(db, "list_doctor_patient", doctor, k),
              listLinks(db, "set_doctor_patient", doctor, k));
        }
      }
      case LINK_ALL -> db.sql(doctors(LINK_ALL_DOCTOR, "doctor"));
      case SET -> {
        db.sql(doctors(SET_DOCTOR, "doctor", "list_doctor"));
        db.sql(appointments(db, SET_DOCTOR, UNLINK_SIZES.length + 1, SET_SIZE),
            listLinks(db, "list_doctor_patient", SET_DOCTOR, SET_SIZE));
      }
    }
  }

  static void seedPatients(Db db) {
    db.sql("insert into patient (pid, name) select x, 'Patient ' || x from " + db.series(PATIENTS));
  }

  /** The doctor whose K links the unlink benchmark removes one of. */
  public static long unlinkDoctor(int k) {
    return UNLINK_DOCTOR_BASE + k;
  }

  /** Restores the link of the unlink doctor of K to this patient in every model, where it is missing. */
  static void relink(Db db, int k, long pid) {
    long doctor = unlinkDoctor(k);
    db.sql(
        "insert into appointment (id, doctor_id, patient_id, appointment_date) select " + nextResetId++ + ", "
            + doctor + ", " + pid + ", date '2025-01-01' where not exists (select 1 from appointment"
            + " where doctor_id = " + doctor + " and patient_id = " + pid + ")",
        "insert into list_doctor_patient (doctor_id, patient_id) select " + doctor + ", " + pid
            + " where not exists (select 1 from list_doctor_patient where doctor_id = " + doctor
            + " and patient_id = " + pid + ")",
        "insert into set_doctor_patient (doctor_id, patient_id) select " + doctor + ", " + pid
            + " where not exists (select 1 from set_doctor_patient where doctor_id = " + doctor
            + " and patient_id = " + pid + ")");
  }

  /** Removes every link of the linkAll doctor. */
  static void clearLinkAll(Db db) {
    db.sql("delete from appointment where doctor_id = " + LINK_ALL_DOCTOR);
  }

  /** Gives the set doctor exactly its seeded links again, patients 1..{@value #SET_SIZE}, in both models. */
  static void resetSet(Db db) {
    db.sql(
        "delete from appointment where doctor_id = " + SET_DOCTOR,
        "delete from list_doctor_patient where doctor_id = " + SET_DOCTOR,
        "insert into appointment (id, doctor_id, patient_id, appointment_date) select " + nextResetId
            + " + x, " + SET_DOCTOR + ", x, date '2025-01-01' from " + db.series(SET_SIZE),
        listLinks(db, "list_doctor_patient", SET_DOCTOR, SET_SIZE));
    nextResetId += SET_SIZE + 1;
  }

  private static String[] doctors(long id, String... tables) {
    String[] statements = new String[tables.length];
    for (int i = 0; i < tables.length; i++) {
      statements[i] = "insert into " + tables[i] + " (id, name) values (" + id + ", 'Doctor " + id + "')";
    }
    return statements;
  }

  private static String appointments(Db db, long doctor, int index, int count) {
    return "insert into appointment (id, doctor_id, patient_id, appointment_date) select "
        + (SINGLE_APPOINTMENT_IDS + index * 10_000L) + " + x, " + doctor + ", x, date '2025-01-01' from "
        + db.series(count);
  }

  private static String listLinks(Db db, String table, long doctor, int count) {
    return "insert into " + table + " (doctor_id, patient_id) select " + doctor + ", x from " + db.series(count);
  }
}
