package dev.throughline.benchmarks;

import dev.throughline.benchmarks.model.Doctor;
import dev.throughline.benchmarks.model.DoctorPatients;
import dev.throughline.benchmarks.model.ListDoctor;
import dev.throughline.benchmarks.model.Patient;
import dev.throughline.benchmarks.model.Visit;
import dev.throughline.benchmarks.model.WalkDoctor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The patients of the first N doctors, 10 each: every operation opens a fresh persistence context,
 * loads the N doctors and then their patients, and touches every patient. Each returns the sum of
 * the patients' ids over all doctors, which the counting pass checks is the same for all four.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InclusionBenchmark {

  static final String JPQL_JOIN = "select a.doctorId, p from Appointment a join Patient p on p.pid = a.patientId"
      + " where a.doctorId in :doctors order by p.pid";

  @Param({"10", "100", "1000", "10000"})
  public int n;

  private Db db;

  /** Seeds the model of the method measured (every model when {@code params} is null: the counting pass). */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    String method = params == null ? "" : params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    db = switch (method) {
      case "throughline", "jpqlJoin" -> Db.get(Dataset.Part.INCLUSION_THROUGHLINE);
      case "manyToManyBatchSize" -> Db.get(Dataset.Part.INCLUSION_LIST);
      case "oneToManyWalk" -> Db.get(Dataset.Part.INCLUSION_WALK);
      default -> Db.get(Dataset.Part.INCLUSION_THROUGHLINE, Dataset.Part.INCLUSION_LIST, Dataset.Part.INCLUSION_WALK);
    };
  }

  /** {@code DoctorPatients.include}: doctors, then one statement per 16,384 doctors. */
  @Benchmark
  public long throughline() {
    return db.inTransaction(session -> {
      List<Doctor> doctors = doctors(session);
      DoctorPatients.include(session, doctors);
      long sum = 0;
      for (Doctor doctor : doctors) {
        for (Patient patient : doctor.getPatients()) {
          sum += patient.getPid();
        }
      }
      return sum;
    });
  }

  /** The same by hand: doctors, then one JPQL join over the through entity with every doctor id bound. */
  @Benchmark
  public long jpqlJoin() {
    return db.inTransaction(session -> {
      List<Doctor> doctors = doctors(session);
      List<Long> ids = new ArrayList<>(doctors.size());
      Map<Long, List<Patient>> byDoctor = new HashMap<>();
      for (Doctor doctor : doctors) {
        ids.add(doctor.getId());
        byDoctor.put(doctor.getId(), new ArrayList<>());
      }
      for (Object[] row : session.createSelectionQuery(JPQL_JOIN, Object[].class)
          .setParameter("doctors", ids)
          .getResultList()) {
        byDoctor.get((Long) row[0]).add((Patient) row[1]);
      }
      long sum = 0;
      for (Doctor doctor : doctors) {
        doctor.setPatients(byDoctor.get(doctor.getId()));
        for (Patient patient : doctor.getPatients()) {
          sum += patient.getPid();
        }
      }
      return sum;
    });
  }

  /** {@code @ManyToMany List} with {@code @BatchSize(100)}: doctors, then one statement per 100 collections. */
  @Benchmark
  public long manyToManyBatchSize() {
    return db.inTransaction(session -> {
      List<ListDoctor> doctors = listDoctors(session);
      long sum = 0;
      for (ListDoctor doctor : doctors) {
        for (Patient patient : doctor.getPatients()) {
          sum += patient.getPid();
        }
      }
      return sum;
    });
  }

  /** Lazy {@code @OneToMany} of visits, lazy {@code @ManyToOne} patient: doctors, one statement per doctor, one per patient. */
  @Benchmark
  public long oneToManyWalk() {
    return db.inTransaction(session -> {
      List<WalkDoctor> doctors = walkDoctors(session);
      long sum = 0;
      for (WalkDoctor doctor : doctors) {
        for (Visit visit : doctor.getVisits()) {
          Patient patient = visit.getPatient();
          patient.getName(); // initializes the proxy, as any real use of the patient would
          sum += patient.getPid();
        }
      }
      return sum;
    });
  }

  /** The page of sources: the first N doctors of 10,000, in a read-write transaction that commits. */
  private List<Doctor> doctors(Session session) {
    return session.createSelectionQuery("from Doctor d order by d.id", Doctor.class)
        .setMaxResults(n)
        .getResultList();
  }

  private List<ListDoctor> listDoctors(Session session) {
    return session.createSelectionQuery("from ListDoctor d order by d.id", ListDoctor.class)
        .setMaxResults(n)
        .getResultList();
  }

  private List<WalkDoctor> walkDoctors(Session session) {
    return session.createSelectionQuery("from WalkDoctor d order by d.id", WalkDoctor.class)
        .setMaxResults(n)
        .getResultList();
  }
}
