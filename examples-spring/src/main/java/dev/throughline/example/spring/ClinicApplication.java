package dev.throughline.example.spring;

import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The clinic of LoopBack's hasManyThrough docs as a Spring Boot web application. Its controllers
 * use nothing but the {@code EntityManager} Spring injects, {@code @Transactional} and the
 * accessors Throughline generates ({@code DoctorPatients}, {@code DoctorRelations}).
 *
 * <p>Embedded H2 by default; {@code -Dthroughline.db=postgresql} (or the Spring profile {@code
 * postgresql}) runs it on the local PostgreSQL.
 */
@SpringBootApplication
public class ClinicApplication {

  /** The databases this example has a profile for. */
  static final Set<String> DATABASES = Set.of("h2", "postgresql");

  /** Refuses to start on a database it was not asked for: an unknown name is not H2. */
  ClinicApplication(@Value("${throughline.db:h2}") String db) {
    if (!DATABASES.contains(db.trim().toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException("Unknown -Dthroughline.db=" + db + "; use h2 or postgresql");
    }
  }

  public static void main(String[] args) {
    SpringApplication.run(ClinicApplication.class, args);
  }
}
