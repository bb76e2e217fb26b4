package dev.throughline.it.contract;

import dev.throughline.it.support.DatabaseTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        InclusionScenarios<S, K, T, TK, J>, SessionScenarios<S, K, T, TK, J>, MisuseScenarios<S, K, T, TK, J> {

  private final Map<Object, String> sourceNames = new HashMap<>();
  private final Map<Object, String> targetNames = new HashMap<>();
  private RelationFixture<S, K, T, TK, J> model;
  private List<K> sources;
  private List<TK> targets;

  /** The relation under test; called before each scenario, when the session factory is up. */
  protected abstract RelationFixture<S, K, T, TK, J> fixture();

  @BeforeEach
  void world() {
    model = fixture();
    inTransaction(session -> {
      sources = persistSources(session, List.of(FIRST, SECOND, IDLE));
      targets = persistTargets(session, List.of(ANN, BOB, CID, DEE)).stream().map(model::targetKey).toList();
      persistRow(session, first(), bob(), data(0));
      persistRow(session, first(), ann(), data(1));
      persistRow(session, first(), bob(), data(2));
      persistRow(session, second(), bob(), data(3));
      persistRow(session, second(), cid(), data(4));
    });
  }

  @Override
  public RelationFixture<S, K, T, TK, J> model() {
    return model;
  }

  @Override
  public K first() {
    return sources.get(0);
  }

  @Override
  public K second() {
    return sources.get(1);
  }

  @Override
  public K idle() {
    return sources.get(2);
  }

  @Override
  public TK ann() {
    return targets.get(0);
  }

  @Override
  public TK bob() {
    return targets.get(1);
  }

  @Override
  public TK cid() {
    return targets.get(2);
  }

  @Override
  public TK dee() {
    return targets.get(3);
  }

  @Override
  public SessionFactory factory() {
    return factory;
  }

  @Override
  public List<K> persistSources(Session session, List<String> names) {
    List<S> created = names.stream().map(model::newSource).toList();
    model.persistSources(session, created);
    List<K> keys = created.stream().map(model::sourceKey).toList();
    for (int i = 0; i < names.size(); i++) {
      sourceNames.put(keys.get(i), names.get(i));
    }
    return keys;
  }

  @Override
  public List<T> persistTargets(Session session, List<String> names) {
    List<T> created = new ArrayList<>(names.stream().map(model::newTarget).toList());
    model.persistTargets(session, created);
    created.forEach(this::remember);
    created.sort((a, b) -> Integer.compare(names.indexOf(model.name(a)), names.indexOf(model.name(b))));
    return created;
  }

  @Override
  public void remember(T target) {
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
