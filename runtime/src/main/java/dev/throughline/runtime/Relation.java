package dev.throughline.runtime;

import dev.throughline.Inclusion;
import dev.throughline.ThroughlineException;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.query.SortDirection;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;

/**
 * What a {@code @HasManyThrough} relation is at run time: the three entities, the attributes that
 * link them, and lambdas that read keys and write through rows. The generated accessor builds one
 * per relation, once, and hands every call to it; no reflection is involved.
 *
 * @param <S> the source entity
 * @param <K> the source key that through rows reference
 * @param <T> the target entity
 * @param <TK> the target key that through rows reference
 * @param <J> the through entity
 */
public final class Relation<S, K, T, TK, J> {

  final String name;
  final String field;
  final boolean selfRelation;
  final EntitySide<S, K> source;
  final EntitySide<T, TK> target;
  final Class<J> throughType;
  final String throughEntityName;
  final Supplier<? extends J> newThrough;
  final ThroughKey<J, S, K> throughKeyFrom;
  final ThroughKey<J, T, TK> throughKeyTo;
  final String throughKeyFromPath;
  final String throughKeyToPath;
  final String throughIdAttribute;
  final BiConsumer<? super S, List<T>> relationField;
  final boolean throughRemovalCallbacks;
  final RelationHql hql;
  final TargetKeyOrder<T, TK> targetKeyOrder;

  private Relation(Builder<S, K, T, TK, J> builder) {
    this.name = builder.sourceName + "." + builder.field;
    this.field = builder.field;
    this.selfRelation = builder.selfRelation;
    this.source = Objects.requireNonNull(builder.source, "source");
    this.target = Objects.requireNonNull(builder.target, "target");
    this.throughType = Objects.requireNonNull(builder.throughType, "through");
    this.throughEntityName = builder.throughEntityName;
    this.newThrough = builder.newThrough;
    this.throughKeyFrom = Objects.requireNonNull(builder.throughKeyFrom, "throughKeyFrom");
    this.throughKeyTo = Objects.requireNonNull(builder.throughKeyTo, "throughKeyTo");
    this.relationField = Objects.requireNonNull(builder.relationField, "relationField");
    this.throughKeyFromPath = throughKeyFrom.path(source.keyAttribute());
    this.throughKeyToPath = throughKeyTo.path(target.keyAttribute());
    this.throughIdAttribute = builder.throughIdAttribute;
    this.throughRemovalCallbacks = builder.throughRemovalCallbacks;
    this.hql = new RelationHql(source, target, throughEntityName, throughIdAttribute,
        throughKeyFromPath, throughKeyToPath, selfRelation);
    this.targetKeyOrder = new TargetKeyOrder<>(target);
  }

  /**
   * An attribute that through rows reference, and whether it is the entity's id (an uninitialized
   * proxy knows its id without SQL).
   *
   * @param attribute the attribute name
   * @param isId whether it is the entity's id
   */
  public record Key(String attribute, boolean isId) {

    /** Checks that the attribute is named. */
    public Key {
      Objects.requireNonNull(attribute, "attribute");
    }
  }

  /** The entity's id attribute, as the key through rows reference. */
  public static Key idKey(String attribute) {
    return new Key(attribute, true);
  }

  /** A unique attribute other than the id, as the key through rows reference. */
  public static Key uniqueKey(String attribute) {
    return new Key(attribute, false);
  }

  /**
   * Starts describing a relation.
   *
   * @param sourceName the source's simple class name, as messages show it
   * @param field the relation field, which is the relation's name
   */
  public static <S, K, T, TK, J> Builder<S, K, T, TK, J> builder(String sourceName, String field) {
    return new Builder<>(Objects.requireNonNull(sourceName, "sourceName"), Objects.requireNonNull(field, "field"));
  }

  /**
   * The key of this source, read without SQL (an uninitialized proxy answers from its id).
   *
   * @param em the persistence context the source belongs to
   * @param source a source that has its key
   * @return the source's key ({@code keyFrom})
   * @throws IllegalArgumentException if the source has no key yet
   */
  public K sourceKeyOf(EntityManager em, S source) {
    Objects.requireNonNull(em, "em");
    Objects.requireNonNull(source, "source");
    return this.source.keyOf(em, source);
  }

