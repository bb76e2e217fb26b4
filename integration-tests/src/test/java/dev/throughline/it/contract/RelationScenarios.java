package dev.throughline.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.throughline.Linked;
import dev.throughline.RelationAccessor;
import dev.throughline.it.support.StatementsAssert;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * What the scenarios of the relation contract work with: the world {@link RelationContract} makes
 * before each of them, its accessor, and the database test's transactions and statement counts.
 *
 * <p>The world: sources {@value #FIRST}, {@value #SECOND} and {@value #IDLE}; targets {@value #ANN},
 * {@value #BOB}, {@value #CID} and {@value #DEE}, whose keys ascend in that order; and five through
 * rows, made in this order, with the model's through data 0 to 4:
 *
 * <pre>
 *   First  -> Bob  data 0        First links Ann by one row and Bob by two,
 *   First  -> Ann  data 1        made so that the rows of one target are not
 *   First  -> Bob  data 2        next to each other in the order they were made;
 *   Second -> Bob  data 3        Second links Bob and Cid;
 *   Second -> Cid  data 4        Idle links nothing, and nothing links Dee.
 * </pre>
 *
 * @param <S> the source entity
 * @param <K> the source key
 * @param <T> the target entity
 * @param <TK> the target key
 * @param <J> the through entity
 */
public interface RelationScenarios<S, K, T, TK, J> {

  String FIRST = "First";
  String SECOND = "Second";
  String IDLE = "Idle";
  String ANN = "Ann";
  String BOB = "Bob";
  String CID = "Cid";
  String DEE = "Dee";
  /** The name of the target the scenarios create. */
  String EVE = "Eve";

  RelationFixture<S, K, T, TK, J> model();

  /** The key of the source with this name: one of the world's, or one a scenario added. */
  K source(String name);

  /** The key of the target with this name: one of the world's, or one a scenario added. */
  TK target(String name);

  SessionFactory factory();

  void inTransaction(Consumer<Session> work);

  <R> R fromTransaction(Function<Session, R> work);

  <R> R counted(Session session, Function<Session, R> work);

  void countedRun(Session session, Consumer<Session> work);

  StatementsAssert assertStatements();

  StatementsAssert assertStatements(String context, Object... args);

  /** Persists new sources with these names; returns their keys, in the order of the names. */
  List<K> persistSources(Session session, List<String> names);

  /** Persists new targets with these names; returns them, in the order of the names. */
  List<T> persistTargets(Session session, List<String> names);

  /** Remembers the name of a target a scenario created, for {@link #target} and {@link #throughRows}. */
  void remember(T target);

  /**
   * Every through row in the database as {@code "Source>Target:data"}, sorted: what is linked,
   * whatever the accessor says.
   */
  List<String> throughRows(Session session);

  // ---------------------------------------------------------------- shorthands

  /** The target's String attribute that names it, for restrictions, orders and patches. */
  default SingularAttribute<? super T, String> nameAttribute() {
    return model().nameAttribute();
  }

  /** The target key's attribute ({@code keyTo}). */
  default SingularAttribute<T, TK> targetKeyAttribute() {
    return model().targetKey();
  }

  /** A source key no row has. */
  default K missingSource() {
    return model().missingSourceKey();
  }

  /** A target key no row has. */
  default TK missingTarget() {
    return model().missingTargetKey();
  }

  default RelationAccessor<S, K, T, TK, J> of(Session session, K sourceKey) {
    return model().of(session, sourceKey);
  }

  /** The i-th value of the model's through data. */
  default String data(int i) {
    return model().data(i);
  }

  /** Persists one through row between two keys, with this data. */
  default J persistRow(Session session, K source, TK target, String data) {
    return model().persistRow(session, source, target, data);
  }

  /** A through row as {@link #throughRows} writes it. */
  default String row(String source, String target, String data) {
    return source + ">" + target + ":" + data;
  }

  /** The rows of the world, as {@link #throughRows} writes them. */
  default List<String> worldRows() {
    return List.of(row(FIRST, BOB, data(0)), row(FIRST, ANN, data(1)), row(FIRST, BOB, data(2)),
        row(SECOND, BOB, data(3)), row(SECOND, CID, data(4)));
  }

  /** Asserts, in a new transaction, that the world's rows and targets are as they were made. */
  default void assertWorldUnchanged() {
    inTransaction(session -> {
      assertThat(throughRows(session)).containsExactlyInAnyOrderElementsOf(worldRows());
      assertThat(targetCount(session)).isEqualTo(worldTargets());
    });
  }

  /**
   * Persists sources S00000, S00001, ..., the even ones linked to Ann, the odd ones to Dee (with
   * through data 5), a thousand at a time; returns their keys.
   */
  default List<K> addSources(int count) {
    List<String> names = IntStream.range(0, count).mapToObj(i -> String.format("S%05d", i)).toList();
    List<K> keys = new ArrayList<>();
    inTransaction(session -> {
      session.setJdbcBatchSize(500);
      for (int from = 0; from < count; from += 1_000) {
        List<K> chunk = persistSources(session, names.subList(from, Math.min(count, from + 1_000)));
        for (int i = 0; i < chunk.size(); i++) {
          persistRow(session, chunk.get(i), target((from + i) % 2 == 0 ? ANN : DEE), data(5));
        }
        keys.addAll(chunk);
        session.flush();
        session.clear();
      }
    });
    return keys;
  }

  /** The world's rows except those named: what is left after a write removed them. */
  default List<String> worldRowsWithout(String... removed) {
    List<String> gone = List.of(removed);
    return worldRows().stream().filter(row -> !gone.contains(row)).toList();
  }

  default List<String> names(Collection<T> targets) {
    return targets.stream().map(model()::name).toList();
  }

  /** Each element as {@code "Target:data"}. */
  default List<String> linked(List<Linked<T, J>> rows) {
    return rows.stream().map(row -> linked(model().name(row.target()), model().readData(row.through()))).toList();
  }

  default String linked(String target, String data) {
    return target + ":" + data;
  }

  /** The source with this key as a query of the session finds it, or null. */
  default S loadSource(Session session, K key) {
    return session.createQuery("from " + model().sourceEntity() + " where " + model().sourceKeyAttribute()
        + " = :key", model().sourceClass()).setParameter("key", key).getSingleResultOrNull();
  }

  /** The target with this key as a query of the session finds it, or null. */
  default T loadTarget(Session session, TK key) {
    return session.createQuery("from " + model().targetEntity() + " where " + model().targetKeyAttribute()
        + " = :key", model().targetClass()).setParameter("key", key).getSingleResultOrNull();
  }

  /** The sources with these keys, in the order of the keys, by one query. */
  default List<S> loadSources(Session session, List<K> keys) {
    Map<K, S> byKey = session.createQuery("from " + model().sourceEntity() + " where " + model().sourceKeyAttribute()
            + " in :keys", model().sourceClass()).setParameter("keys", keys).getResultStream()
        .collect(Collectors.toMap(model()::sourceKey, source -> source));
    return keys.stream().map(byKey::get).toList();
  }

  /** How many targets the database holds. */
  default long targetCount(Session session) {
    return session.createQuery("select count(t) from " + model().targetEntity() + " t", Long.class)
        .getSingleResult();
  }

  /** How many sources the database holds. */
  default long sourceCount(Session session) {
    return session.createQuery("select count(s) from " + model().sourceEntity() + " s", Long.class)
        .getSingleResult();
  }

  /** How many targets the world holds: in a self-relation the sources are targets too. */
  default long worldTargets() {
    return model().isSelfRelation() ? 7 : 4;
  }

  /** How many sources the world holds: in a self-relation the targets are sources too. */
  default long worldSources() {
    return model().isSelfRelation() ? 7 : 3;
  }

  /** The names of these targets in the order the database sorts their keys. */
  default List<String> inKeyOrder(Session session, List<T> targets) {
    List<TK> keys = model().inKeyOrder(session, targets.stream().map(model()::targetKey).toList());
    return keys.stream().map(key -> targets.stream().filter(t -> model().targetKey(t).equals(key))
        .findFirst().map(model()::name).orElseThrow()).toList();
  }
}
