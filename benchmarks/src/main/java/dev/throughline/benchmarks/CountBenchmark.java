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
 * {@code count()}: how many patients doctor 1 has. Doctor 1 of the inclusion data (patients 1 to 10),
 * in a fresh persistence context and a committed transaction per operation, against the JPQL a
 * Hibernate user would write for the same answer: the through entity joined to the target, as the
 * hand-written find of {@link FindBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CountBenchmark {

  private Db db;

  @Setup(Level.Trial)
  public void setUp() {
    db = Db.get(Dataset.Part.INCLUSION_THROUGHLINE);
  }

  /** {@code DoctorPatients.of(session, 1L).count()}. */
  @Benchmark
  public long throughline() {
    return db.inTransaction(session -> DoctorPatients.of(session, FindBenchmark.DOCTOR).count());
  }

  /** The same by hand: {@code count} over the join. */
  @Benchmark
  public long jpql() {
    return db.inTransaction(session -> session.createSelectionQuery("select count(p)" + FindBenchmark.JOIN, Long.class)
        .setParameter("doctor", FindBenchmark.DOCTOR)
        .getSingleResult());
  }
}
