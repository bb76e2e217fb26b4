package dev.throughline.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.filter.clinic.Clinic;
import dev.throughline.filter.clinic.Doctor;
import dev.throughline.filter.clinic.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a filter may not say: each refusal names the path and what is allowed there. */
class FilterErrorsTest {

  private static Clinic clinic;

  @BeforeAll
  static void open() {
    clinic = Clinic.open("filter_errors");
  }

  @AfterAll
  static void close() {
    clinic.close();
  }

  private static FilterException refused(Class<?> entity, String filter) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> clinic.filters().parse(entity, filter));
    assertThat(thrown).as(filter).isInstanceOf(FilterException.class);
    return (FilterException) thrown;
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "{\"where\":{\"and\":[{\"name\":\"Ann\"},{\"name\":{\"gt\":5}}]}} | where.and[1].name.gt | takes text",
      "{\"where\":{\"nmae\":\"Ann\"}}           | where.nmae          | balance, born, card",
      "{\"where\":{\"name\":{\"regexp\":\"^A\"}}} | where.name.regexp | eq, neq, gt",
      "{\"where\":{\"visits\":{\"like\":\"1%\"}}} | where.visits.like | eq, neq, gt, gte, lt, lte, between, inq, nin",
      "{\"where\":{\"level\":{\"gt\":\"LOW\"}}}  | where.level.gt      | eq, neq, inq, nin",
      "{\"where\":{\"name\":{}}}                 | where.name          | the condition names no operator",
      "{\"where\":[]}                           | where               | an object of conditions",
      "{\"where\":{\"or\":{\"name\":\"Ann\"}}}   | where.or            | an array of where objects",
      "{\"where\":{\"a.b\":1}}                  | where[\"a.b\"]      | no attribute \"a.b\"",
      "{\"where\":{\"name\":{\"like\":\"50\\\\\"}}} | where.name.like  | escapes only %, _ or",
      "{\"fields\":{\"name\":true}}             | fields              | where, order, limit, skip, offset, include",
      "{\"wher\":{}}                            | wher                | unknown filter key",
      "{\"limit\":0}                            | limit               | from 1 to 1000",
      "{\"limit\":1001}                         | limit               | from 1 to 1000",
      "{\"limit\":2.5}                          | limit               | a whole number",
      "{\"limit\":\"ten\"}                      | limit               | a whole number",
      "{\"skip\":-1}                            | skip                | from 0 to",
      "{\"skip\":1,\"offset\":2}                | offset              | give one",
      "{\"order\":\"nmae DESC\"}                | order               | balance, born, card",
      "{\"order\":[\"name\",\"born SIDEWAYS\"]}  | order[1]            | ASC, DESC",
      "{\"order\":\"name DESC; drop table Patient\"} | order          | not an attribute and a direction",
      "{\"order\":{\"name\":\"DESC\"}}          | order               | \"name DESC\"",
      "{\"include\":\"doctors\"}                | include             | medicines",
      "[]                                       | ''                  | a JSON object",
      "{\"limit\":1} x                          | ''                  | ",
      "{\"limit\":                              | ''                  | not valid JSON",
      "{\"limit\":1,\"limit\":2}                | limit               | given twice",
      "''                                       | ''                  | empty",
  })
  void refusalsNameThePath(String filter, String path, String message) {
    FilterException e = refused(Patient.class, filter);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.getMessage()).contains(message == null ? "" : message);
  }

  @Test
  void includesAreCheckedAgainstTheGeneratedRelations() {
    FilterException unknown = refused(Doctor.class, "{\"include\":[\"patients\",{\"relation\":\"nurses\"}]}");
    assertThat(unknown.path()).isEqualTo("include[1].relation");
    assertThat(unknown.allowed()).isEqualTo("patients");

    FilterException twice = refused(Doctor.class, "{\"include\":[\"patients\",{\"relation\":\"patients\"}]}");
    assertThat(twice.path()).isEqualTo("include[1]");

    FilterException key = refused(Doctor.class, "{\"include\":{\"relation\":\"patients\",\"scop\":{}}}");
    assertThat(key.path()).isEqualTo("include.scop");
    assertThat(key.allowed()).isEqualTo("relation, scope");

    FilterException leaf = refused(Doctor.class,
        "{\"include\":{\"relation\":\"patients\",\"scope\":{\"include\":{\"relation\":\"medicines\","
            + "\"scope\":{\"include\":\"anything\"}}}}}");
    assertThat(leaf.path()).isEqualTo("include.scope.include.scope.include");
    assertThat(leaf.problem()).isEqualTo("Medicine has no relations to include");

    FilterException scoped = refused(Doctor.class,
        "{\"include\":[{\"relation\":\"patients\",\"scope\":{\"where\":{\"weight\":{\"gt\":\"heavy\"}}}}]}");
    assertThat(scoped.path()).isEqualTo("include[0].scope.where.weight.gt");
  }

  @Test
  void depthIsLimited() {
    String four = "{\"where\":{\"and\":[{\"or\":[{\"and\":[{\"or\":[{\"name\":\"Ann\"}]}]}]}]}}";
    assertThat(clinic.filters().parse(Patient.class, four).where()).isPresent();
    FilterException five = refused(Patient.class,
        "{\"where\":{\"and\":[{\"or\":[{\"and\":[{\"or\":[{\"and\":[{\"name\":\"Ann\"}]}]}]}]}]}}");
    assertThat(five.path()).isEqualTo("where.and[0].or[0].and[0].or[0].and");
    assertThat(five.allowed()).isEqualTo("at most 4 levels of and/or");

    Filters shallow = clinic.filters().withLimits(FilterLimits.DEFAULTS.withMaxDepth(1));
    assertThatThrownBy(() -> shallow.parse(Doctor.class,
        "{\"include\":{\"relation\":\"patients\",\"scope\":{\"include\":\"medicines\"}}}"))
        .isInstanceOfSatisfying(FilterException.class,
            e -> assertThat(e.path()).isEqualTo("include.scope.include"));

    String deepJson = "[".repeat(5_000) + "]".repeat(5_000);
    assertThat(refused(Patient.class, deepJson).problem()).contains("not valid JSON");
  }

  @Test
  void listsAndTextAreLimited() {
    StringBuilder values = new StringBuilder();
    for (int i = 0; i <= 1_000; i++) {
      values.append(i == 0 ? "" : ",").append(i);
    }
    FilterException inq = refused(Patient.class, "{\"where\":{\"visits\":{\"inq\":[" + values + "]}}}");
    assertThat(inq.path()).isEqualTo("where.visits.inq");
    assertThat(inq.allowed()).isEqualTo("at most 1000 elements");

    Filters small = clinic.filters().withLimits(FilterLimits.DEFAULTS.withMaxValues(2).withMaxLimit(5));
    assertThat(refused(small, "{\"where\":{\"visits\":{\"inq\":[1,2,3]}}}").path()).isEqualTo("where.visits.inq");
    assertThat(refused(small, "{\"limit\":6}").allowed()).isEqualTo("a whole number from 1 to 5");

    String long_ = "{\"where\":{\"name\":\"" + "x".repeat(70_000) + "\"}}";
    assertThat(refused(Patient.class, long_).allowed()).isEqualTo("at most 65536 characters");
  }

  @Test
  void hostileNamesAreQuotedAndCutInPaths() {
    String name = "'; drop table Patient; --" + "x".repeat(100);
    FilterException e = refused(Patient.class, "{\"where\":{\"" + name + "\":1}}");
    assertThat(e.path()).startsWith("where[\"'; drop table Patient; --").endsWith("...\"]");
    assertThat(e.path().length()).isLessThan(100);
  }

  @Test
  void aWhereOnItsOwnStartsItsPathsWithWhere() {
    assertThatThrownBy(() -> clinic.filters().parseWhere(Patient.class, "{\"name\":{\"gt\":1}}"))
        .isInstanceOfSatisfying(FilterException.class, e -> assertThat(e.path()).isEqualTo("where.name.gt"));
    assertThat(clinic.filters().parseWhere(Patient.class, "{}")).isNotNull();
  }

  private static FilterException refused(Filters filters, String filter) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> filters.parse(Patient.class, filter));
    assertThat(thrown).as(filter).isInstanceOf(FilterException.class);
    return (FilterException) thrown;
  }
}