  /**
   * Loads the targets of all given sources in one statement per chunk of source keys, sets each
   * source's relation field and returns the targets by source key.
   */
  public Map<K, List<T>> include(EntityManager em, Collection<? extends S> sources) {
    Objects.requireNonNull(em, "em");
    Objects.requireNonNull(sources, "sources");
    return new RelationInclusion<>(this).loadByKey(em, sources);
  }

  /** An inclusion of this relation, to order, limit, nest or run with others. */
  public Inclusion<S, T> inclusion() {
    return new RelationInclusion<>(this);
  }

  /** Sources linked to at least one target that matches {@code where}: a correlated {@code EXISTS}. */
  public Restriction<S> some(Restriction<? super T> where) {
    Objects.requireNonNull(where, "where");
    return SourceRestriction.some(this, where, null);
  }

  /** Sources with at least one through row that matches {@code throughWhere} and links a target that matches {@code where}. */
  public Restriction<S> some(Restriction<? super T> where, Restriction<? super J> throughWhere) {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(throughWhere, "throughWhere");
    return SourceRestriction.some(this, where, throughWhere);
  }

  /** Sources with at least one through row that matches {@code throughWhere}. */
  public Restriction<S> someThrough(Restriction<? super J> throughWhere) {
    Objects.requireNonNull(throughWhere, "throughWhere");
    return SourceRestriction.some(this, null, throughWhere);
  }

  /** Sources linked to no target that matches {@code where}, sources without links included. */
  public Restriction<S> none(Restriction<? super T> where) {
    Objects.requireNonNull(where, "where");
    return some(where).negated();
  }

  /** Sources whose every linked target matches {@code where}, sources without links included. */
  public Restriction<S> every(Restriction<? super T> where) {
    Objects.requireNonNull(where, "where");
    return SourceRestriction.every(this, where);
  }

  /**
   * The number of distinct linked targets of each source, by source key, 0 for a source without
   * links; one statement per key chunk.
   */
  public Map<K, Long> counts(EntityManager em, Collection<? extends S> sources) {
    return countsOf(em, sources, null);
  }

  /** The same as {@link #counts(EntityManager, Collection)}, counting only targets that match {@code where}. */
  public Map<K, Long> counts(EntityManager em, Collection<? extends S> sources, Restriction<? super T> where) {
    return countsOf(em, sources, Objects.requireNonNull(where, "where"));
  }

  private Map<K, Long> countsOf(EntityManager em, Collection<? extends S> sources, Restriction<? super T> whereOrNull) {
    Objects.requireNonNull(em, "em");
    BoundRelation.requireElements(sources, "sources");
    return new LinkedCounts<>(this).of(em, sources, whereOrNull);
  }

  /** Orders sources by their number of distinct linked targets, after the orders already given. */
  public SelectionSpecification.Augmentation<S> orderByCount(SortDirection direction) {
    Objects.requireNonNull(direction, "direction");
    return new CountOrder<>(this, direction);
  }

  /** The relation's name as {@code Source.field}, as messages show it. */
  public String name() {
    return name;
  }

  /** The relation field, which is the relation's name in name-based inclusion. */
  public String field() {
    return field;
  }

  /** A new, empty through row. */
  J newThroughRow() {
    J row = newThrough.get();
    if (row == null) {
      throw new ThroughlineException(name + ": the through row factory returned null");
    }
    return row;
  }

  @Override
  public String toString() {
    return "Relation[" + name + " through " + throughEntityName + "]";
  }

  /**
   * Describes a relation; the generated accessor calls each method once.
   *
   * @param <S> the source entity
   * @param <K> the source key
   * @param <T> the target entity
   * @param <TK> the target key
   * @param <J> the through entity
   */
  public static final class Builder<S, K, T, TK, J> {
    private final String sourceName;
    private final String field;
    private boolean selfRelation;
    private EntitySide<S, K> source;
    private EntitySide<T, TK> target;
    private Class<J> throughType;
    private String throughEntityName;
    private String throughIdAttribute;
    private Supplier<? extends J> newThrough;
    private ThroughKey<J, S, K> throughKeyFrom;
    private ThroughKey<J, T, TK> throughKeyTo;
    private BiConsumer<? super S, List<T>> relationField;
    private boolean throughRemovalCallbacks;

    private Builder(String sourceName, String field) {
      this.sourceName = sourceName;
      this.field = field;
    }

