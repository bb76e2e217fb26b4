package dev.throughline.example.spring;

import static dev.throughline.example.spring.ClinicFilters.badRequest;

import dev.throughline.RelationQuery;
import dev.throughline.filter.Filter;
import dev.throughline.filter.FilterException;
import dev.throughline.filter.Filters;
import jakarta.persistence.metamodel.SingularAttribute;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.query.Order;
import org.hibernate.query.SortDirection;
import org.hibernate.query.restriction.Restriction;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The query parameters of {@code /doctors/{id}/patients}: LoopBack's own, {@code filter} (GET) and
 * {@code where} (PATCH, DELETE), parsed by the filter module, and shortcuts for the common cases,
 * each turned into the same LoopBack vocabulary (built as a JSON tree, so a value is never spliced
 * into text) and parsed by the filter module too:
 *
 * <ul>
 *   <li>{@code name=Ann}: {@code {"name": "Ann"}}; {@code nameStartsWith=A}: {@code {"name":
 *       {"ilike": "A%"}}}, its {@code %}, {@code _} and {@code \} escaped;
 *   <li>{@code order=name,desc} or {@code order=name DESC}, repeatable; {@code offset=}, {@code
 *       limit=};
 *   <li>{@code after=2026-01-01}, {@code before=}: patients with an appointment after (before) that
 *       date, and {@code order=appointmentDate,desc}: restrictions and orders on the through rows,
 *       which LoopBack's language has no words for.
 * </ul>
 *
 * Anything else is a 400 naming the parameter, so a typo never silently widens a query.
 */
