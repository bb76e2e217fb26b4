package dev.throughline.benchmarks;

import dev.throughline.benchmarks.model.DoctorPatients;
import dev.throughline.benchmarks.model.ListDoctor;
import dev.throughline.benchmarks.model.Patient;
import java.util.ArrayList;
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
 * Replacing half of a doctor's 1,000 links: patients 1..1000 become 501..1500 (500 kept, 500
 * unlinked, 500 linked), in a fresh persistence context and its own transaction; the seeded links
 * are restored, untimed, before each operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SetBenchmark {

  static final int JDBC_BATCH = 100;

  private Db db;
  private final List<Long> keys = new ArrayList<>();

  @Setup(Level.Trial)
  public void setUp() {
    db = Db.get(Dataset.Part.SET);
    for (long pid = Dataset.SET_SIZE / 2 + 1; pid <= Dataset.SET_SIZE / 2 + Dataset.SET_SIZE; pid++) {
      keys.add(pid);
    }
  }

  @Setup(Level.Invocation)
  public void restore() {
    Dataset.resetSet(db);
  }

  /** {@code DoctorPatients.of(session, doctor).set(keys)}: only the difference is written. */
  @Benchmark
  public int throughline() {
    return db.inTransaction(session -> {
      DoctorPatients.of(session, Dataset.SET_DOCTOR).set(keys);
      return keys.size();
    });
  }

  /**
   * Loads the doctor, clears its {@code @ManyToMany List} and adds a reference per key (no SELECT):
   * Hibernate deletes every row and inserts 1,000, in JDBC batches of {@value #JDBC_BATCH}.
   */
  @Benchmark
  public int manyToManyList() {
    return db.inTransaction(session -> {
      session.setJdbcBatchSize(JDBC_BATCH);
      ListDoctor owner = session.find(ListDoctor.class, Dataset.SET_DOCTOR);
      List<Patient> patients = owner.getPatients();
      patients.clear();
      for (Long pid : keys) {
        patients.add(session.getReference(Patient.class, pid));
      }
      return patients.size();
    });
  }
}
