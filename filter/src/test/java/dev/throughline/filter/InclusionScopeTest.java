package dev.throughline.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.filter.clinic.Clinic;
import dev.throughline.filter.clinic.Doctor;
import dev.throughline.filter.clinic.DoctorPatients;
import dev.throughline.filter.clinic.Medicine;
import dev.throughline.filter.clinic.Patient;
import dev.throughline.filter.clinic.Patient_;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inclusions with a scope: where, order, skip and limit apply per source, nested inclusions
 * follow, and the statements do not grow with the number of sources.
 */
class InclusionScopeTest {

  private Clinic clinic;

  @BeforeEach
  void open() {
    clinic = Clinic.open("inclusion_scope");
  }

  @AfterEach
  void close() {
    clinic.close();
  }

  /** Each doctor's name with the names of the patients included. */
  private Map<String, List<String>> patientsByDoctor(String filter) {
    return clinic.read(session -> {
      Map<String, List<String>> byDoctor = new LinkedHashMap<>();
      for (Doctor doctor : clinic.filters().parse(Doctor.class, filter).find(session)) {
        byDoctor.put(doctor.getName(), doctor.getPatients().stream().map(Patient::getName).toList());
      }
      return byDoctor;
    });
  }

  @Test
  void andAddsTheApplicationsOwnConditionSuchAsARelationRestriction() {
    List<String> sawBob = clinic.read(session -> clinic.filters()
        .parse(Doctor.class, "{\"order\":\"name DESC\"}")
        .and(DoctorPatients.some(Restriction.equal(Patient_.name, "Bob")))
        .find(session).stream().map(Doctor::getName).toList());
    assertThat(sawBob).containsExactly("Dr. Wilson", "Dr. House");
    List<String> houseOnly = clinic.read(session -> clinic.filters()
        .parse(Doctor.class, "{\"where\":{\"name\":{\"like\":\"Dr. H%\"}}}")
        .and(DoctorPatients.some(Restriction.equal(Patient_.name, "Bob")))
        .find(session).stream().map(Doctor::getName).toList());
    assertThat(houseOnly).containsExactly("Dr. House");
  }

  @Test
  void aRelationNameIncludesEveryTarget() {
    assertThat(patientsByDoctor("{\"include\":[\"patients\"]}")).containsExactly(
        Map.entry("Dr. House", List.of("Ann", "Bob", "C_d 100%")),
        Map.entry("Dr. Wilson", List.of("Bob", "dee")),
        Map.entry("Dr. Cuddy", List.of()));
    assertThat(patientsByDoctor("{\"include\":\"patients\",\"where\":{\"name\":\"Dr. Wilson\"}}"))
        .containsExactly(Map.entry("Dr. Wilson", List.of("Bob", "dee")));
  }

  @Test
  void aScopeLimitAppliesToEachSource() {
    assertThat(patientsByDoctor("{\"include\":[{\"relation\":\"patients\",\"scope\":{\"limit\":1}}]}"))
        .containsExactly(
            Map.entry("Dr. House", List.of("Ann")),
            Map.entry("Dr. Wilson", List.of("Bob")),
            Map.entry("Dr. Cuddy", List.of()));
    assertThat(patientsByDoctor(
        "{\"include\":[{\"relation\":\"patients\",\"scope\":{\"order\":\"name DESC\",\"limit\":1}}]}"))
        .containsExactly(
            Map.entry("Dr. House", List.of("C_d 100%")),
            Map.entry("Dr. Wilson", List.of("dee")),
            Map.entry("Dr. Cuddy", List.of()));
  }