record PatientParameters(
    Filter<Patient> filter,
    List<Restriction<? super Patient>> where,
    List<Order<? super Patient>> orders,
    Integer offset,
    Integer limit,
    List<Restriction<? super Appointment>> whereThrough,
    List<Order<? super Appointment>> throughOrders) {

  /** Every parameter of GET. */
  static final Set<String> FIND = Set.of("filter", "name", "nameStartsWith", "after", "before", "order", "offset", "limit");
  /** The parameters that only restrict the patients: LoopBack's {@code where} and the name shortcuts. */
  static final Set<String> WHERE = Set.of("where", "name", "nameStartsWith");
  /** The same, and the appointment dates. */
  static final Set<String> WHERE_AND_THROUGH = Set.of("where", "name", "nameStartsWith", "after", "before");

  private static final Set<String> SHORTCUTS = Set.of("name", "nameStartsWith", "order", "offset", "limit");

  /** Parses the query parameters; only {@code allowed} ones may appear. */
  static PatientParameters parse(MultiValueMap<String, String> parameters, Set<String> allowed, Filters filters) {
    for (String parameter : parameters.keySet()) {
      if (!allowed.contains(parameter)) {
        throw badRequest("Unknown query parameter '" + parameter + "'; this route accepts " + sorted(allowed));
      }
    }
    Filter<Patient> filter = null;
    String filterText = single(parameters, "filter");
    if (filterText != null) {
      if (parameters.keySet().stream().anyMatch(SHORTCUTS::contains)) {
        throw badRequest("Give filter or the parameters " + sorted(SHORTCUTS) + ", not both");
      }
      filter = filters.parse(Patient.class, filterText);
    }
    List<Restriction<? super Patient>> where = new ArrayList<>();
    String whereText = single(parameters, "where");
    if (whereText != null) {
      where.add(filters.parseWhere(Patient.class, whereText));
    }
    JsonNodeFactory json = JsonNodeFactory.instance;
    for (String name : values(parameters, "name")) {
      ObjectNode equal = json.objectNode().put("name", name);
      where.add(shortcut("name", name, () -> filters.parseWhere(Patient.class, equal.toString())));
    }
    for (String prefix : values(parameters, "nameStartsWith")) {
      ObjectNode startsWith = json.objectNode();
      startsWith.putObject("name").put("ilike", likeEscaped(prefix) + "%");
      where.add(shortcut("nameStartsWith", prefix, () -> filters.parseWhere(Patient.class, startsWith.toString())));
    }
    List<Order<? super Patient>> orders = new ArrayList<>();
    List<Order<? super Appointment>> throughOrders = new ArrayList<>();
    for (String order : values(parameters, "order")) {
      String[] parts = order.trim().split("\\s*[, ]\\s*");
      if (parts.length > 2) {
        throw badRequest("order=" + order + " is not 'attribute' or 'attribute,asc|desc'");
      }
      String direction = parts.length == 1 ? "asc" : parts[1].toLowerCase(Locale.ROOT);
      if (!direction.equals("asc") && !direction.equals("desc")) {
        throw badRequest("order=" + order + ": the direction is asc or desc");
      }
      if (parts[0].equals("appointmentDate")) {
        throughOrders.add(Order.by(Appointment_.appointmentDate,
            direction.equals("asc") ? SortDirection.ASCENDING : SortDirection.DESCENDING));
      } else {
        ObjectNode byAttribute = json.objectNode().put("order", parts[0] + " " + direction);
        orders.addAll(shortcut("order", order, () -> filters.parse(Patient.class, byAttribute.toString()).orders()));
      }
    }
    Integer offset = null;
    String offsetText = single(parameters, "offset");
    if (offsetText != null) {
      ObjectNode skip = json.objectNode().put("skip", offsetText);
      offset = shortcut("offset", offsetText, () -> filters.parse(Patient.class, skip.toString()).offset());
    }
    Integer limit = null;
    String limitText = single(parameters, "limit");
    if (limitText != null) {
      ObjectNode page = json.objectNode().put("limit", limitText);
      limit = shortcut("limit", limitText, () -> filters.parse(Patient.class, page.toString()).limit().getAsInt());
    }
    List<Restriction<? super Appointment>> whereThrough = new ArrayList<>();
    for (String date : values(parameters, "after")) {
      whereThrough.add(appointmentDate(date("after", date), true));
    }
    for (String date : values(parameters, "before")) {
      whereThrough.add(appointmentDate(date("before", date), false));
    }
    return new PatientParameters(filter, List.copyOf(where), List.copyOf(orders), offset, limit,
        List.copyOf(whereThrough), List.copyOf(throughOrders));
  }

  /** The filter, then the shortcuts, on a relation query. */
  RelationQuery<Patient, Appointment> applyTo(RelationQuery<Patient, Appointment> query) {
    RelationQuery<Patient, Appointment> refined = filter == null ? query : filter.applyTo(query);
    for (Restriction<? super Patient> restriction : where) {
      refined = refined.where(restriction);
    }
    for (Restriction<? super Appointment> restriction : whereThrough) {
      refined = refined.whereThrough(restriction);
    }
    for (Order<? super Patient> order : orders) {
      refined = refined.orderBy(order);
    }
    for (Order<? super Appointment> order : throughOrders) {
      refined = refined.orderByThrough(order);
    }
    if (offset != null) {
      refined = refined.offset(offset);
    }
    if (limit != null) {
      refined = refined.limit(limit);
    }
    return refined;
  }

  /** The restrictions on the patients as one: all of them, or none. */
  Restriction<Patient> targetRestriction() {
    return where.isEmpty() ? Restriction.unrestricted() : Restriction.all(where);
  }

  /** A shortcut's value parsed by the filter module; a refusal names the parameter as it was given. */
  private static <R> R shortcut(String parameter, String value, Supplier<R> parse) {
    try {
      return parse.get();
    } catch (FilterException e) {
      throw badRequest(parameter + "=" + value + ": " + e.problem()
          + (e.allowed().isEmpty() ? "" : "; allowed: " + e.allowed()
              + (parameter.equals("order") ? " or appointmentDate" : "")));
    }
  }

  /** {@code text} matching itself in a LIKE pattern: {@code %}, {@code _} and {@code \} escaped. */
  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static List<String> values(MultiValueMap<String, String> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null ? List.of() : values;
  }

  private static String single(MultiValueMap<String, String> parameters, String name) {
    List<String> values = values(parameters, name);
    if (values.size() > 1) {
      throw badRequest(name + " is given " + values.size() + " times");
    }
    return values.isEmpty() ? null : values.get(0);
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

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
