package dev.throughline.benchmarks;

import dev.throughline.benchmarks.model.Appointment;
import dev.throughline.benchmarks.model.DoctorPatients;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Linking a doctor with no links to 1,000 existing patients, in a fresh persistence context and its
 * own transaction; the links are removed, untimed, before each operation. The session factory
 * keeps Hibernate's defaults ({@code hibernate.jdbc.batch_size} unset: no JDBC batching), under which
 * linkAll batches its own inserts; the batched loop turns batching on for its session,
 * {@value #JDBC_BATCH} rows a batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LinkAllBenchmark {

  static final int JDBC_BATCH = 100;

  private Db db;
  private final List<Long> keys = new ArrayList<>();

  @Setup(Level.Trial)
  public void setUp() {
    db = Db.get(Dataset.Part.LINK_ALL);
    for (long pid = 1; pid <= Dataset.LINK_ALL_SIZE; pid++) {
      keys.add(pid);
    }
  }

  @Setup(Level.Invocation)
  public void unlinkAll() {
    Dataset.clearLinkAll(db);
  }

  /** {@code DoctorPatients.of(session, doctor).linkAll(keys)}: one existence check, batched inserts. */
  @Benchmark
  public int throughline() {
    return db.inTransaction(session -> DoctorPatients.of(session, Dataset.LINK_ALL_DOCTOR).linkAll(keys).size());
  }

  /** {@code persist} of one {@code Appointment} per key, JDBC batching off: one INSERT per row. */
  @Benchmark
  public int persistLoop() {
    return db.inTransaction(session -> {
      session.setJdbcBatchSize(1);
      return persistAll(session);
    });
  }

  /** The same loop in a session that batches JDBC statements by {@value #JDBC_BATCH}. */
  @Benchmark
  public int persistLoopBatched() {
    return db.inTransaction(session -> {
      session.setJdbcBatchSize(JDBC_BATCH);
      return persistAll(session);
    });
  }

  private int persistAll(Session session) {
    for (Long pid : keys) {
      session.persist(new Appointment(Dataset.LINK_ALL_DOCTOR, pid));
    }
    session.flush();
    return keys.size();
  }
}
