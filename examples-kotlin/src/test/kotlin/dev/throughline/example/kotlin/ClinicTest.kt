package dev.throughline.example.kotlin

import java.time.LocalDate
import org.assertj.core.api.Assertions.assertThat
import org.hibernate.Session
import org.hibernate.SessionFactory
import org.hibernate.cfg.AvailableSettings
import org.hibernate.cfg.Configuration
import org.hibernate.query.restriction.Restriction
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInfo

/** The accessors kapt generated for the Kotlin clinic, on embedded H2. */
class ClinicTest {

  private lateinit var factory: SessionFactory

  @BeforeEach
  fun start(test: TestInfo) {
    val configuration = Configuration()
      .addAnnotatedClass(Doctor::class.java)
      .addAnnotatedClass(Patient::class.java)
      .addAnnotatedClass(Appointment::class.java)
    val database = "kotlin_" + test.testMethod.orElseThrow().name
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, "jdbc:h2:mem:$database;DB_CLOSE_DELAY=-1")
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop")
    configuration.setProperty(AvailableSettings.GENERATE_STATISTICS, "true")
    factory = configuration.buildSessionFactory()
  }

  @AfterEach
  fun stop() {
    factory.close()
  }

  @Test
  fun linkWithThroughDataThenFind() {
    val house = persist(Doctor("Dr. House"))
    val ann = persist(Patient("Ann"))
    val bob = persist(Patient("Bob"))

    val visit = inTransaction { session ->
      DoctorPatients.of(session, house).link(ann.pid) { appointment ->
        appointment.appointmentDate = LocalDate.of(2026, 12, 1)
        appointment.reason = "check-up"
      }
    }

    assertThat(visit.doctorId).isEqualTo(house.id)
    assertThat(visit.patientId).isEqualTo(ann.pid)
    inTransaction { session ->
      val patients = DoctorPatients.of(session, house.id)
      assertThat(patients.find()).extracting<String> { it.name }.containsExactly("Ann")
      assertThat(patients.isLinked(bob.pid)).isFalse()
      val rows = patients.findWithThrough()
      assertThat(rows).singleElement().satisfies({ row ->
        assertThat(row.target().name).isEqualTo("Ann")
        assertThat(row.through().appointmentDate).isEqualTo(LocalDate.of(2026, 12, 1))
        assertThat(row.through().reason).isEqualTo("check-up")
      })
    }
  }

  @Test
  fun setKeepsTheRowsOfTargetsThatStayAndUnlinkRemovesOne() {
    val house = persist(Doctor("Dr. House"))
    val ann = persist(Patient("Ann"))
    val bob = persist(Patient("Bob"))
    val carl = persist(Patient("Carl"))
    inTransaction { session ->
      DoctorPatients.of(session, house).link(ann.pid) { it.reason = "first visit" }
      DoctorPatients.of(session, house).link(bob.pid)
    }

    inTransaction { session -> DoctorPatients.of(session, house).set(listOf(ann.pid, carl.pid)) }

    inTransaction { session ->
      val patients = DoctorPatients.of(session, house)
      assertThat(patients.find()).extracting<String> { it.name }.containsExactlyInAnyOrder("Ann", "Carl")
      assertThat(patients.findWithThrough().first { it.target().name == "Ann" }.through().reason)
        .isEqualTo("first visit")
      assertThat(patients.unlink(carl.pid)).isEqualTo(1)
      assertThat(patients.unlink(carl.pid)).isEqualTo(0)
    }
    inTransaction { session ->
      assertThat(DoctorPatients.of(session, house).find()).extracting<String> { it.name }.containsExactly("Ann")
      assertThat(PatientDoctors.of(session, ann).find()).extracting<String> { it.name }.containsExactly("Dr. House")
    }
  }

  @Test
  fun includeFillsThePatientsOfEveryDoctorInOneStatement() {
    val house = persist(Doctor("Dr. House"))
    val wilson = persist(Doctor("Dr. Wilson"))
    val ann = persist(Patient("Ann"))
    val bob = persist(Patient("Bob"))
    inTransaction { session ->
      DoctorPatients.of(session, house).linkAll(listOf(ann.pid, bob.pid))
      DoctorPatients.of(session, wilson).link(bob.pid)
    }

    inTransaction { session ->
      val doctors = session.createQuery("from Doctor order by name", Doctor::class.java).resultList
      factory.statistics.clear()
      val byDoctor = DoctorPatients.include(session, doctors)
      assertThat(factory.statistics.prepareStatementCount).isEqualTo(1)
      assertThat(doctors[0].patients).extracting<String> { it.name }.containsExactlyInAnyOrder("Ann", "Bob")
      assertThat(doctors[1].patients).extracting<String> { it.name }.containsExactly("Bob")
      assertThat(byDoctor[wilson.id]).extracting<String> { it.name }.containsExactly("Bob")
    }
  }

  @Test
  fun queryWithARestrictionOnTheTargets() {
    val house = persist(Doctor("Dr. House"))
    val patients = listOf("Ann", "Alice", "Bob").map { persist(Patient(it)) }
    inTransaction { session -> DoctorPatients.of(session, house).linkAll(patients.map { it.pid }) }

    inTransaction { session ->
      val query = DoctorPatients.of(session, house).query()
      val named = query.where(Restriction.startsWith(Patient_.name, "A")).list()
      assertThat(named).extracting<String> { it.name }.containsExactlyInAnyOrder("Ann", "Alice")
      assertThat(DoctorPatients.of(session, house).query().where(Restriction.equal(Patient_.name, "Bob")).count())
        .isEqualTo(1)
    }
  }

  private fun <T : Any> persist(entity: T): T = inTransaction { session ->
    session.persist(entity)
    entity
  }

  private fun <R> inTransaction(work: (Session) -> R): R = factory.fromTransaction { work(it) }
}
