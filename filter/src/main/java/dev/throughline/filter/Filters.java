package dev.throughline.filter;

import dev.throughline.Inclusion;
import jakarta.persistence.metamodel.Metamodel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.query.restriction.Restriction;

/**
 * Where LoopBack filters are parsed: the JPA metamodel that names the attributes, the relations
 * each entity may include (from the generated {@code <Source>Relations} registries) and the
 * {@link FilterLimits}. Set it up once and share it; it is immutable and thread-safe.
 *
 * <pre>{@code
 * Filters filters = Filters.of(emf.getMetamodel())
 *     .withRelations(Doctor.class, DoctorRelations.names(), DoctorRelations::inclusion);
 *
 * Filter<Doctor> filter = filters.parse(Doctor.class,
 *     "{\"where\":{\"name\":{\"like\":\"Dr.%\"}},\"include\":[{\"relation\":\"patients\",\"scope\":{\"limit\":1}}]}");
 * List<Doctor> doctors = filter.find(em);
 * }</pre>
 */
public final class Filters {

  /** The relations of one source entity that filters may include. */
  private record IncludableRelations<S>(List<String> names, Function<String, ? extends Inclusion<S, ?>> inclusion) {}

  private final Metamodel metamodel;
  private final Map<Class<?>, IncludableRelations<?>> relations;
  private final FilterLimits limits;

  private Filters(Metamodel metamodel, Map<Class<?>, IncludableRelations<?>> relations, FilterLimits limits) {
    this.metamodel = metamodel;
    this.relations = relations;
    this.limits = limits;
  }

  /**
   * Filters on the entities of this metamodel, with the default limits and no relations to include.
   *
   * @param metamodel the persistence unit's metamodel, {@code emf.getMetamodel()}
   * @return filters without inclusions
   */
  public static Filters of(Metamodel metamodel) {
    return new Filters(Objects.requireNonNull(metamodel, "metamodel"), Map.of(), FilterLimits.DEFAULTS);
  }

  /**
   * These filters, also able to include the relations of {@code source}: pass the generated
   * registry's {@code names()} and {@code inclusion}, as in {@code withRelations(Doctor.class,
   * DoctorRelations.names(), DoctorRelations::inclusion)}.
   *
   * @param source the source entity
   * @param names the relation names that may be included
   * @param inclusion the inclusion of a relation, by name
   * @param <S> the source entity
   * @return new filters
   */
  public <S> Filters withRelations(Class<S> source, List<String> names,
      Function<String, ? extends Inclusion<S, ?>> inclusion) {
    Objects.requireNonNull(source, "source");
    metamodel.entity(source);
    Map<Class<?>, IncludableRelations<?>> more = new HashMap<>(relations);
    more.put(source, new IncludableRelations<>(List.copyOf(names), Objects.requireNonNull(inclusion, "inclusion")));
    return new Filters(metamodel, Map.copyOf(more), limits);
  }

  /**
   * These filters with other limits.
   *
   * @param limits how deep, long and large a filter may be
   * @return new filters
   */
  public Filters withLimits(FilterLimits limits) {
    return new Filters(metamodel, relations, Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The limits in force.
   *
   * @return the limits
   */
  public FilterLimits limits() {
    return limits;
  }

  /**
   * Parses a LoopBack filter for {@code entity}: {@code where}, {@code order}, {@code limit},
   * {@code skip} or {@code offset}, and {@code include}.
   *
   * @param entity the entity the filter is for
   * @param json the filter as JSON text
   * @param <T> the entity
   * @return the parsed filter
   * @throws FilterException if the filter is not one this entity can take; it names where and why
   * @throws IllegalArgumentException if {@code entity} is not an entity of the metamodel
   */
  public <T> Filter<T> parse(Class<T> entity, String json) {
    FilterPath root = FilterPath.root();
    JsonValue value = new JsonReader(limits).read(Objects.requireNonNull(json, "json"), root);
    return new FilterParser(this).filter(Objects.requireNonNull(entity, "entity"), value, root, 0);
  }

  /**
   * Parses a LoopBack {@code where} on its own, as the {@code where} query parameter of LoopBack's
   * PATCH and DELETE routes gives it; paths in exceptions start with {@code where}.
   *
   * @param entity the entity the condition is for
   * @param json the where object as JSON text
   * @param <T> the entity
   * @return the restriction; unrestricted for {@code {}}
   * @throws FilterException if the condition is not one this entity can take
   * @throws IllegalArgumentException if {@code entity} is not an entity of the metamodel
   */
  public <T> Restriction<T> parseWhere(Class<T> entity, String json) {
    FilterPath root = FilterPath.named("where");
    JsonValue value = new JsonReader(limits).read(Objects.requireNonNull(json, "json"), root);
    return new WhereParser<>(attributes(Objects.requireNonNull(entity, "entity")), limits).parse(value, root, 0);
  }

  <T> EntityAttributes<T> attributes(Class<T> entity) {
    return EntityAttributes.of(metamodel, entity);
  }

  /** The names {@code source} may include, or null if it has none registered. */
  List<String> relationNames(Class<?> source) {
    IncludableRelations<?> registered = relations.get(source);
    return registered == null ? null : registered.names();
  }

  /** The inclusion of {@code source}'s relation {@code name}, which {@link #relationNames} lists. */
  @SuppressWarnings("unchecked")
  <S> Inclusion<S, ?> inclusion(Class<S> source, String name) {
    return ((IncludableRelations<S>) relations.get(source)).inclusion().apply(name);
  }
}
