package dev.throughline.benchmarks;

import dev.throughline.benchmarks.model.Appointment;
import dev.throughline.benchmarks.model.DoctorPatients;
import jakarta.persistence.LockModeType;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Linking one patient to a doctor without links ({@value Dataset#LINK_ALL_DOCTOR}), against the
 * Hibernate code that does the same: check, with a shared lock, that doctor and patient exist,
 * then persist the row. The row is removed, untimed, before every operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LinkBenchmark {

  static final long PATIENT = 1_999L;
  static final String EXIST = "select d.id from Doctor d, Patient p where d.id = :doctor and p.pid = :patient";

  private Db db;

  @Setup(Level.Trial)
  public void setUp() {
    db = Db.get(Dataset.Part.LINK_ALL);
  }

  @Setup(Level.Invocation)
  public void unlinkAll() {
    Dataset.clearLinkAll(db);
  }

  /** {@code DoctorPatients.of(session, doctor).link(pid)}: one existence check, one insert. */
  @Benchmark
  public long throughline() {
    return db.inTransaction(session -> DoctorPatients.of(session, Dataset.LINK_ALL_DOCTOR).link(PATIENT).getPatientId());
  }

  /** The same by hand: the existence check under {@code PESSIMISTIC_READ}, then {@code persist}. */
  @Benchmark
  public long handWritten() {
    return db.inTransaction(session -> {
      boolean exist = !session.createSelectionQuery(EXIST, Long.class)
          .setParameter("doctor", Dataset.LINK_ALL_DOCTOR)
          .setParameter("patient", PATIENT)
          .setLockMode(LockModeType.PESSIMISTIC_READ)
          .setMaxResults(1)
          .getResultList()
          .isEmpty();
      if (!exist) {
        throw new IllegalStateException("doctor or patient missing");
      }
      Appointment row = new Appointment(Dataset.LINK_ALL_DOCTOR, PATIENT);
      session.persist(row);
      return row.getPatientId();
    });
  }
}
