package dev.throughline.it.contract;

import dev.throughline.Inclusion;
import dev.throughline.RelationAccessor;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.query.SortDirection;
import org.hibernate.query.specification.SelectionSpecification;
import org.hibernate.query.restriction.Restriction;

/**
 * One relation of a test model, as shared test scenarios use it: its generated accessor's static
 * members, and its entities described as the {@code @HasManyThrough} annotation sees them, by the
 * JPA metamodel attributes of its keys. From those the fixture makes and reads sources, targets
 * and through rows (through each attribute's Java member, as JPA exposes it), and knows the names
 * an exception must give: what Hibernate calls an entity and a key is what the accessor must say.
 *
 * <p>Declared in {@link Fixtures}, once per relation; built per test, where the session factory is
 * up, as the static metamodel is filled in only then.
 *
 * @param <S> the source entity
 * @param <K> the source key ({@code keyFrom})
 * @param <T> the target entity
 * @param <TK> the target key ({@code keyTo})
 * @param <J> the through entity
 */
public final class RelationFixture<S, K, T, TK, J> {

  /** The number of distinct values the through data takes. */
  static final int DATA_VALUES = 7;

  private final SingularAttribute<S, K> keyFrom;
  private final SingularAttribute<T, TK> keyTo;
  private final SingularAttribute<J, ?> throughKeyFrom;
  private final SingularAttribute<J, ?> throughKeyTo;
  private BiFunction<Session, K, ? extends RelationAccessor<S, K, T, TK, J>> ofKey;
  private BiFunction<Session, S, ? extends RelationAccessor<S, K, T, TK, J>> ofSource;
  private BiFunction<Session, Collection<? extends S>, Map<K, List<T>>> include;
  private Supplier<Inclusion<S, T>> inclusion;
  private SourceQueries<S, K, T, J> sourceQueries;
  private Function<String, S> newSource;
  private Function<String, T> newTarget;
  private SingularAttribute<? super T, String> name;
  private SingularAttribute<J, ?> data;
  private Function<String, ?> parseData = text -> text;
  private List<String> dataValues = Collections.nCopies(DATA_VALUES, null);
  private K missingSourceKey;
  private TK missingTargetKey;
  private boolean persistedBackwards;
  private boolean keysInDatabaseOrder;

  private RelationFixture(SingularAttribute<S, K> keyFrom, SingularAttribute<T, TK> keyTo,
      SingularAttribute<J, ?> throughKeyFrom, SingularAttribute<J, ?> throughKeyTo) {
    this.keyFrom = keyFrom;
    this.keyTo = keyTo;
    this.throughKeyFrom = throughKeyFrom;
    this.throughKeyTo = throughKeyTo;
  }

  /**
   * A relation by its keys: {@code keyFrom} of the source, {@code keyTo} of the target, and the
   * through entity's {@code throughKeyFrom} and {@code throughKeyTo} (basic key values or
   * {@code @ManyToOne} associations).
   */
  public static <S, K, T, TK, J> RelationFixture<S, K, T, TK, J> keys(SingularAttribute<S, K> keyFrom,
      SingularAttribute<T, TK> keyTo, SingularAttribute<J, ?> throughKeyFrom, SingularAttribute<J, ?> throughKeyTo) {
    return new RelationFixture<>(keyFrom, keyTo, throughKeyFrom, throughKeyTo);
  }

  /** The generated accessor's {@code of(em, key)}, {@code of(em, source)}, {@code include} and {@code inclusion}. */
  public RelationFixture<S, K, T, TK, J> accessor(
      BiFunction<Session, K, ? extends RelationAccessor<S, K, T, TK, J>> ofKey,
      BiFunction<Session, S, ? extends RelationAccessor<S, K, T, TK, J>> ofSource,
      BiFunction<Session, Collection<? extends S>, Map<K, List<T>>> include, Supplier<Inclusion<S, T>> inclusion) {
    this.ofKey = ofKey;
    this.ofSource = ofSource;
    this.include = include;
    this.inclusion = inclusion;
    return this;
  }

  /** The generated accessor's static members for the source's own queries (API.md section 4). */
  public RelationFixture<S, K, T, TK, J> sourceQueries(
      Function<Restriction<? super T>, Restriction<S>> some,
      BiFunction<Restriction<? super T>, Restriction<? super J>, Restriction<S>> someWithThrough,
      Function<Restriction<? super J>, Restriction<S>> someThrough,
      Function<Restriction<? super T>, Restriction<S>> none,
      Function<Restriction<? super T>, Restriction<S>> every,
      BiFunction<EntityManager, Collection<? extends S>, Map<K, Long>> counts,
      SourceQueries.CountsWhere<S, K, T> countsWhere,
      Function<SortDirection, SelectionSpecification.Augmentation<S>> orderByCount) {
    this.sourceQueries = new SourceQueries<>(some, someWithThrough, someThrough, none, every, counts, countsWhere,
        orderByCount);
    return this;
  }

