package dev.throughline.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.filter.clinic.Clinic;
import dev.throughline.filter.clinic.Patient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values become the attribute's Java type, or a FilterException naming where and what fits. */
class ValueConversionTest {

  private static Clinic clinic;

  @BeforeAll
  static void open() {
    clinic = Clinic.open("value_conversion");
  }

  @AfterAll
  static void close() {
    clinic.close();
  }

  private static List<String> names(String where) {
    return clinic.read(session -> clinic.filters().parse(Patient.class, "{\"where\":" + where + "}").find(session))
        .stream().map(Patient::getName).toList();
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"pid\":{\"gt\":0},\"name\":\"Ann\"}          | Ann",
      "{\"born\":\"1980-01-15\"}                     | Ann",
      "{\"registered\":{\"gt\":\"2026-01-15T00:00:00\"}} | Bob",
      "{\"seen\":{\"lt\":\"2026-01-15T00:00:00Z\"}}    | Ann",
      "{\"card\":\"11111111-1111-1111-1111-111111111111\"} | Ann",
      "{\"level\":\"HIGH\"}                          | Ann",
      "{\"visits\":\"3\"}                            | Ann",
      "{\"visits\":3.0}                              | Ann",
      "{\"weight\":61.5}                             | Ann",
      "{\"weight\":{\"lt\":\"60\"}}                  | dee",
      "{\"balance\":99.99}                           | C_d 100%",
      "{\"balance\":{\"between\":[\"9.5\",10.5]}}    | Ann",
      "{\"insured\":true,\"level\":\"HIGH\"}         | Ann",
      "{\"insured\":\"false\",\"visits\":1}          | Bob",
      "{\"usualTime\":{\"lt\":\"10:00\"}}            | Ann",
      "{\"lastCall\":\"2026-01-02T09:00:00+01:00\"}    | Ann",
      "{\"nextCall\":{\"gt\":\"2026-03-01T00:00:00Z[UTC]\"}} | Ann",
      "{\"initial\":\"A\"}                           | Ann",
      "{\"points\":12345678901234567890}            | Ann",
      "{\"points\":{\"gt\":\"1e19\"}}                 | Ann",
      "{\"floor\":3}                               | Ann",
      "{\"room\":{\"between\":[10,\"12\"]}}           | Ann",
      "{\"height\":{\"gte\":1.25}}                   | Ann",
  })
  void convertsToTheAttributeType(String where, String name) {
    assertThat(names(where)).containsExactly(name);
  }

  @ParameterizedTest(name = "{0} is refused at {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"visits\":\"three\"}               | where.visits             | Patient.visits takes a number",
      "{\"visits\":3.5}                     | where.visits             | from -2147483648 to 2147483647",
      "{\"pid\":1e400}                      | where.pid                | from -9223372036854775808",
      "{\"weight\":{\"gt\":1e400}}          | where.weight.gt          | a finite number",
      "{\"balance\":1e-400}                 | where.balance            | at most 100 digits",
      "{\"born\":\"1980-13-01\"}            | where.born               | an ISO date like",
      "{\"born\":\"+10000-01-01\"}          | where.born               | year 1 to 9999",
      "{\"seen\":\"2026-01-01\"}            | where.seen               | an ISO instant",
      "{\"registered\":\"yesterday\"}       | where.registered         | an ISO date-time",
      "{\"card\":\"1-1-1-1-1\"}             | where.card               | a UUID string",
      "{\"level\":\"MEDIUM\"}               | where.level              | LOW, HIGH",
      "{\"name\":5}                         | where.name               | a string",
      "{\"name\":\"a\\u0000b\"}             | where.name               | NUL",
      "{\"insured\":\"yes\"}                | where.insured            | true or false",
      "{\"name\":{\"inq\":[\"Ann\",null]}}  | where.name.inq[1]        | holds no null",
      "{\"name\":{\"eq\":{\"a\":1}}}        | where.name.eq            | not an object",
      "{\"born\":{\"gt\":null}}             | where.born.gt            | not null",
      "{\"born\":{\"between\":[\"1980-01-01\"]}} | where.born.between  | [low, high]",
      "{\"usualTime\":\"25:00\"}             | where.usualTime          | an ISO time",
      "{\"lastCall\":\"2026-01-02T09:00:00\"}   | where.lastCall         | with offset",
      "{\"initial\":\"AB\"}                  | where.initial            | one character",
      "{\"points\":1.5}                        | where.points             | a whole number of at most 100 digits",
      "{\"points\":1e101}                      | where.points             | at most 100 digits",
      "{\"floor\":40000}                       | where.floor              | from -32768 to 32767",
      "{\"room\":128}                          | where.room               | from -128 to 127",
      "{\"height\":1e39}                       | where.height             | a finite number",
  })
  void wrongValuesAreFilterExceptions(String where, String path, String message) {
    assertThatThrownBy(() -> clinic.filters().parse(Patient.class, "{\"where\":" + where + "}"))
        .isInstanceOfSatisfying(FilterException.class, e -> {
          assertThat(e.path()).isEqualTo(path);
          assertThat(e.getMessage()).contains(message);
        });
  }
}
