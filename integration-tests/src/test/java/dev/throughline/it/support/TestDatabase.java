package dev.throughline.it.support;

import java.util.Locale;

/**
 * The database the integration tests run on, chosen with {@code -Dthroughline.db=h2|postgresql|mariadb}
 * (default h2); URL, user and password can be overridden with {@code -Dthroughline.jdbc.url},
 * {@code -Dthroughline.jdbc.user} and {@code -Dthroughline.jdbc.password}.
 */
public record TestDatabase(String name, String url, String user, String password) {

  /** The database of this test run. */
  public static TestDatabase current() {
    String name = System.getProperty("throughline.db", "h2").trim().toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      name = "h2";
    }
    TestDatabase defaults = switch (name) {
      case "h2" -> new TestDatabase("h2", "jdbc:h2:mem:throughline;DB_CLOSE_DELAY=-1", "sa", "");
      case "postgresql" -> new TestDatabase(
          "postgresql", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
      case "mariadb" -> new TestDatabase("mariadb", "jdbc:mariadb://127.0.0.1:3306/test", "root", "");
      default -> throw new IllegalArgumentException(
          "Unknown -Dthroughline.db=" + name + "; use h2, postgresql or mariadb");
    };
    return new TestDatabase(
        name,
        System.getProperty("throughline.jdbc.url", defaults.url),
        System.getProperty("throughline.jdbc.user", defaults.user),
        System.getProperty("throughline.jdbc.password", defaults.password));
  }

  public boolean isH2() {
    return name.equals("h2");
  }
}