  /** New sources and targets by name, and the target's attribute that holds its name. */
  public RelationFixture<S, K, T, TK, J> named(Function<String, S> source, Function<String, T> target,
      SingularAttribute<? super T, String> targetName) {
    this.newSource = source;
    this.newTarget = target;
    this.name = targetName;
    return this;
  }

  /**
   * The through rows' own data: an attribute, how its value is written as text, and {@value
   * #DATA_VALUES} distinct values. A model whose through entity has no data of its own leaves this
   * out: its rows' data is null.
   */
  public <D> RelationFixture<S, K, T, TK, J> data(SingularAttribute<J, D> attribute, Function<String, D> parse,
      List<String> values) {
    if (values.size() != DATA_VALUES || values.stream().distinct().count() != DATA_VALUES) {
      throw new IllegalArgumentException("the through data takes " + DATA_VALUES + " distinct values");
    }
    this.data = attribute;
    this.parseData = parse;
    this.dataValues = List.copyOf(values);
    return this;
  }

  /** A source key and a target key that no row has. */
  public RelationFixture<S, K, T, TK, J> missing(K sourceKey, TK targetKey) {
    this.missingSourceKey = sourceKey;
    this.missingTargetKey = targetKey;
    return this;
  }

  /** Says to persist new entities last to first, so that generated ids run against the keys. */
  public RelationFixture<S, K, T, TK, J> persistedBackwards() {
    this.persistedBackwards = true;
    return this;
  }

  /**
   * Says that the database orders the target keys its own way (UUIDs): the fixture asks it, and
   * hands the names of new targets out again in that order, so that key order is name order.
   */
  public RelationFixture<S, K, T, TK, J> keysInDatabaseOrder() {
    this.keysInDatabaseOrder = true;
    return this;
  }

  // ---------------------------------------------------------------- the accessor

  /** The accessor's name in messages: {@code "Doctor.patients"}. */
  public String relation() {
    return sourceClass().getSimpleName() + "." + inclusion().name();
  }

  public RelationAccessor<S, K, T, TK, J> of(Session session, K sourceKey) {
    return ofKey.apply(session, sourceKey);
  }

  public RelationAccessor<S, K, T, TK, J> ofSource(Session session, S source) {
    return ofSource.apply(session, source);
  }

  public Map<K, List<T>> include(Session session, Collection<? extends S> sources) {
    return include.apply(session, sources);
  }

  public Inclusion<S, T> inclusion() {
    return inclusion.get();
  }

  /** The accessor's {@code some}, {@code none}, {@code every}, {@code counts} and {@code orderByCount}. */
  public SourceQueries<S, K, T, J> sourceQueries() {
    return Objects.requireNonNull(sourceQueries, "the fixture names no source queries");
  }

  // ---------------------------------------------------------------- sources and targets

  public S newSource(String sourceName) {
    return newSource.apply(sourceName);
  }

  public T newTarget(String targetName) {
    return newTarget.apply(targetName);
  }

  /** Persists new sources with these names; returns their keys, in the order of the names. */
  public List<K> persistSources(Session session, List<String> names) {
    List<S> sources = names.stream().map(this::newSource).toList();
    persist(session, sources);
    return sources.stream().map(this::sourceKey).toList();
  }

  /** Persists new targets with these names; returns them, in the order of the names. */
  public List<T> persistTargets(Session session, List<String> names) {
    List<T> targets = names.stream().map(this::newTarget).toList();
    persist(session, targets);
    if (keysInDatabaseOrder) {
      List<String> sorted = names.stream().sorted().toList();
      List<TK> ordered = inKeyOrder(session, targets.stream().map(this::targetKey).toList());
      targets.forEach(target -> Attributes.write(name, target, sorted.get(ordered.indexOf(targetKey(target)))));
      List<T> named = new ArrayList<>(targets);
      named.sort(Comparator.comparing(target -> names.indexOf(name(target))));
      return named;
    }
    return targets;
  }

  /** Persists a through row between two keys, with this data. */
  public J persistRow(Session session, K sourceKey, TK targetKey, String value) {
    J row = newThrough(session, sourceKey, targetKey, value);
    session.persist(row);
    return row;
  }