  @Test
  void aScopeWhereAndSkip() {
    assertThat(patientsByDoctor(
        "{\"include\":{\"relation\":\"patients\",\"scope\":{\"where\":{\"name\":{\"inq\":[\"Bob\",\"dee\"]}}}}}"))
        .containsExactly(
            Map.entry("Dr. House", List.of("Bob")),
            Map.entry("Dr. Wilson", List.of("Bob", "dee")),
            Map.entry("Dr. Cuddy", List.of()));
    assertThat(patientsByDoctor(
        "{\"include\":{\"relation\":\"patients\",\"scope\":{\"order\":[\"name\"],\"skip\":1}}}"))
        .containsExactly(
            Map.entry("Dr. House", List.of("Bob", "C_d 100%")),
            Map.entry("Dr. Wilson", List.of("dee")),
            Map.entry("Dr. Cuddy", List.of()));
    assertThat(patientsByDoctor(
        "{\"include\":{\"relation\":\"patients\",\"scope\":{\"order\":\"name\",\"offset\":1,\"limit\":1}}}"))
        .containsExactly(
            Map.entry("Dr. House", List.of("Bob")),
            Map.entry("Dr. Wilson", List.of("dee")),
            Map.entry("Dr. Cuddy", List.of()));
  }

  @Test
  void nestedInclusionsTakeTheirOwnScope() {
    Map<String, List<String>> medicines = clinic.read(session -> {
      Map<String, List<String>> byPatient = new LinkedHashMap<>();
      Doctor house = clinic.filters().parse(Doctor.class,
          "{\"where\":{\"name\":\"Dr. House\"},\"include\":{\"relation\":\"patients\",\"scope\":{\"include\":"
              + "[{\"relation\":\"medicines\",\"scope\":{\"where\":{\"name\":{\"like\":\"I%\"}}}}]}}}")
          .find(session).get(0);
      for (Patient patient : house.getPatients()) {
        byPatient.put(patient.getName(), patient.getMedicines().stream().map(Medicine::getName).toList());
      }
      return byPatient;
    });
    assertThat(medicines).containsExactly(
        Map.entry("Ann", List.of("Ibuprofen")),
        Map.entry("Bob", List.of("Ibuprofen")),
        Map.entry("C_d 100%", List.of()));
  }

  @ParameterizedTest(name = "{0} more doctors")
  @ValueSource(ints = {0, 27})
  void statementsDoNotGrowWithTheSources(int moreDoctors) {
    clinic.addDoctors(moreDoctors);
    String filter = "{\"include\":[{\"relation\":\"patients\",\"scope\":{\"where\":{\"visits\":{\"neq\":null}},"
        + "\"order\":\"name DESC\",\"skip\":0,\"limit\":1,\"include\":[\"medicines\"]}}]}";
    long[] statements = clinic.read(session -> {
      List<Doctor> doctors = clinic.filters().parse(Doctor.class, filter).find(session);
      assertThat(doctors).hasSize(3 + moreDoctors);
      assertThat(doctors).allSatisfy(doctor -> assertThat(doctor.getPatients()).hasSizeLessThanOrEqualTo(1));
      return new long[] {clinic.statements()};
    });
    // The doctors, their patients, the patients' medicines.
    assertThat(statements[0]).isEqualTo(3);
  }

  @Test
  void aFilterOnARelationIsOneStatementPlusItsInclusions() {
    List<String> found = clinic.read(session -> {
      Long house = session.createQuery("select id from Doctor where name = 'Dr. House'", Long.class).getSingleResult();
      clinic.factory().getStatistics().clear();
      Filter<Patient> filter = clinic.filters().parse(Patient.class,
          "{\"where\":{\"name\":{\"neq\":\"Bob\"}},\"order\":\"name DESC\",\"limit\":2,\"include\":\"medicines\"}");
      List<Patient> patients = filter.find(session, DoctorPatients.of(session, house));
      assertThat(clinic.statements()).isEqualTo(2);
      assertThat(patients.get(1).getMedicines()).extracting(Medicine::getName).containsExactly("Aspirin", "Ibuprofen");
      return patients.stream().map(Patient::getName).toList();
    });
    assertThat(found).containsExactly("C_d 100%", "Ann");
  }

  @Test
  void aWhereOnItsOwnDeletesThroughTheAccessor() {
    int deleted = clinic.read(session -> {
      Long wilson = session.createQuery("select id from Doctor where name = 'Dr. Wilson'", Long.class).getSingleResult();
      return DoctorPatients.of(session, wilson)
          .delete(clinic.filters().parseWhere(Patient.class, "{\"name\":{\"ilike\":\"D%\"}}"));
    });
    assertThat(deleted).isEqualTo(1);
  }
}
