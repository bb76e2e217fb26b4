package dev.throughline.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.filter.clinic.Clinic;
import dev.throughline.filter.clinic.Patient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every where operator and the order, limit and skip of LoopBack, run against H2. */
class WhereOperatorsTest {

  private static Clinic clinic;

  @BeforeAll
  static void open() {
    clinic = Clinic.open("where_operators");
  }

  @AfterAll
  static void close() {
    clinic.close();
  }

  /** The names of the patients the filter finds, in the order found. */
  private static List<String> names(String filter) {
    return clinic.read(session -> clinic.filters().parse(Patient.class, filter).find(session))
        .stream().map(Patient::getName).toList();
  }

  @Test
  void equalityImplicitAndExplicit() {
    assertThat(names("{\"where\":{\"name\":\"Ann\"}}")).containsExactly("Ann");
    assertThat(names("{\"where\":{\"name\":{\"eq\":\"Bob\"}}}")).containsExactly("Bob");
    assertThat(names("{\"where\":{\"name\":{\"neq\":\"Ann\"}}}")).containsExactly("Bob", "C_d 100%", "dee");
  }

  @Test
  void nullIsIsNullAndNeqNullIsNotNull() {
    assertThat(names("{\"where\":{\"level\":null}}")).containsExactly("C_d 100%");
    assertThat(names("{\"where\":{\"level\":{\"eq\":null}}}")).containsExactly("C_d 100%");
    assertThat(names("{\"where\":{\"level\":{\"neq\":null}}}")).containsExactly("Ann", "Bob", "dee");
  }

  @Test
  void comparisons() {
    assertThat(names("{\"where\":{\"visits\":{\"gt\":1}}}")).containsExactly("Ann", "dee");
    assertThat(names("{\"where\":{\"visits\":{\"gte\":3}}}")).containsExactly("Ann", "dee");
    assertThat(names("{\"where\":{\"visits\":{\"lt\":3}}}")).containsExactly("Bob");
    assertThat(names("{\"where\":{\"visits\":{\"lte\":3}}}")).containsExactly("Ann", "Bob");
    assertThat(names("{\"where\":{\"visits\":{\"gt\":1,\"lt\":5}}}")).containsExactly("Ann");
  }

  @Test
  void betweenIncludesBothEnds() {
    assertThat(names("{\"where\":{\"born\":{\"between\":[\"1980-01-15\",\"1990-06-30\"]}}}"))
        .containsExactly("Ann", "Bob");
  }

  @Test
  void inqAndNinTakeLists() {
    assertThat(names("{\"where\":{\"name\":{\"inq\":[\"Ann\",\"dee\",\"Zed\"]}}}")).containsExactly("Ann", "dee");
    assertThat(names("{\"where\":{\"name\":[\"Ann\",\"Bob\"]}}")).containsExactly("Ann", "Bob");
    assertThat(names("{\"where\":{\"name\":{\"nin\":[\"Ann\"]}}}")).containsExactly("Bob", "C_d 100%", "dee");
    assertThat(names("{\"where\":{\"name\":{\"inq\":[]}}}")).isEmpty();
    assertThat(names("{\"where\":{\"name\":{\"nin\":[]}}}")).containsExactly("Ann", "Bob", "C_d 100%", "dee");
  }

  @Test
  void likePatternsAreSqlPatterns() {
    assertThat(names("{\"where\":{\"name\":{\"like\":\"A%\"}}}")).containsExactly("Ann");
    assertThat(names("{\"where\":{\"name\":{\"like\":\"_o_\"}}}")).containsExactly("Bob");
    assertThat(names("{\"where\":{\"name\":{\"like\":\"D%\"}}}")).isEmpty();
    assertThat(names("{\"where\":{\"name\":{\"like\":\"C\\\\_d%\\\\%\"}}}")).containsExactly("C_d 100%");
    assertThat(names("{\"where\":{\"name\":{\"like\":\"%\\\\_%\"}}}")).containsExactly("C_d 100%");
    assertThat(names("{\"where\":{\"name\":{\"nlike\":\"%o%\"}}}")).containsExactly("Ann", "C_d 100%", "dee");
  }

  @Test
  void ilikeAndNilikeIgnoreCase() {
    assertThat(names("{\"where\":{\"name\":{\"ilike\":\"D%\"}}}")).containsExactly("dee");
    assertThat(names("{\"where\":{\"name\":{\"nilike\":\"a%\"}}}")).containsExactly("Bob", "C_d 100%", "dee");
  }

  @Test
  void andOrAndSeveralKeys() {
    assertThat(names("{\"where\":{\"or\":[{\"name\":\"Ann\"},{\"and\":[{\"visits\":{\"gt\":5}},{\"insured\":false}]}]}}"))
        .containsExactly("Ann", "dee");
    assertThat(names("{\"where\":{\"insured\":true,\"weight\":{\"gt\":65}}}")).containsExactly("C_d 100%");
    assertThat(names("{\"where\":{\"and\":[]}}")).hasSize(4);
    assertThat(names("{\"where\":{}}")).hasSize(4);
  }

  @Test
  void orderAsStringListOrCommas() {
    assertThat(names("{\"order\":\"name DESC\"}")).containsExactly("dee", "C_d 100%", "Bob", "Ann");
    assertThat(names("{\"order\":[\"insured DESC\",\"name ASC\"]}")).containsExactly("Ann", "C_d 100%", "Bob", "dee");
    assertThat(names("{\"order\":\"insured desc, name\"}")).containsExactly("Ann", "C_d 100%", "Bob", "dee");
  }

  @Test
  void limitSkipAndOffset() {
    assertThat(names("{\"order\":\"name\",\"skip\":1,\"limit\":2}")).containsExactly("Bob", "C_d 100%");
    assertThat(names("{\"order\":\"name\",\"offset\":3}")).containsExactly("dee");
    assertThat(names("{\"limit\":\"1\"}")).containsExactly("Ann");
  }
}
