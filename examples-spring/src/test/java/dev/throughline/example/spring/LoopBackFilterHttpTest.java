package dev.throughline.example.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * LoopBack's filter language over HTTP: the examples of LoopBack 4's "Where filter", "Order
 * filter", "Limit filter", "Skip filter" and "Include filter" pages, on the clinic's doctors and
 * patients, as {@code filter} (GET) and {@code where} (PATCH, DELETE) query parameters.
 */
class LoopBackFilterHttpTest extends ClinicHttpTest {

  private long house;
  private long wilson;
  private long cuddy;

  /** House sees Ann, Bob and Carl; Wilson sees Bob and Dora; Cuddy nobody. */
  private void clinic() throws Exception {
    house = doctor("Dr. House");
    wilson = doctor("Dr. Wilson");
    cuddy = doctor("Dr. Cuddy");
    patient(house, "Ann", "2026-01-10");
    long bob = patient(house, "Bob", "2026-02-20");
    patient(house, "Carl", "2026-03-30");
    assertThat(send("PUT", "/doctors/" + wilson + "/patients/" + bob + "/link", "{}").statusCode()).isEqualTo(201);
    patient(wilson, "Dora", "2026-04-04");
  }

  private JsonNode doctors(String filter) throws Exception {
    return getOk("/doctors?filter=" + encode(filter));
  }

  private List<String> patients(long doctor, String filter) throws Exception {
    return names(getOk("/doctors/" + doctor + "/patients?filter=" + encode(filter)));
  }

  @Test
  void whereFilterExamples() throws Exception {
    clinic();
    // {"where": {"carClass": "fullsize"}}: equality, implicit or with eq.
    assertThat(patients(house, "{\"where\":{\"name\":\"Ann\"}}")).containsExactly("Ann");
    assertThat(patients(house, "{\"where\":{\"name\":{\"eq\":\"Ann\"}}}")).containsExactly("Ann");
    // {"where": {"name": {"neq": "Foo"}}}
    assertThat(patients(house, "{\"where\":{\"name\":{\"neq\":\"Ann\"}}}")).containsExactly("Bob", "Carl");
    // {"where": {"and": [{"title": "My Post"}, {"content": "Hello"}]}}
    assertThat(patients(house, "{\"where\":{\"and\":[{\"name\":{\"like\":\"%o%\"}},{\"name\":{\"neq\":\"Dora\"}}]}}"))
        .containsExactly("Bob");
    // {"where": {"or": [{"title": "My Post"}, {"content": "Hello"}]}}
    assertThat(patients(house, "{\"where\":{\"or\":[{\"name\":\"Ann\"},{\"name\":\"Carl\"}]}}"))
        .containsExactly("Ann", "Carl");
    // {"where": {"size": {"between": [0, 7]}}}, gt, gte, lt, lte
    JsonNode all = getOk("/doctors/" + house + "/patients");
    long firstPid = all.get(0).get("pid").asLong();
    assertThat(patients(house, "{\"where\":{\"pid\":{\"between\":[" + firstPid + "," + (firstPid + 1) + "]}}}"))
        .containsExactly("Ann", "Bob");
    assertThat(patients(house, "{\"where\":{\"pid\":{\"gt\":" + firstPid + "}}}")).containsExactly("Bob", "Carl");
    assertThat(patients(house, "{\"where\":{\"pid\":{\"gte\":" + firstPid + "}}}")).containsExactly("Ann", "Bob", "Carl");
    assertThat(patients(house, "{\"where\":{\"pid\":{\"lt\":" + (firstPid + 1) + "}}}")).containsExactly("Ann");
    assertThat(patients(house, "{\"where\":{\"pid\":{\"lte\":" + (firstPid + 1) + "}}}")).containsExactly("Ann", "Bob");
    // {"where": {"name": {"inq": ["Foo", "Bar"]}}} and nin
    assertThat(patients(house, "{\"where\":{\"name\":{\"inq\":[\"Ann\",\"Carl\",\"Dora\"]}}}")).containsExactly("Ann", "Carl");
    assertThat(patients(house, "{\"where\":{\"name\":{\"nin\":[\"Ann\",\"Carl\"]}}}")).containsExactly("Bob");
    // {"where": {"title": {"like": "M%st"}}}, nlike, ilike, nilike
    assertThat(patients(house, "{\"where\":{\"name\":{\"like\":\"C%l\"}}}")).containsExactly("Carl");
    assertThat(patients(house, "{\"where\":{\"name\":{\"nlike\":\"C%l\"}}}")).containsExactly("Ann", "Bob");
    assertThat(patients(house, "{\"where\":{\"name\":{\"like\":\"c%\"}}}")).isEmpty();
    assertThat(patients(house, "{\"where\":{\"name\":{\"ilike\":\"c%\"}}}")).containsExactly("Carl");
    assertThat(patients(house, "{\"where\":{\"name\":{\"nilike\":\"a%\"}}}")).containsExactly("Bob", "Carl");
  }

