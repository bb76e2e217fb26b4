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

/**
 * {@code findById(5L)}: patient 5 if doctor 1 is linked to it, its name read. Doctor 1 of the
 * inclusion data (patients 1 to 10), in a fresh persistence context and a committed transaction per
 * operation, against the JPQL a Hibernate user would write for the same answer: the through entity
 * joined to the target, as the hand-written find of {@link FindBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FindByIdBenchmark {

  private Db db;

  @Setup(Level.Trial)
  public void setUp() {
    db = Db.get(Dataset.Part.INCLUSION_THROUGHLINE);
  }

  /** {@code DoctorPatients.of(session, 1L).findById(5L)}. */
  @Benchmark
  public long throughline() {
    return db.inTransaction(session -> nameLength(DoctorPatients.of(session, FindBenchmark.DOCTOR).findById(FindBenchmark.PATIENT).stream().toList()));
  }

  /** The same by hand: the patient through the join. */
  @Benchmark
  public long jpql() {
    return db.inTransaction(session -> nameLength(session.createSelectionQuery("select p" + FindBenchmark.JOIN + " and p.pid = :patient", Patient.class)
        .setParameter("doctor", FindBenchmark.DOCTOR)
        .setParameter("patient", FindBenchmark.PATIENT)
        .getResultList()));
  }

  private static long nameLength(List<Patient> found) {
    return found.isEmpty() ? -1 : found.get(0).getPid() + found.get(0).getName().length();
  }
}
