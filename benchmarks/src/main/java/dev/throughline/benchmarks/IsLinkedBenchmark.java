package dev.throughline.benchmarks;

import dev.throughline.benchmarks.model.DoctorPatients;
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
 * {@code isLinked(5L)}: whether doctor 1 is linked to patient 5. Doctor 1 of the inclusion data
 * (patients 1 to 10), in a fresh persistence context and a committed transaction per operation,
 * against the JPQL a Hibernate user would write for the same answer: the through entity joined to the
 * target, as the hand-written find of {@link FindBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IsLinkedBenchmark {

  private Db db;

  @Setup(Level.Trial)
  public void setUp() {
    db = Db.get(Dataset.Part.INCLUSION_THROUGHLINE);
  }

  /** {@code DoctorPatients.of(session, 1L).isLinked(5L)}. */
  @Benchmark
  public boolean throughline() {
    return db.inTransaction(session -> DoctorPatients.of(session, FindBenchmark.DOCTOR).isLinked(FindBenchmark.PATIENT));
  }

  /** The same by hand: the first row of the join restricted to the patient. */
  @Benchmark
  public boolean jpql() {
    return db.inTransaction(session -> !session.createSelectionQuery("select p.pid" + FindBenchmark.JOIN + " and p.pid = :patient", Long.class)
        .setParameter("doctor", FindBenchmark.DOCTOR)
        .setParameter("patient", FindBenchmark.PATIENT)
        .setMaxResults(1)
        .getResultList()
        .isEmpty());
  }
}
