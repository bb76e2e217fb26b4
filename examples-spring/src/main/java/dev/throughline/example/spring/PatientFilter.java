package dev.throughline.example.spring;

import dev.throughline.RelationQuery;
import jakarta.persistence.metamodel.SingularAttribute;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.query.Order;
import org.hibernate.query.SortDirection;
import org.hibernate.query.restriction.Restriction;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

/**
 * The query parameters of {@code /doctors/{id}/patients}, turned into Hibernate restrictions and
 * orders on the typesafe metamodel ({@code Patient_}, {@code Appointment_}): client input selects
 * among attributes known at compile time and never reaches a query as text.
 *
 * <ul>
 *   <li>{@code name=Ann}: patients named exactly Ann; {@code nameStartsWith=A}: names starting
 *       with A (case-insensitively);
 *   <li>{@code after=2026-01-01}, {@code before=2026-12-31}: patients with at least one
 *       appointment after (before) that date, a restriction on the through rows;
 *   <li>{@code order=name,desc} (or LoopBack's {@code order=name DESC}), repeatable: by {@code
 *       name} or {@code pid}, or by {@code appointmentDate} of the linking appointments;
 *   <li>{@code offset=20&limit=10}: one page.
 * </ul>
 *
 * Anything else is a 400 naming the parameter, so a typo never silently widens a query.
 */
record PatientFilter(
    List<Restriction<? super Patient>> where,
    List<Restriction<? super Appointment>> whereThrough,
    List<Order<? super Patient>> orders,
    List<Order<? super Appointment>> throughOrders,
    Integer offset,
    Integer limit) {

  /** The parameters that restrict, order and page. */
  static final Set<String> PARAMETERS = Set.of("name", "nameStartsWith", "after", "before", "order", "offset", "limit");

  /** Parses the query parameters; only {@code allowed} ones may appear. */
  static PatientFilter parse(MultiValueMap<String, String> parameters, Set<String> allowed) {
    for (String parameter : parameters.keySet()) {
      if (!allowed.contains(parameter)) {
        throw badRequest("Unknown query parameter '" + parameter + "'; this route accepts " + sorted(allowed));
      }
    }
    List<Restriction<? super Patient>> where = new ArrayList<>();
    List<Restriction<? super Appointment>> whereThrough = new ArrayList<>();
    List<Order<? super Patient>> orders = new ArrayList<>();
    List<Order<? super Appointment>> throughOrders = new ArrayList<>();
    for (String name : values(parameters, "name")) {
      where.add(Restriction.equal(Patient_.name, name));
    }
    for (String prefix : values(parameters, "nameStartsWith")) {
      where.add(Restriction.startsWith(Patient_.name, prefix, false));
    }
    for (String date : values(parameters, "after")) {
      whereThrough.add(appointmentDate(date("after", date), true));
    }
    for (String date : values(parameters, "before")) {
      whereThrough.add(appointmentDate(date("before", date), false));
    }
    for (String order : values(parameters, "order")) {
      String[] parts = order.trim().split("\\s*[, ]\\s*");
      if (parts.length > 2) {
        throw badRequest("order=" + order + " is not 'attribute' or 'attribute,asc|desc'");
      }
      SortDirection direction = parts.length == 1 ? SortDirection.ASCENDING : switch (parts[1].toLowerCase(Locale.ROOT)) {
        case "asc" -> SortDirection.ASCENDING;
        case "desc" -> SortDirection.DESCENDING;
        default -> throw badRequest("order=" + order + ": the direction is asc or desc");
      };
      switch (parts[0]) {
        case "name" -> orders.add(Order.by(Patient_.name, direction));
        case "pid" -> orders.add(Order.by(Patient_.pid, direction));
        case "appointmentDate" -> throughOrders.add(Order.by(Appointment_.appointmentDate, direction));
        default -> throw badRequest("order=" + order + ": patients are ordered by name, pid or appointmentDate");
      }
    }
    Integer offset = count(parameters, "offset");
    Integer limit = count(parameters, "limit");
    return new PatientFilter(List.copyOf(where), List.copyOf(whereThrough), List.copyOf(orders),
        List.copyOf(throughOrders), offset, limit);
  }

  /** This filter's restrictions, orders and page on a relation query. */
  RelationQuery<Patient, Appointment> applyTo(RelationQuery<Patient, Appointment> query) {
    for (Restriction<? super Patient> restriction : where) {
      query = query.where(restriction);
    }
    for (Restriction<? super Appointment> restriction : whereThrough) {
      query = query.whereThrough(restriction);
    }
    for (Order<? super Patient> order : orders) {
      query = query.orderBy(order);
    }
    for (Order<? super Appointment> order : throughOrders) {
      query = query.orderByThrough(order);
    }
    if (offset != null) {
      query = query.offset(offset);
    }
    if (limit != null) {
      query = query.limit(limit);
    }
    return query;
  }

  /** The target restrictions as one (all of them, or none). */
  Restriction<Patient> targetRestriction() {
    return where.isEmpty() ? Restriction.unrestricted() : Restriction.all(where);
  }

  private static List<String> values(MultiValueMap<String, String> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null ? List.of() : values;
  }

  /**
   * Appointments after (or before) a date. The raw types are needed because Hibernate's ranges ask
   * for {@code U extends Comparable<U>}, and {@code LocalDate} is only a {@code
   * Comparable<ChronoLocalDate>}.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Restriction<Appointment> appointmentDate(LocalDate date, boolean after) {
    SingularAttribute attribute = Appointment_.appointmentDate;
    Comparable bound = date;
    return after ? Restriction.greaterThan(attribute, bound) : Restriction.lessThan(attribute, bound);
  }

  private static LocalDate date(String parameter, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw badRequest(parameter + "=" + value + " is not a date like 2026-01-31");
    }
  }

  private static Integer count(MultiValueMap<String, String> parameters, String name) {
    List<String> values = values(parameters, name);
    if (values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw badRequest(name + " is given " + values.size() + " times");
    }
    try {
      int value = Integer.parseInt(values.get(0).trim());
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw badRequest(name + "=" + values.get(0) + " is not a non-negative integer");
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }

  static ResponseStatusException badRequest(String detail) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
  }
}
