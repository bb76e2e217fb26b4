package dev.throughline.benchmarks;

import dev.throughline.benchmarks.model.DoctorPatients;
import dev.throughline.benchmarks.model.ListDoctor;
import dev.throughline.benchmarks.model.SetDoctor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Unlinking one patient (the middle one, pid K/2) from a doctor with K links, in a fresh
 * persistence context and its own transaction; the link is restored, untimed, before each operation.
 * The {@code @ManyToMany} sessions batch JDBC statements by {@value #JDBC_BATCH} (Hibernate's default
 * is no batching), which only helps them: the List's re-inserts go in batches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UnlinkBenchmark {

  static final int JDBC_BATCH = 100;

  @Param({"10", "100", "1000"})
  public int k;

  private Db db;
  private long doctor;
  private long pid;

  @Setup(Level.Trial)
  public void setUp() {
    db = Db.get(Dataset.Part.UNLINK);
    doctor = Dataset.unlinkDoctor(k);
    pid = k / 2;
  }

  @Setup(Level.Invocation)
  public void relink() {
    Dataset.relink(db, k, pid);
  }

  /** {@code DoctorPatients.of(session, doctor).unlink(pid)}: one DELETE. */
  @Benchmark
  public int throughline() {
    return db.inTransaction(session -> DoctorPatients.of(session, doctor).unlink(pid));
  }

  /** The same by hand: one bulk {@code delete} of the through row. */
  @Benchmark
  public int handWritten() {
    return db.inTransaction(session -> session
        .createMutationQuery("delete from Appointment a where a.doctorId = :doctor and a.patientId = :patient")
        .setParameter("doctor", doctor)
        .setParameter("patient", pid)
        .executeUpdate());
  }

  /** Loads the doctor and its {@code List}, removes the patient: Hibernate deletes the K rows and re-inserts K - 1. */
  @Benchmark
  public int manyToManyList() {
    return db.inTransaction(session -> {
      session.setJdbcBatchSize(JDBC_BATCH);
      ListDoctor owner = session.find(ListDoctor.class, doctor);
      return owner.getPatients().removeIf(patient -> patient.getPid() == pid) ? 1 : 0;
    });
  }

  /** Loads the doctor and its {@code Set}, removes the patient: Hibernate deletes one row. */
  @Benchmark
  public int manyToManySet() {
    return db.inTransaction(session -> {
      session.setJdbcBatchSize(JDBC_BATCH);
      SetDoctor owner = session.find(SetDoctor.class, doctor);
      return owner.getPatients().removeIf(patient -> patient.getPid() == pid) ? 1 : 0;
    });
  }
}