    /**
     * The source entity.
     *
     * @param type the entity class
     * @param entityName its JPA entity name, as queries name it
     * @param key the attribute that through rows reference ({@code keyFrom})
     * @param reader reads that attribute from an instance
     */
    public Builder<S, K, T, TK, J> source(Class<S> type, String entityName, Key key, Function<? super S, ? extends K> reader) {
      this.source = new EntitySide<>(type, entityName, key.attribute(), key.isId(), reader);
      return this;
    }

    /**
     * The target entity.
     *
     * @param type the entity class
     * @param entityName its JPA entity name, as queries name it
     * @param key the attribute that through rows reference ({@code keyTo})
     * @param reader reads that attribute from an instance
     */
    public Builder<S, K, T, TK, J> target(Class<T> type, String entityName, Key key, Function<? super T, ? extends TK> reader) {
      this.target = new EntitySide<>(type, entityName, key.attribute(), key.isId(), reader);
      return this;
    }

    /**
     * The through entity.
     *
     * @param type the entity class
     * @param entityName its JPA entity name, as queries name it
     * @param idAttribute its identifier attribute, which orders rows of the same target
     * @param factory creates an empty instance (its no-argument constructor)
     */
    public Builder<S, K, T, TK, J> through(
        Class<J> type, String entityName, String idAttribute, Supplier<? extends J> factory) {
      this.throughType = type;
      this.throughEntityName = Objects.requireNonNull(entityName, "entityName");
      this.throughIdAttribute = Objects.requireNonNull(idAttribute, "idAttribute");
      this.newThrough = Objects.requireNonNull(factory, "factory");
      return this;
    }

    private Builder<S, K, T, TK, J> throughKeyFrom(ThroughKey<J, S, K> key) {
      this.throughKeyFrom = key;
      return this;
    }

    private Builder<S, K, T, TK, J> throughKeyTo(ThroughKey<J, T, TK> key) {
      this.throughKeyTo = key;
      return this;
    }

    /**
     * The through row references the source by a basic attribute holding its key. Typed by this
     * builder, so that javac infers nothing.
     *
     * @param attribute the through entity's attribute name
     * @param setter stores the source key into a new through row
     */
    public Builder<S, K, T, TK, J> throughKeyFromValue(String attribute, BiConsumer<? super J, ? super K> setter) {
      return throughKeyFrom(ThroughKey.value(attribute, setter));
    }

    /**
     * The through row references the source by a {@code @ManyToOne} association.
     *
     * @param attribute the through entity's attribute name
     * @param setter stores the source (or a reference to it) into a new through row
     */
    public Builder<S, K, T, TK, J> throughKeyFromAssociation(String attribute, BiConsumer<? super J, ? super S> setter) {
      return throughKeyFrom(ThroughKey.association(attribute, setter));
    }

    /**
     * The through row references the target by a basic attribute holding its key.
     *
     * @param attribute the through entity's attribute name
     * @param setter stores the target key into a new through row
     */
    public Builder<S, K, T, TK, J> throughKeyToValue(String attribute, BiConsumer<? super J, ? super TK> setter) {
      return throughKeyTo(ThroughKey.value(attribute, setter));
    }

    /**
     * The through row references the target by a {@code @ManyToOne} association.
     *
     * @param attribute the through entity's attribute name
     * @param setter stores the target (or a reference to it) into a new through row
     */
    public Builder<S, K, T, TK, J> throughKeyToAssociation(String attribute, BiConsumer<? super J, ? super T> setter) {
      return throughKeyTo(ThroughKey.association(attribute, setter));
    }

    /** Stores included targets into the source's {@code @Transient} relation field. */
    public Builder<S, K, T, TK, J> relationField(BiConsumer<? super S, List<T>> setter) {
      this.relationField = setter;
      return this;
    }

    /**
     * Source and target are one entity, referenced by one key (followers, following): through rows
     * then reference targets from both ends, and deleting targets removes both kinds of rows.
     */
    public Builder<S, K, T, TK, J> selfRelation() {
      this.selfRelation = true;
      return this;
    }

    /**
     * The through entity observes its removal: it (or a superclass) declares {@code @PreRemove} or
     * {@code @PostRemove} methods or {@code @EntityListeners}. Its rows are then removed one by one
     * through the persistence context, so that each callback runs, instead of by one bulk delete.
     */
    public Builder<S, K, T, TK, J> throughRemovalCallbacks() {
      this.throughRemovalCallbacks = true;
      return this;
    }

    /** The relation; fails if a part is missing. */
    public Relation<S, K, T, TK, J> build() {
      return new Relation<>(this);
    }
  }
}
