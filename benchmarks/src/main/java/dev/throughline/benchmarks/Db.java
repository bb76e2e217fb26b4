package dev.throughline.benchmarks;

import dev.throughline.benchmarks.model.Appointment;
import dev.throughline.benchmarks.model.Doctor;
import dev.throughline.benchmarks.model.ListDoctor;
import dev.throughline.benchmarks.model.Patient;
import dev.throughline.benchmarks.model.SetDoctor;
import dev.throughline.benchmarks.model.Visit;
import dev.throughline.benchmarks.model.WalkDoctor;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The database of this JVM, chosen with {@code -Dthroughline.db=h2|postgresql} (default h2; URL,
 * user and password can be overridden with {@code -Dthroughline.jdbc.url}, {@code .user} and
 * {@code .password}): one session factory whose schema is created on first use, and seeded with
 * the parts of the {@link Dataset} that the benchmarks ask for. PostgreSQL tables live in their own schema,
 * {@value #PG_SCHEMA}, so that they never meet the integration tests' tables.
 */
public final class Db {

  static final String PG_SCHEMA = "throughline_bench";

  static {
    // Hibernate logs through JBoss Logging; send it to slf4j-simple (warnings only, see simplelogger.properties).
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
  }

  private static Db current;

  public final String name;
  public final String url;
  public final SessionFactory factory;
  public final StatementLog statements = new StatementLog();
  /** Product and driver versions, as the database reports them. */
  public final String product;
  public final String driver;
  /** Milliseconds spent building the factory, and seeding. */
  public final long bootMillis;
  private long seedMillis;
  private final EnumSet<Dataset.Part> seeded = EnumSet.noneOf(Dataset.Part.class);

  private Db(String name, String url, String user, String password) {
    this.name = name;
    this.url = url;
    long start = System.nanoTime();
    if (isPostgreSql()) {
      createSchema(url, user, password);
    }
    Configuration configuration = new Configuration();
    for (Class<?> entity : new Class<?>[] {
        Doctor.class, Appointment.class, Patient.class, WalkDoctor.class, Visit.class,
        ListDoctor.class, SetDoctor.class}) {
      configuration.addAnnotatedClass(entity);
    }
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, url);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_USER, user);
    configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, password);
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "create-drop");
    configuration.setProperty(AvailableSettings.GENERATE_STATISTICS, "true");
    configuration.setProperty(AvailableSettings.POOL_SIZE, "2");
    configuration.setProperty(AvailableSettings.SHOW_SQL, System.getProperty("throughline.showSql", "false"));
    configuration.setStatementInspector(statements);
    configuration.setProperty(AvailableSettings.CONNECTION_PROVIDER, CountingConnectionProvider.class.getName());
    this.factory = configuration.buildSessionFactory();
    // Statistics are collected only by the counting pass.
    factory.getStatistics().setStatisticsEnabled(false);
    this.bootMillis = (System.nanoTime() - start) / 1_000_000;
    String[] versions = new String[2];
    factory.inSession(session -> session.doWork(connection -> {
      DatabaseMetaData meta = connection.getMetaData();
      versions[0] = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
      versions[1] = meta.getDriverName() + " " + meta.getDriverVersion();
    }));
    this.product = versions[0];
    this.driver = versions[1];
  }

  /** The database of this JVM, with these parts of the data seeded (all of them when none are named). */
  public static synchronized Db get(Dataset.Part... parts) {
    Db db = boot();
    EnumSet<Dataset.Part> wanted = parts.length == 0 ? EnumSet.allOf(Dataset.Part.class) : EnumSet.copyOf(Arrays.asList(parts));
    wanted.removeAll(db.seeded);
    if (!wanted.isEmpty()) {
      long start = System.nanoTime();
      if (db.seeded.isEmpty()) {
        Dataset.seedPatients(db);
      }
      for (Dataset.Part part : wanted) {
        Dataset.seed(db, part);
        db.seeded.add(part);
      }
      if (db.isPostgreSql()) {
        db.sql("analyze");
      }
      db.seedMillis += (System.nanoTime() - start) / 1_000_000;
    }
    return db;
  }

  /** Milliseconds spent seeding so far. */
  public long seedMillis() {
    return seedMillis;
  }

  private static Db boot() {
    if (current == null) {
      String name = System.getProperty("throughline.db", "h2").trim().toLowerCase(Locale.ROOT);
      String url;
      String user;
      switch (name) {
        case "", "h2" -> {
          name = "h2";
          url = "jdbc:h2:mem:throughline_bench;DB_CLOSE_DELAY=-1";
          user = "sa";
        }
        case "postgresql" -> {
          url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + PG_SCHEMA;
          user = "postgres";
        }
        default -> throw new IllegalArgumentException(
            "Unknown -Dthroughline.db=" + name + "; use h2 or postgresql");
      }
      current = new Db(name,
          System.getProperty("throughline.jdbc.url", url),
          System.getProperty("throughline.jdbc.user", user),
          System.getProperty("throughline.jdbc.password", ""));
      Runtime.getRuntime().addShutdownHook(new Thread(current.factory::close));
    }
    return current;
  }

  /** The database name chosen for this run, without booting it. */
  public static String selectedName() {
    String name = System.getProperty("throughline.db", "h2").trim().toLowerCase(Locale.ROOT);
    return name.isEmpty() ? "h2" : name;
  }

  public boolean isPostgreSql() {
    return name.equals("postgresql");
  }

  /** Runs work in a new session (a fresh persistence context) and a committed transaction. */
  public <R> R inTransaction(Function<Session, R> work) {
    return factory.fromTransaction(work);
  }

  /** Runs work in a new session and a committed transaction. */
  public void run(Consumer<Session> work) {
    factory.inTransaction(work);
  }

  /** Executes plain SQL statements, in order, in one committed transaction. */
  public void sql(String... statements) {
    factory.inTransaction(session -> session.doWork(connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
        }
      }
    }));
  }

  /**
   * The factory's JDBC batching as Hibernate's mutation executor sees it: the raw
   * {@code hibernate.jdbc.batch_size} setting, unset here, so off unless a session asks for it.
   */
  public String batching() {
    Object size = factory.getProperties().get(AvailableSettings.STATEMENT_BATCH_SIZE);
    return size == null ? "hibernate.jdbc.batch_size unset: no JDBC batching unless a session sets it"
        : "hibernate.jdbc.batch_size=" + size;
  }

  /** A table expression of the integers {@code 1..count} in a column {@code x}. */
  String series(long count) {
    return isPostgreSql()
        ? "generate_series(1, " + count + ") as s(x)"
        : "system_range(1, " + count + ") as s(x)";
  }

  /** Creates the URL's {@code currentSchema}, if it names one, so that the tables can be created in it. */
  private static void createSchema(String url, String user, String password) {
    java.util.regex.Matcher schema = java.util.regex.Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)").matcher(url);
    if (!schema.find()) {
      return;
    }
    String base = url.replaceFirst("[?&]currentSchema=[^&]*", "");
    try (Connection connection = DriverManager.getConnection(base, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("create schema if not exists " + schema.group(1));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach PostgreSQL at " + base + ": " + e.getMessage(), e);
    }
  }
}
