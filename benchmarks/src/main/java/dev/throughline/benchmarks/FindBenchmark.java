package dev.throughline.benchmarks;

import dev.throughline.benchmarks.model.DoctorPatients;
import dev.throughline.benchmarks.model.Patient;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The 10 patients of one doctor (doctor 1 of the inclusion data), by key, in a fresh persistence context. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FindBenchmark {

  static final long DOCTOR = 1L;
  /** One of doctor 1's patients, for findById and isLinked. */
  static final long PATIENT = 5L;
  /** The through entity joined to the target, for doctor {@code :doctor}. */
  static final String JOIN = " from Appointment a join Patient p on p.pid = a.patientId where a.doctorId = :doctor";
  static final String JPQL = "select p" + JOIN + " order by p.pid";

  private Db db;

  @Setup(Level.Trial)
  public void setUp() {
    db = Db.get(Dataset.Part.INCLUSION_THROUGHLINE);
  }

  /** {@code DoctorPatients.of(session, 1L).find()}. */
  @Benchmark
  public long throughline() {
    return db.inTransaction(session -> sum(DoctorPatients.of(session, DOCTOR).find()));
  }

  /** The same by hand: one JPQL join over the through entity. */
  @Benchmark
  public long jpql() {
    return db.inTransaction(session -> sum(session.createSelectionQuery(JPQL, Patient.class)
        .setParameter("doctor", DOCTOR)
        .getResultList()));
  }

  private static long sum(List<Patient> patients) {
    long sum = 0;
    for (Patient patient : patients) {
      sum += patient.getPid();
    }
    return sum;
  }
}