  public K sourceKey(S source) {
    return keyFrom.getJavaType().cast(Attributes.read(keyFrom, source));
  }

  public TK targetKey(T target) {
    return keyTo.getJavaType().cast(Attributes.read(keyTo, target));
  }

  public String name(T target) {
    return (String) Attributes.read(name, target);
  }

  /** What the source's relation field holds: the field the accessor's inclusion is named after. */
  @SuppressWarnings("unchecked")
  public Collection<T> relationField(S source) {
    return (Collection<T>) Attributes.field(sourceClass(), inclusion().name(), source);
  }

  public Class<S> sourceClass() {
    return keyFrom.getDeclaringType().getJavaType();
  }

  public Class<T> targetClass() {
    return keyTo.getDeclaringType().getJavaType();
  }

  public String sourceEntity() {
    return Attributes.entityName(keyFrom);
  }

  public String sourceKeyAttribute() {
    return keyFrom.getName();
  }

  public SingularAttribute<S, K> sourceKey() {
    return keyFrom;
  }

  public String targetEntity() {
    return Attributes.entityName(keyTo);
  }

  public String targetKeyAttribute() {
    return keyTo.getName();
  }

  public SingularAttribute<T, TK> targetKey() {
    return keyTo;
  }

  /** The target's String attribute that names it. */
  public SingularAttribute<? super T, String> nameAttribute() {
    return name;
  }

  public K missingSourceKey() {
    return missingSourceKey;
  }

  public TK missingTargetKey() {
    return missingTargetKey;
  }

  /** These target keys in the order the database sorts them. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public List<TK> inKeyOrder(Session session, List<TK> keys) {
    if (keysInDatabaseOrder) {
      return session.createQuery("select t." + keyTo.getName() + " from " + targetEntity() + " t where t."
          + keyTo.getName() + " in :keys order by t." + keyTo.getName(), keyTo.getJavaType())
          .setParameter("keys", keys).getResultList();
    }
    List<TK> sorted = new ArrayList<>(keys);
    sorted.sort((Comparator) Comparator.naturalOrder());
    return sorted;
  }

  /** Whether sources and targets are one entity, so that every source is a target too. */
  public boolean isSelfRelation() {
    return sourceClass().equals(targetClass());
  }

  /** Whether keyFrom is no generated id, so that a source has its key before it is persisted. */
  public boolean hasNaturalSourceKeys() {
    return !keyFrom.isId();
  }

  // ---------------------------------------------------------------- through rows

  public Class<J> throughClass() {
    return throughKeyFrom.getDeclaringType().getJavaType();
  }

  /** A new through row between two keys, with this data, not yet persisted. */
  public J newThrough(Session session, K sourceKey, TK targetKey, String value) {
    try {
      J row = throughClass().getDeclaredConstructor().newInstance();
      Attributes.write(throughKeyFrom, row, Attributes.keyOrReference(session, throughKeyFrom, sourceKey));
      Attributes.write(throughKeyTo, row, Attributes.keyOrReference(session, throughKeyTo, targetKey));
      writeData(row, value);
      return row;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  public K throughSourceKey(Session session, J row) {
    return keyFrom.getJavaType().cast(Attributes.keyOf(session, throughKeyFrom, row));
  }

  public TK throughTargetKey(Session session, J row) {
    return keyTo.getJavaType().cast(Attributes.keyOf(session, throughKeyTo, row));
  }

  /** The i-th value of the through data (null for a model whose rows have none). */
  public String data(int i) {
    return dataValues.get(i);
  }

  /** Fills a through row's own data: a {@code throughData} callback. */
  public void writeData(J row, String value) {
    if (data != null) {
      Attributes.write(data, row, value == null ? null : parseData.apply(value));
    }
  }

  /** Whether the through rows carry data of their own. */
  public boolean hasData() {
    return data != null;
  }

  /** Through rows whose data is the i-th value. */
  @SuppressWarnings("unchecked")
  public Restriction<J> dataIs(int i) {
    SingularAttribute<J, Object> attribute = (SingularAttribute<J, Object>) Objects.requireNonNull(data, "data");
    return Restriction.equal(attribute, parseData.apply(dataValues.get(i)));
  }

  public String readData(J row) {
    return data == null ? null : Objects.toString(Attributes.read(data, row), null);
  }

  // ----------------------------------------------------------------

  private <E> void persist(Session session, List<E> entities) {
    List<E> inOrder = new ArrayList<>(entities);
    if (persistedBackwards) {
      Collections.reverse(inOrder);
    }
    inOrder.forEach(session::persist);
  }
}