  @Test
  void orderLimitAndSkipExamples() throws Exception {
    clinic();
    // {"order": "price DESC"} and {"order": ["price DESC", "name ASC"]}
    assertThat(patients(house, "{\"order\":\"name DESC\"}")).containsExactly("Carl", "Bob", "Ann");
    assertThat(patients(house, "{\"order\":[\"name DESC\",\"pid ASC\"]}")).containsExactly("Carl", "Bob", "Ann");
    // {"limit": 5}, {"skip": 50, "limit": 10}, offset
    assertThat(patients(house, "{\"order\":\"name\",\"limit\":2}")).containsExactly("Ann", "Bob");
    assertThat(patients(house, "{\"order\":\"name\",\"skip\":1,\"limit\":1}")).containsExactly("Bob");
    assertThat(patients(house, "{\"order\":\"name\",\"offset\":2}")).containsExactly("Carl");
    assertThat(names(doctors("{\"where\":{\"name\":{\"like\":\"Dr. %\"}},\"order\":\"name DESC\",\"limit\":2}")))
        .containsExactly("Dr. Wilson", "Dr. House");
    assertThat(names(doctors("{\"order\":\"name\",\"skip\":1}"))).containsExactly("Dr. House", "Dr. Wilson");
  }

  @Test
  void includeFilterExamples() throws Exception {
    clinic();
    // {"include": ["posts"]} and {"include": [{"relation": "posts", "scope": {...}}]}
    JsonNode all = doctors("{\"include\":[\"patients\"]}");
    assertThat(patientsOf(all)).containsExactly(List.of("Ann", "Bob", "Carl"), List.of("Bob", "Dora"), List.of());
    JsonNode onePerDoctor = doctors("{\"include\":[{\"relation\":\"patients\",\"scope\":{\"limit\":1}}]}");
    assertThat(patientsOf(onePerDoctor)).containsExactly(List.of("Ann"), List.of("Bob"), List.of());
    JsonNode scoped = doctors("{\"include\":[{\"relation\":\"patients\",\"scope\":"
        + "{\"where\":{\"name\":{\"neq\":\"Bob\"}},\"order\":\"name DESC\",\"skip\":0,\"limit\":2}}]}");
    assertThat(patientsOf(scoped)).containsExactly(List.of("Carl", "Ann"), List.of("Dora"), List.of());
    JsonNode one = getOk("/doctors/" + wilson + "?filter="
        + encode("{\"include\":{\"relation\":\"patients\",\"scope\":{\"order\":\"name DESC\",\"skip\":1}}}"));
    assertThat(names(one.get("patients"))).containsExactly("Bob");
    assertThat(getOk("/doctors/" + cuddy + "?filter=" + encode("{\"include\":\"patients\"}")).get("patients").size())
        .isZero();
  }

