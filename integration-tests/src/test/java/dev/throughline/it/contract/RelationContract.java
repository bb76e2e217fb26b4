package dev.throughline.it.contract;

import dev.throughline.it.support.DatabaseTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;

/**
 * The scenarios every relation must pass (API.md sections 2 and 3), written once against {@code
 * RelationAccessor} and run per model: a model's test extends this class, supplies its {@link
 * RelationFixture}, and adds only what is particular to the model.
 *
 * <p>The scenarios come in groups, each an interface of default test methods: reads, writes,
 * removals, inclusion, the caller's session, misuse. This class makes the world they share before
 * each one (see {@link RelationScenarios}) and answers what they ask of it.
 *
 * @param <S> the source entity
 * @param <K> the source key
 * @param <T> the target entity
 * @param <TK> the target key
 * @param <J> the through entity
 */
public abstract class RelationContract<S, K, T, TK, J> extends DatabaseTest
    implements ReadScenarios<S, K, T, TK, J>, WriteScenarios<S, K, T, TK, J>, RemovalScenarios<S, K, T, TK, J>,
        InclusionScenarios<S, K, T, TK, J>, SessionScenarios<S, K, T, TK, J>, MisuseScenarios<S, K, T, TK, J>,
        SourceQueryScenarios<S, K, T, TK, J> {

  private final Supplier<RelationFixture<S, K, T, TK, J>> fixture;
  private final Map<String, K> sources = new HashMap<>();
  private final Map<String, TK> targets = new HashMap<>();
  private final Map<Object, String> sourceNames = new HashMap<>();
  private final Map<Object, String> targetNames = new HashMap<>();
  private RelationFixture<S, K, T, TK, J> model;

  /**
   * The contract on one relation.
   *
   * @param fixture the relation, from {@link Fixtures}; built before each scenario, when the
   *     session factory is up
   */
  protected RelationContract(Supplier<RelationFixture<S, K, T, TK, J>> fixture) {
    this.fixture = fixture;
  }

  @BeforeEach
  void world() {
    model = fixture.get();
    inTransaction(session -> {
      persistSources(session, List.of(FIRST, SECOND, IDLE));
      persistTargets(session, List.of(ANN, BOB, CID, DEE));
      persistRow(session, source(FIRST), target(BOB), data(0));
      persistRow(session, source(FIRST), target(ANN), data(1));
      persistRow(session, source(FIRST), target(BOB), data(2));
      persistRow(session, source(SECOND), target(BOB), data(3));
      persistRow(session, source(SECOND), target(CID), data(4));
    });
  }

  @Override
  public RelationFixture<S, K, T, TK, J> model() {
    return model;
  }

  @Override
  public K source(String name) {
    return Objects.requireNonNull(sources.get(name), name);
  }

  @Override
  public TK target(String name) {
    return Objects.requireNonNull(targets.get(name), name);
  }

  @Override
  public SessionFactory factory() {
    return factory;
  }

  @Override
  public List<K> persistSources(Session session, List<String> names) {
    List<K> keys = model.persistSources(session, names);
    for (int i = 0; i < names.size(); i++) {
      sources.put(names.get(i), keys.get(i));
      sourceNames.put(keys.get(i), names.get(i));
    }
    return keys;
  }

  @Override
  public List<T> persistTargets(Session session, List<String> names) {
    List<T> created = model.persistTargets(session, names);
    created.forEach(this::remember);
    return created;
  }

  @Override
  public void remember(T target) {
    targets.put(model.name(target), model.targetKey(target));
    targetNames.put(model.targetKey(target), model.name(target));
  }

  @Override
  public List<String> throughRows(Session session) {
    return session.createQuery("from " + session.getMetamodel().entity(model.throughClass()).getName(),
            model.throughClass()).getResultList().stream()
        .map(row -> row(sourceNames.get(model.throughSourceKey(session, row)),
            targetNames.get(model.throughTargetKey(session, row)), model.readData(row)))
        .sorted().toList();
  }
}
