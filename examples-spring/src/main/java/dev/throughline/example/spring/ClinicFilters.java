package dev.throughline.example.spring;

import dev.throughline.filter.Filters;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * LoopBack's filter language for the clinic: attribute names from the JPA metamodel, the relations
 * of doctors from the generated {@code DoctorRelations}, the default limits.
 */
@Configuration
public class ClinicFilters {

  /** Parses {@code filter} and {@code where} query parameters; shared, immutable. */
  // tour:begin filter-setup
  @Bean
  public Filters filters(EntityManagerFactory entityManagerFactory) {
    return Filters.of(entityManagerFactory.getMetamodel())
        .withRelations(Doctor.class, DoctorRelations.names(), DoctorRelations::inclusion);
  }
  // tour:end filter-setup

  /** A 400 with this detail. */
  static ResponseStatusException badRequest(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }
}
