package dev.throughline.it.contract;

import dev.throughline.Inclusion;
import dev.throughline.RelationAccessor;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * One relation of a test model, as the shared scenarios of {@link RelationContract} use it: the
 * generated accessor's static members, how to make and read its sources, targets and through rows,
 * and what the model says about itself (the names an exception must give, keys no row has).
 *
 * <p>Configured once, right after {@link #relation}, by one call per part; build it where the
 * session factory is up, as the JPA static metamodel it reads is filled in only then. Entity names
 * and key attributes come from the metamodel attributes of the keys: what Hibernate calls them is
 * what an exception must say.
 *
 * @param <S> the source entity
 * @param <K> the source key ({@code keyFrom})
 * @param <T> the target entity
 * @param <TK> the target key ({@code keyTo})
 * @param <J> the through entity
 */
public final class RelationFixture<S, K, T, TK, J> {

  /** Makes a through row between two keys, not yet persisted: what a seeding helper would write. */
  @FunctionalInterface
  public interface ThroughRow<K, TK, J> {
    J between(Session session, K sourceKey, TK targetKey);
  }

  /** The number of distinct values {@link #data} takes. */
  static final int DATA_VALUES = 7;

  private final String relation;
  private final BiFunction<Session, K, ? extends RelationAccessor<S, K, T, TK, J>> ofKey;
  private final BiFunction<Session, S, ? extends RelationAccessor<S, K, T, TK, J>> ofSource;
  private final BiFunction<Session, Collection<? extends S>, Map<K, List<T>>> include;
  private final Supplier<Inclusion<S, T>> inclusion;

  private SingularAttribute<S, K> sourceKeyAttribute;
  private Function<String, S> newSource;
  private Function<S, K> sourceKey;
  private Function<S, Collection<T>> relationField;
  private SingularAttribute<T, TK> targetKeyAttribute;
  private SingularAttribute<? super T, String> nameAttribute;
  private Function<String, T> newTarget;
  private Function<T, TK> targetKey;
  private Function<T, String> name;
  private Class<J> throughClass;
  private ThroughRow<K, TK, J> throughRow;
  private BiFunction<Session, J, K> throughSourceKey;
  private BiFunction<Session, J, TK> throughTargetKey;
  private List<String> data = Collections.nCopies(DATA_VALUES, null);
  private BiConsumer<J, String> writeData = (row, value) -> { };
  private Function<J, String> readData = row -> null;
  private K missingSourceKey;
  private TK missingTargetKey;
  private BiConsumer<Session, List<S>> persistSources = RelationFixture::persistInOrder;
  private BiConsumer<Session, List<T>> persistTargets = RelationFixture::persistInOrder;
  private BiFunction<Session, List<TK>, List<TK>> keyOrder = (session, keys) -> naturalOrder(keys);
  private boolean selfRelation;
  private boolean naturalSourceKeys;

  private RelationFixture(String relation,
      BiFunction<Session, K, ? extends RelationAccessor<S, K, T, TK, J>> ofKey,
      BiFunction<Session, S, ? extends RelationAccessor<S, K, T, TK, J>> ofSource,
      BiFunction<Session, Collection<? extends S>, Map<K, List<T>>> include,
      Supplier<Inclusion<S, T>> inclusion) {
    this.relation = relation;
    this.ofKey = ofKey;
    this.ofSource = ofSource;
    this.include = include;
    this.inclusion = inclusion;
  }

  /**
   * A relation and its generated accessor's static members.
   *
   * @param relation its name as the accessor says it, {@code "Doctor.patients"}
   */
  public static <S, K, T, TK, J> RelationFixture<S, K, T, TK, J> relation(String relation,
      BiFunction<Session, K, ? extends RelationAccessor<S, K, T, TK, J>> ofKey,
      BiFunction<Session, S, ? extends RelationAccessor<S, K, T, TK, J>> ofSource,
      BiFunction<Session, Collection<? extends S>, Map<K, List<T>>> include,
      Supplier<Inclusion<S, T>> inclusion) {
    return new RelationFixture<>(relation, ofKey, ofSource, include, inclusion);
  }

  /** The sources: their key attribute ({@code keyFrom}), a new one by name, its key, its relation field. */
  public RelationFixture<S, K, T, TK, J> sources(SingularAttribute<S, K> keyAttribute, Function<String, S> create,
      Function<S, K> key, Function<S, ? extends Collection<T>> field) {
    this.sourceKeyAttribute = keyAttribute;
    this.newSource = create;
    this.sourceKey = key;
    this.relationField = field::apply;
    return this;
  }

  /** The targets: their key attribute ({@code keyTo}), a String attribute naming them, a new one by name, its key and name. */
  public RelationFixture<S, K, T, TK, J> targets(SingularAttribute<T, TK> keyAttribute,
      SingularAttribute<? super T, String> nameAttribute, Function<String, T> create, Function<T, TK> key,
      Function<T, String> name) {
    this.targetKeyAttribute = keyAttribute;
    this.nameAttribute = nameAttribute;
    this.newTarget = create;
    this.targetKey = key;
    this.name = name;
    return this;
  }

  /** The through rows: a new one between two keys, and the keys a row holds (plain values or associations). */
  public RelationFixture<S, K, T, TK, J> through(Class<J> type, ThroughRow<K, TK, J> row,
      BiFunction<Session, J, K> sourceKeyOfRow, BiFunction<Session, J, TK> targetKeyOfRow) {
    this.throughClass = type;
    this.throughRow = row;
    this.throughSourceKey = sourceKeyOfRow;
    this.throughTargetKey = targetKeyOfRow;
    return this;
  }

  /**
   * The through rows' own data, written and read as text: {@value #DATA_VALUES} distinct values. A
   * model whose through entity has no data of its own leaves this out: its rows' data is null.
   */
  public RelationFixture<S, K, T, TK, J> data(List<String> values, BiConsumer<J, String> write,
      Function<J, String> read) {
    if (values.size() != DATA_VALUES || values.stream().distinct().count() != DATA_VALUES) {
      throw new IllegalArgumentException("the through data takes " + DATA_VALUES + " distinct values");
    }
    this.data = List.copyOf(values);
    this.writeData = write;
    this.readData = read;
    return this;
  }

  /** A source key and a target key that no row has. */
  public RelationFixture<S, K, T, TK, J> missing(K sourceKey, TK targetKey) {
    this.missingSourceKey = sourceKey;
    this.missingTargetKey = targetKey;
    return this;
  }

  /** How new sources are persisted, when not one by one in the order given. */
  public RelationFixture<S, K, T, TK, J> persistSources(BiConsumer<Session, List<S>> persist) {
    this.persistSources = persist;
    return this;
  }

  /** How new targets are persisted, when not one by one in the order given. */
  public RelationFixture<S, K, T, TK, J> persistTargets(BiConsumer<Session, List<T>> persist) {
    this.persistTargets = persist;
    return this;
  }

  /** How the database orders target keys, when not as their natural Java order. */
  public RelationFixture<S, K, T, TK, J> keyOrder(BiFunction<Session, List<TK>, List<TK>> order) {
    this.keyOrder = order;
    return this;
  }

  /** Says that sources and targets are one entity: every source is also a target. */
  public RelationFixture<S, K, T, TK, J> selfRelation() {
    this.selfRelation = true;
    return this;
  }

  /** Says that keyFrom is not a generated id: a source has its key before it is persisted. */
  public RelationFixture<S, K, T, TK, J> naturalSourceKeys() {
    this.naturalSourceKeys = true;
    return this;
  }

  // ---------------------------------------------------------------- the accessor

  /** The accessor's name in messages: {@code "Doctor.patients"}. */
  public String relation() {
    return relation;
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

  // ---------------------------------------------------------------- sources and targets

  public S newSource(String name) {
    return newSource.apply(name);
  }

  public T newTarget(String targetName) {
    return newTarget.apply(targetName);
  }

  public void persistSources(Session session, List<S> sources) {
    persistSources.accept(session, sources);
  }

  public void persistTargets(Session session, List<T> targets) {
    persistTargets.accept(session, targets);
  }

  public K sourceKey(S source) {
    return sourceKey.apply(source);
  }

  public TK targetKey(T target) {
    return targetKey.apply(target);
  }

  public String name(T target) {
    return name.apply(target);
  }

  /** What the relation field of the source holds. */
  public Collection<T> relationField(S source) {
    return relationField.apply(source);
  }

  public Class<S> sourceClass() {
    return sourceKeyAttribute.getDeclaringType().getJavaType();
  }

  public Class<T> targetClass() {
    return targetKeyAttribute.getDeclaringType().getJavaType();
  }

  public String sourceEntity() {
    return entityName(sourceKeyAttribute);
  }

  public String sourceKeyAttribute() {
    return sourceKeyAttribute.getName();
  }

  public String targetEntity() {
    return entityName(targetKeyAttribute);
  }

  public String targetKeyAttribute() {
    return targetKeyAttribute.getName();
  }

  public SingularAttribute<T, TK> targetKey() {
    return targetKeyAttribute;
  }

  /** A String attribute of the target, the one {@link #name} reads. */
  public SingularAttribute<? super T, String> nameAttribute() {
    return nameAttribute;
  }

  public K missingSourceKey() {
    return missingSourceKey;
  }

  public TK missingTargetKey() {
    return missingTargetKey;
  }

  /** These target keys in the order the database sorts them. */
  public List<TK> inKeyOrder(Session session, List<TK> keys) {
    return keyOrder.apply(session, keys);
  }

  public boolean isSelfRelation() {
    return selfRelation;
  }

  public boolean hasNaturalSourceKeys() {
    return naturalSourceKeys;
  }

  // ---------------------------------------------------------------- through rows

  public Class<J> throughClass() {
    return throughClass;
  }

  /** A new through row between two keys, with this data, not yet persisted. */
  public J newThrough(Session session, K sourceKey, TK targetKey, String value) {
    J row = throughRow.between(session, sourceKey, targetKey);
    writeData.accept(row, value);
    return row;
  }

  public K throughSourceKey(Session session, J row) {
    return throughSourceKey.apply(session, row);
  }

  public TK throughTargetKey(Session session, J row) {
    return throughTargetKey.apply(session, row);
  }

  /** The i-th value of the through data (null for a model whose rows have none). */
  public String data(int i) {
    return data.get(i);
  }

  /** Fills a through row's own data: a {@code throughData} callback. */
  public void writeData(J row, String value) {
    writeData.accept(row, value);
  }

  public String readData(J row) {
    return readData.apply(row);
  }

  // ----------------------------------------------------------------

  private static String entityName(SingularAttribute<?, ?> attribute) {
    return ((EntityType<?>) attribute.getDeclaringType()).getName();
  }

  private static <E> void persistInOrder(Session session, List<E> entities) {
    entities.forEach(session::persist);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <TK> List<TK> naturalOrder(List<TK> keys) {
    List<TK> sorted = new ArrayList<>(keys);
    sorted.sort((a, b) -> ((Comparable) a).compareTo(b));
    return sorted;
  }
}
