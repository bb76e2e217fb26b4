package dev.throughline.it.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.Inclusions;
import dev.throughline.it.courses.CoursesRelations;
import dev.throughline.it.courses.StudentsRelations;
import dev.throughline.it.support.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.query.Order;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inclusion beyond the contract: per-source order and limit, nesting, names, odd source lists. */
class ClinicInclusionTest extends DatabaseTest {

  private final List<Long> doctorIds = new ArrayList<>();

  /** Doctor i sees patients 0..i (so doctor 0 one patient, doctor 3 four); patient p takes p+1 medications. */
  @BeforeEach
  void clinic() {
    inTransaction(session -> {
      List<Medication> medications = new ArrayList<>();
      for (String name : List.of("Aspirin", "Bisoprolol", "Codeine", "Diazepam")) {
        Medication medication = new Medication(name);
        session.persist(medication);
        medications.add(medication);
      }
      List<Patient> patients = new ArrayList<>();
      for (String name : List.of("Zed", "Yan", "Xia", "Wes")) {
        Patient patient = new Patient(name);
        session.persist(patient);
        patients.add(patient);
      }
      for (int d = 0; d < 4; d++) {
        Doctor doctor = new Doctor("D" + d);
        session.persist(doctor);
        doctorIds.add(doctor.getId());
        for (int p = 0; p <= d; p++) {
          DoctorPatients.of(session, doctor).link(patients.get(p).getPid());
        }
      }
      for (int p = 0; p < 4; p++) {
        for (int m = 0; m <= p; m++) {
          PatientMedications.of(session, patients.get(p)).link(medications.get(m).getId(), rx -> rx.setDose("1 daily"));
        }
      }
      session.persist(new Doctor("Nobody"));
    });
  }

  private List<Doctor> doctors(org.hibernate.Session session) {
    return session.createQuery("from Doctor order by id", Doctor.class).getResultList();
  }

  private static List<String> names(List<Patient> patients) {
    return patients.stream().map(Patient::getName).toList();
  }

  @Test
  void perSourceOrderAndLimitAreOneStatement() {
    inTransaction(session -> {
      List<Doctor> doctors = doctors(session);
      counted(session, s -> DoctorPatients.inclusion().orderBy(Order.asc(Patient_.name)).limit(2).load(s, doctors));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(doctors).extracting(d -> names(d.getPatients())).containsExactly(
          List.of("Zed"), List.of("Yan", "Zed"), List.of("Xia", "Yan"), List.of("Wes", "Xia"), List.of());
    });
  }

  @Test
  void perSourceWhereAndOffsetAreOneStatement() {
    inTransaction(session -> {
      List<Doctor> doctors = doctors(session);
      counted(session, s -> DoctorPatients.inclusion().where(Restriction.unequal(Patient_.name, "Zed"))
          .orderBy(Order.asc(Patient_.name)).offset(1).limit(1).load(s, doctors));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(doctors).extracting(d -> names(d.getPatients())).containsExactly(
          List.of(), List.of(), List.of("Yan"), List.of("Xia"), List.of());

      counted(session, s -> DoctorPatients.inclusion().orderBy(Order.asc(Patient_.name)).offset(2).load(s, doctors));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(doctors).extracting(d -> names(d.getPatients())).containsExactly(
          List.of(), List.of(), List.of("Zed"), List.of("Yan", "Zed"), List.of());

      counted(session, s -> DoctorPatients.inclusion().where(Restriction.in(Patient_.name, "Wes", "Zed")).load(s, doctors));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(doctors).extracting(d -> names(d.getPatients())).containsExactly(
          List.of("Zed"), List.of("Zed"), List.of("Zed"), List.of("Zed", "Wes"), List.of());
    });
    assertThat(DoctorPatients.inclusion().targetType()).isEqualTo(Patient.class);
    assertThatThrownBy(() -> DoctorPatients.inclusion().offset(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset");
  }

  @Test
  void nestedInclusionIsOneStatementPerLevel() {
    inTransaction(session -> {
      List<Doctor> doctors = doctors(session);
      counted(session, s -> DoctorPatients.inclusion().then(PatientMedications.inclusion()).load(s, doctors));
      assertThat(sql.total()).isEqualTo(2);
      Doctor last = doctors.get(3);
      assertThat(names(last.getPatients())).containsExactly("Zed", "Yan", "Xia", "Wes");
      assertThat(last.getPatients()).extracting(p -> p.getMedications().size()).containsExactly(1, 2, 3, 4);
      assertThat(last.getPatients().get(1).getMedications()).extracting(Medication::getName)
          .containsExactly("Aspirin", "Bisoprolol");
    });
  }

  @Test
  void severalRelationsAtOnceByName() {
    inTransaction(session -> {
      List<Doctor> doctors = doctors(session);
      List<Patient> patients = session.createQuery("from Patient order by pid", Patient.class).getResultList();
      counted(session, s -> {
        Inclusions.load(s, doctors, DoctorRelations.inclusion("patients"));
        PatientRelations.include(s, patients, "medications");
        return null;
      });
      assertThat(sql.total()).isEqualTo(2);
      assertThat(doctors.get(1).getPatients()).hasSize(2);
      assertThat(patients.get(3).getMedications()).hasSize(4);
      assertThat(DoctorRelations.names()).containsExactly("patients");
    });
  }

  @Test
  void unknownRelationNamesAreNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> DoctorRelations.inclusion("patinets"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patinets")
        .hasMessageContaining("patients");
  }

  @Test
  void relationsMarkedIncludeByNameFalseAreNotOfferedByName() {
    assertThat(StudentsRelations.names()).isEmpty();
    assertThatThrownBy(() -> StudentsRelations.inclusion("courses"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'courses'");
    assertThat(CoursesRelations.names()).containsExactly("students");
  }

  @Test
  void duplicateAndUnsavedSourcesAreHandled() {
    inTransaction(session -> {
      List<Doctor> doctors = doctors(session);
      Doctor unsaved = new Doctor("New");
      List<Doctor> odd = List.of(doctors.get(2), doctors.get(2), unsaved, doctors.get(0));
      Map<Long, List<Patient>> byId = counted(session, s -> DoctorPatients.include(s, odd));
      assertThat(sql.total()).isEqualTo(1);
      assertThat(byId).containsOnlyKeys(doctorIds.get(2), doctorIds.get(0));
      assertThat(names(odd.get(0).getPatients())).containsExactly("Zed", "Yan", "Xia");
      assertThat(odd.get(1).getPatients()).hasSize(3);
      assertThat(unsaved.getPatients()).isEmpty();
    });
  }
}