  @Test
  void anIncludedScopeTakesThreeStatementsHoweverManyDoctors() throws Exception {
    String filter = "/doctors?filter=" + encode("{\"order\":\"name\",\"include\":[{\"relation\":\"patients\","
        + "\"scope\":{\"where\":{\"name\":{\"like\":\"P%\"}},\"order\":\"name DESC\",\"limit\":1}}]}");
    List<Long> patients = new ArrayList<>();
    addDoctors(3, patients);
    assertThat(getOk(filter)).hasSize(3).allSatisfy(doctor -> assertThat(doctor.get("patients")).hasSize(1));
    long withThree = statementsOf(filter);
    addDoctors(27, patients);
    assertThat(getOk(filter)).hasSize(30).allSatisfy(doctor -> assertThat(doctor.get("patients")).hasSize(1));
    long withThirty = statementsOf(filter);
    System.out.printf("GET /doctors?filter= with an included scope: %d statements for 3 doctors, %d for 30%n",
        withThree, withThirty);
    assertThat(withThree).isEqualTo(3); // the doctors, one patient of each, the patient counts
    assertThat(withThirty).isEqualTo(withThree);
  }

  @Test
  void patchAndDeleteTakeLoopBacksWhere() throws Exception {
    clinic();
    HttpResponse<String> patch = send("PATCH", "/doctors/" + house + "/patients?where="
        + encode("{\"name\":{\"inq\":[\"Ann\",\"Carl\"]}}"), "{\"name\": \"Anon\"}");
    assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);
    assertThat(json(patch).get("count").asInt()).isEqualTo(2);
    assertThat(names(getOk("/doctors/" + house + "/patients"))).containsExactly("Anon", "Bob", "Anon");

    HttpResponse<String> delete = send("DELETE", "/doctors/" + wilson + "/patients?where="
        + encode("{\"or\":[{\"name\":\"Dora\"},{\"name\":\"Nobody\"}]}"), null);
    assertThat(json(delete).get("count").asInt()).isEqualTo(1);
    assertThat(names(getOk("/doctors/" + wilson + "/patients"))).containsExactly("Bob");

    assertBadRequest(send("DELETE", "/doctors/" + wilson + "/patients?where=" + encode("{\"nmae\":\"Bob\"}"), null),
        "where.nmae");
    assertThat(names(getOk("/doctors/" + wilson + "/patients"))).containsExactly("Bob");
  }

  @Test
  void unknownNamesAndOperatorsAre400sNamingThem() throws Exception {
    clinic();
    HttpResponse<String> operator = send("GET", "/doctors/" + house + "/patients?filter="
        + encode("{\"where\":{\"and\":[{\"name\":\"Ann\"},{\"name\":{\"regexp\":\"^A\"}}]}}"), null);
    assertBadRequest(operator, "where.and[1].name.regexp");
    assertThat(json(operator).get("path").asString()).isEqualTo("where.and[1].name.regexp");
    assertThat(json(operator).get("allowed").asString()).contains("like", "ilike", "inq");

    HttpResponse<String> attribute = send("GET", "/doctors?filter=" + encode("{\"where\":{\"age\":{\"gt\":30}}}"), null);
    assertBadRequest(attribute, "where.age");
    assertThat(json(attribute).get("allowed").asString()).isEqualTo("id, name, and, or");

    HttpResponse<String> relation = send("GET", "/doctors?filter="
        + encode("{\"include\":[{\"relation\":\"nurses\",\"scope\":{\"limit\":1}}]}"), null);
    assertBadRequest(relation, "include[0].relation");
    assertThat(json(relation).get("allowed").asString()).isEqualTo("patients");

    assertBadRequest(send("GET", "/doctors?filter=" + encode("{\"include\":[{\"relation\":\"patients\","
        + "\"scope\":{\"limit\":5000}}]}"), null), "include[0].scope.limit");
    assertBadRequest(send("GET", "/doctors?filter=" + encode("{\"fields\":[\"name\"]}"), null), "fields");
    assertBadRequest(send("GET", "/doctors/" + house + "/patients?filter=" + encode("{\"where\":{\"pid\":\"one\"}}"),
        null), "where.pid");
    assertBadRequest(send("GET", "/doctors/" + house + "?filter=" + encode("{\"where\":{\"name\":\"Ann\"}}"), null),
        "only filter.include");
    assertBadRequest(send("GET", "/doctors/" + house + "/patients?filter=" + encode("{}") + "&limit=1", null),
        "not both");
  }

  private static List<List<String>> patientsOf(JsonNode doctors) {
    List<List<String>> patients = new ArrayList<>();
    doctors.forEach(doctor -> patients.add(names(doctor.get("patients"))));
    return patients;
  }
}
