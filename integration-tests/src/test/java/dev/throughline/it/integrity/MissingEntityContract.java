package dev.throughline.it.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.NoSuchEntityException;
import dev.throughline.ThroughlineException;
import dev.throughline.it.contract.Fixtures;
import dev.throughline.it.contract.RelationFixture;
import dev.throughline.it.support.DatabaseTest;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every write promises about missing entities, whatever the schema: {@code link}, {@code
 * link} with through data, {@code linkAll}, {@code set} and {@code create} towards a source or a
 * target that does not exist throw a {@link NoSuchEntityException} naming the entity, its key
 * attribute and the key, and the transaction, committed afterwards, wrote nothing.
 *
 * <p>Each subclass binds the contract to one model's relation, from {@link Fixtures}, and says
 * what its schema is: without foreign keys (the clinic), with basic key columns under foreign-key
 * constraints (the nurses' shifts), with {@code @ManyToOne} keys (the library). Every key is a
 * {@code Long}.
 */
abstract class MissingEntityContract<S, T, J> extends DatabaseTest {

  private final RelationFixture<S, Long, T, Long, J> model;
  private final boolean hasForeignKeys;
  private final String danglingThroughRowSql;

  /** The source, linked to {@link #first}; {@link #second} is linked to nothing. */
  Long source;

  Long first;
  Long second;

  /**
   * The contract on one relation.
   *
   * @param fixture the relation
   * @param hasForeignKeys whether the schema makes the database itself reject a through row of a
   *     missing entity
   * @param danglingThroughRowSql a native insert of a through row whose keys name no source and no
   *     target
   */
  MissingEntityContract(Supplier<RelationFixture<S, Long, T, Long, J>> fixture, boolean hasForeignKeys,
      String danglingThroughRowSql) {
    this.model = fixture.get();
    this.hasForeignKeys = hasForeignKeys;
    this.danglingThroughRowSql = danglingThroughRowSql;
  }

  // ---- the accessor, one call each ------------------------------------------------------------

  private Long persistSource(Session session, String name) {
    S created = model.newSource(name);
    session.persist(created);
    return model.sourceKey(created);
  }

  private Long persistTarget(Session session, String name) {
    T created = model.newTarget(name);
    session.persist(created);
    return model.targetKey(created);
  }

  private void link(Session session, Long sourceKey, Long targetKey) {
    model.of(session, sourceKey).link(targetKey);
  }

  /** Links with through data. */
  private void linkWithData(Session session, Long sourceKey, Long targetKey) {
    model.of(session, sourceKey).link(targetKey, row -> model.writeData(row, model.data(5)));
  }

  private void linkAll(Session session, Long sourceKey, List<Long> targetKeys) {
    model.of(session, sourceKey).linkAll(targetKeys);
  }

  private void set(Session session, Long sourceKey, List<Long> targetKeys) {
    model.of(session, sourceKey).set(targetKeys);
  }

  /** Creates a new target named {@code name} linked to the source, with through data. */
  private void create(Session session, Long sourceKey, String name) {
    model.of(session, sourceKey).create(model.newTarget(name), row -> model.writeData(row, model.data(6)));
  }

  /** The keys of the targets linked to the source, by the accessor's {@code find()}. */
  private List<Long> linkedKeys(Session session, Long sourceKey) {
    return model.of(session, sourceKey).find().stream().map(model::targetKey).toList();
  }

  // ---- fixture ---------------------------------------------------------------------------------

  @BeforeEach
  void oneLink() {
    inTransaction(session -> {
      source = persistSource(session, "Source");
      first = persistTarget(session, "First");
      second = persistTarget(session, "Second");
    });
    inTransaction(session -> link(session, source, first));
  }

  /** Row counts of source, through and target tables, read in a new transaction. */
  private List<Long> rowCounts() {
    return fromTransaction(session -> List.of(count(session, model.sourceEntity()),
        count(session, throughEntity(session)), count(session, model.targetEntity())));
  }

  /** The keys linked to a source, read in a new transaction. */
  private List<Long> linkedNow(Long sourceKey) {
    return fromTransaction(session -> linkedKeys(session, sourceKey));
  }

  private String throughEntity(Session session) {
    return session.getMetamodel().entity(model.throughClass()).getName();
  }

  private static long count(Session session, String entity) {
    return session.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
  }

  /**
   * Runs the write in a transaction that is committed after the exception was caught (as an
   * application that handles it would), then checks that no table changed and that the first
   * target is still the only one linked.
   */
  private void assertMissing(String entity, String keyAttribute, Object key, Consumer<Session> write) {
    List<Long> before = rowCounts();
    inTransaction(session -> assertThatThrownBy(asCallable(session, write))
        .isInstanceOf(NoSuchEntityException.class)
        .isInstanceOf(ThroughlineException.class)
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining(entity)
        .hasMessageContaining(String.valueOf(key))
        .satisfies(thrown -> {
          NoSuchEntityException e = (NoSuchEntityException) thrown;
          assertThat(e.entityName()).isEqualTo(entity);
          assertThat(e.keyAttribute()).isEqualTo(keyAttribute);
          assertThat(e.key()).isEqualTo(key);
        }));
    assertThat(rowCounts()).as("rows of source, through and target").isEqualTo(before);
    assertThat(linkedNow(source)).containsExactly(first);
  }

  private static ThrowingCallable asCallable(Session session, Consumer<Session> write) {
    return () -> write.accept(session);
  }

  private void assertMissingTarget(Consumer<Session> write) {
    assertMissing(model.targetEntity(), model.targetKeyAttribute(), model.missingTargetKey(), write);
  }

  private void assertMissingSource(Consumer<Session> write) {
    assertMissing(model.sourceEntity(), model.sourceKeyAttribute(), model.missingSourceKey(), write);
  }

  // ---- the contract ----------------------------------------------------------------------------

  @Test
  void theSchemaHasForeignKeysOrNot() {
    long before = rowCounts().get(1);
    ThrowingCallable dangling =
        () -> inTransaction(session -> session.createNativeMutationQuery(danglingThroughRowSql).executeUpdate());
    if (hasForeignKeys) {
      assertThatThrownBy(dangling).isInstanceOf(PersistenceException.class);
      assertThat(rowCounts().get(1)).isEqualTo(before);
    } else {
      try {
        dangling.call();
      } catch (Throwable e) {
        throw new AssertionError("the schema has no foreign keys, the dangling row must be accepted", e);
      }
      assertThat(rowCounts().get(1)).isEqualTo(before + 1);
    }
  }

  @Test
  void linkToAMissingTarget() {
    assertMissingTarget(session -> link(session, source, model.missingTargetKey()));
  }

  @Test
  void linkFromAMissingSource() {
    assertMissingSource(session -> link(session, model.missingSourceKey(), second));
  }

  @Test
  void linkWithThroughDataToAMissingTarget() {
    assertMissingTarget(session -> linkWithData(session, source, model.missingTargetKey()));
  }

  @Test
  void linkWithThroughDataFromAMissingSource() {
    assertMissingSource(session -> linkWithData(session, model.missingSourceKey(), second));
  }

  @Test
  void linkAllWithOneMissingTargetAmongExistingOnes() {
    assertMissingTarget(session -> linkAll(session, source, List.of(second, model.missingTargetKey(), first)));
  }

  @Test
  void linkAllFromAMissingSource() {
    assertMissingSource(session -> linkAll(session, model.missingSourceKey(), List.of(first, second)));
  }

  @Test
  void setWithAMissingTargetKeepsTheLinksAsTheyWere() {
    // would unlink first and link second: neither happens
    assertMissingTarget(session -> set(session, source, List.of(second, model.missingTargetKey())));
  }

  @Test
  void setOfAMissingSource() {
    assertMissingSource(session -> set(session, model.missingSourceKey(), List.of(first, second)));
  }

  @Test
  void createFromAMissingSourcePersistsNoTarget() {
    assertMissingSource(session -> create(session, model.missingSourceKey(), "Orphan"));
  }

  @Test
  void eachWriteSucceedsOnTheSameSchema() {
    inTransaction(session -> {
      linkWithData(session, source, second);
      create(session, source, "Created");
    });
    List<Long> linked = linkedNow(source);
    assertThat(linked).hasSize(3).startsWith(first, second);
    Long created = linked.get(2);
    inTransaction(session -> set(session, source, List.of(second, created)));
    assertThat(linkedNow(source)).containsExactly(second, created);
    inTransaction(session -> linkAll(session, source, List.of(first)));
    assertThat(linkedNow(source)).containsExactly(first, second, created);
  }

  @Test
  void entitiesPersistedEarlierInTheSameTransactionExist() {
    inTransaction(session -> {
      Long newSource = persistSource(session, "New source");
      Long newTarget = persistTarget(session, "New target");
      link(session, newSource, newTarget);
      linkAll(session, source, List.of(newTarget));
    });
    inTransaction(session -> {
      Long newSource = session.createQuery(
          "select s." + model.sourceKeyAttribute() + " from " + model.sourceEntity() + " s where s."
              + model.sourceKeyAttribute() + " <> :old", Long.class).setParameter("old", source).getSingleResult();
      assertThat(linkedKeys(session, newSource)).hasSize(1);
      assertThat(linkedKeys(session, source)).hasSize(2).startsWith(first);
    });
  }

  @Test
  void aTargetRemovedEarlierInTheSameTransactionIsMissing() {
    List<Long> before = rowCounts();
    inTransaction(session -> {
      session.remove(session.find(model.targetClass(), second));
      assertThatThrownBy(() -> link(session, source, second))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo(model.targetEntity());
            assertThat(e.key()).isEqualTo(second);
          });
      session.getTransaction().setRollbackOnly();
    });
    assertThat(rowCounts()).isEqualTo(before);
  }

  @Test
  void aSourceRemovedEarlierInTheSameTransactionIsMissing() {
    Long lonely = fromTransaction(session -> persistSource(session, "Lonely"));
    List<Long> before = rowCounts();
    inTransaction(session -> {
      session.remove(session.find(model.sourceClass(), lonely));
      assertThatThrownBy(() -> linkAll(session, lonely, List.of(first, second)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo(model.sourceEntity());
            assertThat(e.key()).isEqualTo(lonely);
          });
      session.getTransaction().setRollbackOnly();
    });
    assertThat(rowCounts()).isEqualTo(before);
  }
}
