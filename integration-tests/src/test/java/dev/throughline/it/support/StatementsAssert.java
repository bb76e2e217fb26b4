package dev.throughline.it.support;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assertion on SQL statements: how many of each kind the work counted last ran, and how many
 * in all, as {@link SqlLog} recorded them (sequence fetches left out). A failure lists the
 * statements. Each method asserts at once and returns this, so that one line states them all:
 * {@code assertStatements().selects(1).inserts(2).total(3)}.
 */
public final class StatementsAssert {

  private final SqlLog sql;
  private final String context;

  StatementsAssert(SqlLog sql, String context) {
    this.sql = sql;
    this.context = context;
  }

  /** Asserts the number of {@code select} statements. */
  public StatementsAssert selects(long expected) {
    return verb("select", expected);
  }

  /** Asserts the number of {@code insert} statements (a JDBC batch is one). */
  public StatementsAssert inserts(long expected) {
    return verb("insert", expected);
  }

  /** Asserts the number of {@code update} statements. */
  public StatementsAssert updates(long expected) {
    return verb("update", expected);
  }

  /** Asserts the number of {@code delete} statements. */
  public StatementsAssert deletes(long expected) {
    return verb("delete", expected);
  }

  /** Asserts the number of statements of every kind together. */
  public StatementsAssert total(long expected) {
    assertThat((long) sql.total()).as("%sstatements:%n%s", context, sql).isEqualTo(expected);
    return this;
  }

  /** Asserts that every statement contains {@code fragment}, ignoring case. */
  public StatementsAssert eachContaining(String fragment) {
    assertThat(sql.statements()).as("%sstatements containing %s:%n%s", context, fragment, sql)
        .isNotEmpty().allSatisfy(statement -> assertThat(statement).containsIgnoringCase(fragment));
    return this;
  }

  /** Asserts that no statement contains {@code fragment}, ignoring case. */
  public StatementsAssert noneContaining(String fragment) {
    assertThat(sql.statements()).as("%sstatements without %s:%n%s", context, fragment, sql)
        .noneSatisfy(statement -> assertThat(statement).containsIgnoringCase(fragment));
    return this;
  }

  private StatementsAssert verb(String verb, long expected) {
    assertThat(sql.count(verb)).as("%s%s statements:%n%s", context, verb, sql).isEqualTo(expected);
    return this;
  }
}
