package dev.throughline.example.spring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clinic over real HTTP: the application on a random port of the loopback interface, driven by
 * the JDK's {@link HttpClient}, with an empty clinic before each test. Runs on H2, or on PostgreSQL
 * with {@code -Dthroughline.db=postgresql}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "clinic.seed=false",
      "spring.jpa.properties.hibernate.generate_statistics=true",
      "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"
    })
abstract class ClinicHttpTest {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final ObjectMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Value("${spring.datasource.url}") String datasourceUrl;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired TransactionTemplate transactions;

  @BeforeEach
  void emptyClinic() {
    transactions.executeWithoutResult(status -> {
      EntityManager em = entityManagerFactory.createEntityManager();
      try {
        em.joinTransaction();
        em.createQuery("delete from Appointment").executeUpdate();
        em.createQuery("delete from Patient").executeUpdate();
        em.createQuery("delete from Doctor").executeUpdate();
      } finally {
        em.close();
      }
    });
  }

  // --- helpers

  /** The SQL statements the server prepared while answering {@code GET path}, which must be a 200. */
  long statementsOf(String path) throws Exception {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    assertThat(statistics.isStatisticsEnabled()).isTrue();
    statistics.clear();
    getOk(path);
    return statistics.getPrepareStatementCount();
  }

  /** Doctors with a new patient each, who also see the previous doctor's patient. */
  void addDoctors(int count, List<Long> patients) throws Exception {
    for (int i = 0; i < count; i++) {
      long doctor = doctor("Dr. " + patients.size());
      if (!patients.isEmpty()) {
        String link = "/doctors/" + doctor + "/patients/" + patients.get(patients.size() - 1) + "/link";
        assertThat(send("PUT", link, "{\"appointmentDate\": \"2026-12-01\"}").statusCode()).isEqualTo(201);
      }
      patients.add(patient(doctor, "Patient " + patients.size(), "2026-12-02"));
    }
  }

  long doctor(String name) throws Exception {
    HttpResponse<String> response = send("POST", "/doctors", "{\"name\": " + JSON.writeValueAsString(name) + "}");
    assertThat(response.statusCode()).isEqualTo(201);
    return json(response).get("id").asLong();
  }

  long patient(long doctor, String name, String appointmentDate) throws Exception {
    HttpResponse<String> response = send("POST", "/doctors/" + doctor + "/patients",
        "{\"name\": " + JSON.writeValueAsString(name) + ", \"appointmentDate\": \"" + appointmentDate + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("pid").asLong();
  }

  JsonNode getOk(String path) throws Exception {
    HttpResponse<String> response = send("GET", path, null);
    assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
    return json(response);
  }

  HttpResponse<String> send(String method, String path, String jsonBody) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
    if (jsonBody == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(element -> names.add(element.get("name").asString()));
    return names;
  }

  static List<Long> pids(JsonNode array) {
    List<Long> pids = new ArrayList<>();
    array.forEach(element -> pids.add(element.get("pid").asLong()));
    return pids;
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static void assertNotFound(HttpResponse<String> response, String detail) {
    assertProblem(response, 404, detail);
  }

  static void assertBadRequest(HttpResponse<String> response, String detail) {
    assertProblem(response, 400, detail);
  }

  static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asString()).contains(detail);
    assertThat(problem.get("instance").asString()).isEqualTo(response.uri().getRawPath());
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
  }
}
