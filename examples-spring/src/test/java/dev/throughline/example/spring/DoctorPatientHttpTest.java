package dev.throughline.example.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The clinic's routes over real HTTP ({@link ClinicHttpTest}). */
class DoctorPatientHttpTest extends ClinicHttpTest {

  @Test
  void runsOnTheDatabaseAskedFor() {
    String db = System.getProperty("throughline.db", "h2").toLowerCase(Locale.ROOT);
    assertThat(datasourceUrl).startsWith("jdbc:" + db + ":");
  }

  // --- create and find

  @Test
  void createsPatientsWithTheirAppointmentAndListsThemByPid() throws Exception {
    long house = doctor("Dr. House");

    HttpResponse<String> created = send("POST", "/doctors/" + house + "/patients",
        "{\"name\": \"Ann\", \"appointmentDate\": \"2026-12-01\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode ann = json(created);
    assertThat(ann.get("name").asString()).isEqualTo("Ann");
    long annPid = ann.get("pid").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue("/doctors/" + house + "/patients/" + annPid);
    long bob = patient(house, "Bob", "2026-12-02");

    HttpResponse<String> list = send("GET", "/doctors/" + house + "/patients", null);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(names(json(list))).containsExactly("Ann", "Bob");
    assertThat(pids(json(list))).containsExactly(annPid, bob);

    HttpResponse<String> one = send("GET", "/doctors/" + house + "/patients/" + bob, null);
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(json(one).get("name").asString()).isEqualTo("Bob");
  }

  @Test
  void queryParametersRestrictOrderAndPage() throws Exception {
    long house = doctor("Dr. House");
    patient(house, "Ann", "2025-11-30");
    patient(house, "Bob", "2026-03-01");
    patient(house, "Alice", "2026-06-15");
    patient(house, "Carl", "2026-01-10");
    patient(doctor("Dr. Wilson"), "Anna", "2026-05-05"); // another doctor's patient: never listed

    String patients = "/doctors/" + house + "/patients";
    assertThat(names(getOk(patients))).containsExactly("Ann", "Bob", "Alice", "Carl");
    assertThat(names(getOk(patients + "?name=Ann"))).containsExactly("Ann");
    assertThat(names(getOk(patients + "?nameStartsWith=a"))).containsExactly("Ann", "Alice");
    assertThat(names(getOk(patients + "?order=name,desc"))).containsExactly("Carl", "Bob", "Ann", "Alice");
    assertThat(names(getOk(patients + "?order=" + encode("name DESC")))).containsExactly("Carl", "Bob", "Ann", "Alice");
    assertThat(names(getOk(patients + "?order=name&offset=1&limit=2"))).containsExactly("Ann", "Bob");
    assertThat(names(getOk(patients + "?after=2026-01-01"))).containsExactly("Bob", "Alice", "Carl");
    assertThat(names(getOk(patients + "?after=2026-01-01&before=2026-05-01&order=name,desc"))).containsExactly("Carl", "Bob");
    assertThat(names(getOk(patients + "?order=appointmentDate,desc"))).containsExactly("Alice", "Bob", "Carl", "Ann");
    assertThat(names(getOk(patients + "?nameStartsWith=A&after=2026-01-01"))).containsExactly("Alice");
    assertThat(names(getOk(patients + "?name=Zed"))).isEmpty();
  }

  // --- link and unlink

  @Test
  void linksAnExistingPatientWithAppointmentData() throws Exception {
    long house = doctor("Dr. House");
    long wilson = doctor("Dr. Wilson");
    long bob = patient(house, "Bob", "2026-12-02");

    HttpResponse<String> put = send("PUT", "/doctors/" + wilson + "/patients/" + bob + "/link",
        "{\"appointmentDate\": \"2026-12-03\"}");
    assertThat(put.statusCode()).isEqualTo(201);
    JsonNode appointment = json(put);
    assertThat(appointment.get("doctorId").asLong()).isEqualTo(wilson);
    assertThat(appointment.get("patientId").asLong()).isEqualTo(bob);
    assertThat(appointment.get("appointmentDate").asString()).isEqualTo("2026-12-03");
    assertThat(appointment.get("id").isNumber()).isTrue();
    assertThat(names(getOk("/doctors/" + wilson + "/patients"))).containsExactly("Bob");

    // POST is the same route; a second appointment still lists Bob once.
    HttpResponse<String> post = send("POST", "/doctors/" + wilson + "/patients/" + bob + "/link", null);
    assertThat(post.statusCode()).isEqualTo(201);
    assertThat(json(post).get("appointmentDate").isNull()).isTrue();
    assertThat(names(getOk("/doctors/" + wilson + "/patients"))).containsExactly("Bob");
    assertThat(names(getOk("/doctors/" + wilson + "/patients?after=2026-12-02"))).containsExactly("Bob");
  }

  @Test
  void unlinksOneAndAllWithoutDeletingPatients() throws Exception {
    long house = doctor("Dr. House");
    long ann = patient(house, "Ann", "2026-12-01");
    long bob = patient(house, "Bob", "2026-12-02");
    patient(house, "Carl", "2026-12-03");
    assertThat(send("POST", "/doctors/" + house + "/patients/" + bob + "/link", "{}").statusCode()).isEqualTo(201);

    HttpResponse<String> unlink = send("DELETE", "/doctors/" + house + "/patients/" + bob + "/link", null);
    assertThat(unlink.statusCode()).isEqualTo(204);
    assertThat(unlink.body()).isEmpty();
    assertThat(names(getOk("/doctors/" + house + "/patients"))).containsExactly("Ann", "Carl");
    // Unlinking what is not linked is no error: 204 again.
    assertThat(send("DELETE", "/doctors/" + house + "/patients/" + bob + "/link", null).statusCode()).isEqualTo(204);

    HttpResponse<String> unlinkAll = send("DELETE", "/doctors/" + house + "/patients/links", null);
    assertThat(unlinkAll.statusCode()).isEqualTo(200);
    assertThat(json(unlinkAll).get("count").asInt()).isEqualTo(2);
    assertThat(names(getOk("/doctors/" + house + "/patients"))).isEmpty();

    // The patients are still there: they can be linked again.
    assertThat(send("PUT", "/doctors/" + house + "/patients/" + ann + "/link", "{}").statusCode()).isEqualTo(201);
    assertThat(names(getOk("/doctors/" + house + "/patients"))).containsExactly("Ann");
  }

  // --- patch and delete

  @Test
  void patchesTheDoctorsMatchingPatients() throws Exception {
    long house = doctor("Dr. House");
    long wilson = doctor("Dr. Wilson");
    patient(house, "Ann", "2025-06-01");
    long bob = patient(house, "Bob", "2026-06-01");
    patient(wilson, "Ann", "2026-06-01");

    HttpResponse<String> patch = send("PATCH", "/doctors/" + house + "/patients?after=2026-01-01", "{\"name\": \"Robert\"}");
    assertThat(patch.statusCode()).isEqualTo(200);
    assertThat(json(patch).get("count").asInt()).isEqualTo(1);
    assertThat(names(getOk("/doctors/" + house + "/patients"))).containsExactly("Ann", "Robert");
    assertThat(json(send("GET", "/doctors/" + house + "/patients/" + bob, null)).get("name").asString()).isEqualTo("Robert");

    HttpResponse<String> all = send("PATCH", "/doctors/" + house + "/patients?name=Ann", "{\"name\": \"Anne\"}");
    assertThat(json(all).get("count").asInt()).isEqualTo(1);
    assertThat(names(getOk("/doctors/" + wilson + "/patients"))).containsExactly("Ann"); // Wilson's Ann is another patient
  }

  @Test
  void deletesTheDoctorsPatientsAndEveryAppointmentTheyHave() throws Exception {
    long house = doctor("Dr. House");
    long wilson = doctor("Dr. Wilson");
    patient(house, "Ann", "2026-12-01");
    long bob = patient(house, "Bob", "2026-12-02");
    long carl = patient(wilson, "Carl", "2026-12-03");
    assertThat(send("PUT", "/doctors/" + wilson + "/patients/" + bob + "/link", "{}").statusCode()).isEqualTo(201);

    HttpResponse<String> deleteBob = send("DELETE", "/doctors/" + house + "/patients?name=Bob", null);
    assertThat(deleteBob.statusCode()).isEqualTo(200);
    assertThat(json(deleteBob).get("count").asInt()).isEqualTo(1);
    assertThat(names(getOk("/doctors/" + wilson + "/patients"))).containsExactly("Carl"); // Bob is gone for Wilson too
    assertThat(send("PUT", "/doctors/" + wilson + "/patients/" + bob + "/link", "{}").statusCode()).isEqualTo(404);

    HttpResponse<String> deleteAll = send("DELETE", "/doctors/" + house + "/patients", null);
    assertThat(json(deleteAll).get("count").asInt()).isEqualTo(1);
    assertThat(names(getOk("/doctors/" + house + "/patients"))).isEmpty();
    assertThat(pids(getOk("/doctors/" + wilson + "/patients"))).containsExactly(carl);
  }

  // --- inclusion

  @Test
  void includesPatientsOfEveryDoctor() throws Exception {
    long house = doctor("Dr. House");
    long wilson = doctor("Dr. Wilson");
    doctor("Dr. Cuddy");
    patient(house, "Ann", "2026-12-01");
    long bob = patient(house, "Bob", "2026-12-02");
    assertThat(send("PUT", "/doctors/" + wilson + "/patients/" + bob + "/link", "{}").statusCode()).isEqualTo(201);

    JsonNode doctors = getOk("/doctors?include=patients");
    assertThat(names(doctors)).containsExactly("Dr. House", "Dr. Wilson", "Dr. Cuddy");
    assertThat(names(doctors.get(0).get("patients"))).containsExactly("Ann", "Bob");
    assertThat(names(doctors.get(1).get("patients"))).containsExactly("Bob");
    assertThat(doctors.get(2).get("patients").isArray()).isTrue();
    assertThat(doctors.get(2).get("patients").size()).isZero();

    // LoopBack's spellings of the same filter.
    for (String filter : List.of("filter[include][]=patients", "filter[include][0]=patients",
        "filter[include][0][relation]=patients", "filter[include]=patients")) {
      String[] parts = filter.split("=");
      assertThat(getOk("/doctors?" + encode(parts[0]) + "=" + parts[1])).as(filter).isEqualTo(doctors);
    }
    assertThat(getOk("/doctors?filter=" + encode("{\"include\":[\"patients\"]}"))).isEqualTo(doctors);
    assertThat(getOk("/doctors?filter=" + encode("{\"include\":[{\"relation\":\"patients\"}]}"))).isEqualTo(doctors);

    // Without include, no patients key at all.
    JsonNode plain = getOk("/doctors");
    assertThat(names(plain)).containsExactly("Dr. House", "Dr. Wilson", "Dr. Cuddy");
    assertThat(plain.get(0).has("patients")).isFalse();

    JsonNode one = getOk("/doctors/" + house + "?include=patients");
    assertThat(names(one.get("patients"))).containsExactly("Ann", "Bob");
  }

  @Test
  void theIncludeRouteTakesThreeStatementsHoweverManyDoctors() throws Exception {
    List<Long> patients = new ArrayList<>();
    addDoctors(3, patients);
    assertThat(getOk("/doctors?include=patients")).hasSize(3).allSatisfy(doctor -> assertThat(doctor.get("patients")).isNotEmpty());
    long withThree = statementsOf("/doctors?include=patients");
    addDoctors(27, patients);
    assertThat(getOk("/doctors?include=patients")).hasSize(30).allSatisfy(doctor -> assertThat(doctor.get("patients")).isNotEmpty());
    long withThirty = statementsOf("/doctors?include=patients");

    assertThat(withThree).isEqualTo(3); // the doctors, the patients of all of them, their counts
    assertThat(withThirty).isEqualTo(withThree);
    assertThat(statementsOf("/doctors")).isEqualTo(2);
  }

  @Test
  void doctorsCarryTheirPatientCountAndFilterByAPatientsName() throws Exception {
    long house = doctor("Dr. House");
    patient(house, "Ann", "2026-01-01");
    patient(house, "Bob", "2026-01-02");
    long wilson = doctor("Dr. Wilson");
    patient(wilson, "Anna", "2026-01-03");
    long cuddy = doctor("Dr. Cuddy");

    JsonNode doctors = getOk("/doctors?filter=" + encode("{\"order\":\"name\"}"));
    Map<Long, Long> counts = new LinkedHashMap<>();
    doctors.forEach(doctor -> counts.put(doctor.get("id").asLong(), doctor.get("patientCount").asLong()));
    assertThat(counts).containsExactly(Map.entry(cuddy, 0L), Map.entry(house, 2L), Map.entry(wilson, 1L));

    JsonNode sawAnn = getOk("/doctors?hasPatientNamed=Ann");
    assertThat(sawAnn).hasSize(1);
    assertThat(sawAnn.get(0).get("id").asLong()).isEqualTo(house);
    assertThat(sawAnn.get(0).get("patientCount").asLong()).isEqualTo(2);
    assertThat(getOk("/doctors?hasPatientNamed=Anna&filter=" + encode("{\"where\":{\"name\":\"Dr. House\"}}")))
        .isEmpty();
    assertThat(getOk("/doctors?hasPatientNamed=Nobody")).isEmpty();
    assertBadRequest(send("GET", "/doctors?hasPatientNamed=Ann&hasPatientNamed=Bob", null), "hasPatientNamed is given 2 times");
    assertBadRequest(send("GET", "/doctors/" + house + "?hasPatientNamed=Ann", null), "does not take it");
    assertThat(statementsOf("/doctors?hasPatientNamed=Ann")).isEqualTo(2); // the doctors (one EXISTS), their counts
  }

  @Test
  void aDoctorsPatientsAreOneStatementWhateverTheFilter() throws Exception {
    long house = doctor("Dr. House");
    patient(house, "Ann", "2025-12-01");
    patient(house, "Bob", "2026-12-02");
    String patients = "/doctors/" + house + "/patients";
    assertThat(statementsOf(patients)).isEqualTo(1);
    assertThat(statementsOf(patients + "?nameStartsWith=A&after=2025-01-01&order=appointmentDate,desc&offset=0&limit=5"))
        .isEqualTo(1);
    assertThat(statementsOf(patients + "?name=Zed")).isEqualTo(2); // only an empty answer checks the doctor
  }

  // --- errors

  @Test
  void unknownDoctorsAndPatientsAre404s() throws Exception {
    long house = doctor("Dr. House");
    long ann = patient(house, "Ann", "2026-12-01");
    long missing = 987_654_321L;
    long wilson = doctor("Dr. Wilson");

    assertNotFound(send("GET", "/doctors/" + missing + "/patients", null), "No Doctor with id " + missing);
    assertNotFound(send("GET", "/doctors/" + missing, null), "No Doctor with id " + missing);
    assertNotFound(send("POST", "/doctors/" + missing + "/patients", "{\"name\": \"Eve\"}"), "No Doctor with id " + missing);
    assertNotFound(send("PUT", "/doctors/" + missing + "/patients/" + ann + "/link", "{}"), "No Doctor with id " + missing);
    assertNotFound(send("PUT", "/doctors/" + house + "/patients/" + missing + "/link", "{}"), "No Patient with pid " + missing);
    assertNotFound(send("DELETE", "/doctors/" + house + "/patients/" + missing + "/link", null), "No Patient with pid " + missing);
    assertNotFound(send("DELETE", "/doctors/" + missing + "/patients/" + ann + "/link", null), "No Doctor with id " + missing);
    assertNotFound(send("DELETE", "/doctors/" + missing + "/patients/links", null), "No Doctor with id " + missing);
    assertNotFound(send("DELETE", "/doctors/" + missing + "/patients", null), "No Doctor with id " + missing);
    assertNotFound(send("PATCH", "/doctors/" + missing + "/patients", "{\"name\": \"X\"}"), "No Doctor with id " + missing);
    assertNotFound(send("GET", "/doctors/" + wilson + "/patients/" + ann, null),
        "Patient " + ann + " is not a patient of Doctor " + wilson);
    // Nothing was written by the failed calls.
    assertThat(names(getOk("/doctors/" + house + "/patients"))).containsExactly("Ann");
  }

  @Test
  void badRequestsAre400sThatSayWhatIsWrong() throws Exception {
    long house = doctor("Dr. House");
    String patients = "/doctors/" + house + "/patients";

    HttpResponse<String> unknownRelation = send("GET", "/doctors?include=appointments", null);
    assertBadRequest(unknownRelation, "appointments");
    assertThat(json(unknownRelation).get("detail").asString()).contains("patients"); // the known relations
    assertBadRequest(send("GET", "/doctors?" + encode("filter[include][]") + "=nurses", null), "nurses");
    assertBadRequest(send("GET", "/doctors?filter=" + encode("{\"include\":"), null), "not valid JSON");
    assertBadRequest(send("GET", "/doctors?filter=" + encode("{\"include\":[\"patients\"]}") + "&include=patients", null),
        "not both");

    assertBadRequest(send("POST", patients, "{\"name\": \"Ann\""), "Failed to read request");
    assertBadRequest(send("POST", patients, "{\"name\": \"Ann\", \"appointmentDate\": \"soon\"}"), "Failed to read request");
    assertBadRequest(send("POST", patients, "{\"name\": \"Ann\", \"age\": 3}"), "Failed to read request");
    assertBadRequest(send("POST", patients, "{\"appointmentDate\": \"2026-12-01\"}"), "needs a name");
    assertBadRequest(send("POST", patients, null), "Failed to read request");
    assertBadRequest(send("PATCH", patients, "{}"), "Nothing to change");
    assertBadRequest(send("POST", "/doctors", "{\"name\": \"\"}"), "needs a name");

    assertBadRequest(send("GET", "/doctors/abc/patients", null), "id");
    assertBadRequest(send("GET", patients + "?limit=-1", null), "limit=-1");
    assertBadRequest(send("GET", patients + "?offset=x", null), "offset=x");
    assertBadRequest(send("GET", patients + "?order=age", null), "name, pid or appointmentDate");
    assertBadRequest(send("GET", patients + "?order=name,sideways", null), "asc or desc");
    assertBadRequest(send("GET", patients + "?after=yesterday", null), "after=yesterday");
    assertBadRequest(send("GET", patients + "?nmae=Ann", null), "nmae");
    assertBadRequest(send("DELETE", patients + "?after=2026-01-01", null), "after");
  }

}
