package dev.throughline.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

/**
 * What one statement of the N+1 walk costs on PostgreSQL with and without an index on the
 * through table's doctor column, in plain JDBC: Hibernate's generated schema indexes no foreign
 * key column, and the walk's cost per statement, hence its ratio to a two-statement inclusion,
 * depends on that index more than on anything else. Runs in its own schema {@code walk_probe},
 * dropped afterwards:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.throughline.benchmarks.WalkIndexProbe</pre>
 *
 * <p>{@code -Dthroughline.jdbc.url}, {@code .user} and {@code .password} point elsewhere.
 */
public final class WalkIndexProbe {

  private static final int STATEMENTS = 1_000;
  private static final int ROUNDS = 5;

  private WalkIndexProbe() {}

  public static void main(String[] args) throws SQLException {
    String url = System.getProperty("throughline.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test");
    try (Connection connection = DriverManager.getConnection(url,
            System.getProperty("throughline.jdbc.user", "postgres"),
            System.getProperty("throughline.jdbc.password", ""));
        Statement sql = connection.createStatement()) {
      sql.execute("drop schema if exists walk_probe cascade");
      sql.execute("create schema walk_probe");
      sql.execute("set search_path = walk_probe");
      System.out.printf(Locale.ROOT, "%s, %d statements \"select ... from visit where doctor_id = ?\", median of %d rounds%n",
          connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion(),
          STATEMENTS, ROUNDS);
      for (int doctors : new int[] {1_000, 10_000}) {
        for (boolean index : new boolean[] {false, true}) {
          sql.execute("drop table if exists visit");
          sql.execute("create table visit (id bigint primary key, doctor_id bigint, patient_id bigint, note varchar(255))");
          sql.execute("insert into visit select x, (x - 1) / 10 + 1, x % 50 + 1, null from generate_series(1, "
              + doctors * 10 + ") x");
          if (index) {
            sql.execute("create index visit_doctor on visit (doctor_id)");
          }
          sql.execute("analyze visit");
          double median = medianMillis(connection);
          System.out.printf(Locale.ROOT, "| %,d doctors, %,d visits | index on doctor_id: %s | %,.0f ms | %.3f ms per statement |%n",
              doctors, doctors * 10, index ? "yes" : "no", median, median / STATEMENTS);
        }
      }
      sql.execute("drop schema walk_probe cascade");
    }
  }

  private static double medianMillis(Connection connection) throws SQLException {
    double[] rounds = new double[ROUNDS];
    try (PreparedStatement visits = connection.prepareStatement(
        "select id, doctor_id, patient_id, note from visit where doctor_id = ?")) {
      for (int round = 0; round < ROUNDS; round++) {
        long start = System.nanoTime();
        for (int doctor = 1; doctor <= STATEMENTS; doctor++) {
          visits.setLong(1, doctor);
          try (ResultSet rows = visits.executeQuery()) {
            while (rows.next()) {
              rows.getLong(1);
            }
          }
        }
        rounds[round] = (System.nanoTime() - start) / 1e6;
      }
    }
    Arrays.sort(rounds);
    return rounds[ROUNDS / 2];
  }
}
