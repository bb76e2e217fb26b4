package dev.throughline.it.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.throughline.NoSuchEntityException;
import dev.throughline.ThroughlineException;
import dev.throughline.it.support.DatabaseTest;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.function.Consumer;
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
 * <p>Each subclass binds the contract to one model: without foreign keys (the clinic), with basic
 * key columns under foreign-key constraints (the nurses' shifts), with {@code @ManyToOne} keys
 * (the library). Every key is a {@code Long}.
 */
abstract class MissingEntityContract extends DatabaseTest {

  /** A key no row has: the sequences only hand out positive values. */
  static final Long MISSING = -42L;

  /** The source, linked to {@link #first}; {@link #second} is linked to nothing. */
  Long source;

  Long first;
  Long second;

  // ---- the model -----------------------------------------------------------------------------

  abstract String sourceEntity();

  abstract String sourceKeyAttribute();

  abstract String targetEntity();

  abstract String targetKeyAttribute();

  abstract String throughEntity();

  /** Whether the schema makes the database itself reject a through row of a missing entity. */
  abstract boolean hasForeignKeys();

  /** A native insert of a through row whose keys name no source and no target. */
  abstract String danglingThroughRowSql();

  abstract Long persistSource(Session session, String name);

  abstract Long persistTarget(Session session, String name);

  abstract Class<?> sourceClass();

  abstract Class<?> targetClass();

  // ---- the accessor, one call each ------------------------------------------------------------

  abstract void link(Session session, Long sourceKey, Long targetKey);

  /** Links with through data ("night"). */
  abstract void linkWithData(Session session, Long sourceKey, Long targetKey);

  abstract void linkAll(Session session, Long sourceKey, List<Long> targetKeys);

  abstract void set(Session session, Long sourceKey, List<Long> targetKeys);

  /** Creates a new target named {@code name} linked to the source. */
  abstract void create(Session session, Long sourceKey, String name);

  /** The keys of the targets linked to the source, by the accessor's {@code find()}. */
  abstract List<Long> linkedKeys(Session session, Long sourceKey);

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
    return fromTransaction(session -> List.of(
        count(session, sourceEntity()), count(session, throughEntity()), count(session, targetEntity())));
  }

  /** The keys linked to a source, read in a new transaction. */
  private List<Long> linkedNow(Long sourceKey) {
    return fromTransaction(session -> linkedKeys(session, sourceKey));
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
    assertThat(rowCounts()).as("rows of %s, %s, %s", sourceEntity(), throughEntity(), targetEntity())
        .isEqualTo(before);
    assertThat(linkedNow(source)).containsExactly(first);
  }

  private static ThrowingCallable asCallable(Session session, Consumer<Session> write) {
    return () -> write.accept(session);
  }

  private void assertMissingTarget(Consumer<Session> write) {
    assertMissing(targetEntity(), targetKeyAttribute(), MISSING, write);
  }

  private void assertMissingSource(Consumer<Session> write) {
    assertMissing(sourceEntity(), sourceKeyAttribute(), MISSING, write);
  }

  // ---- the contract ----------------------------------------------------------------------------

  @Test
  void theSchemaHasForeignKeysOrNot() {
    long before = rowCounts().get(1);
    ThrowingCallable dangling =
        () -> inTransaction(session -> session.createNativeMutationQuery(danglingThroughRowSql()).executeUpdate());
    if (hasForeignKeys()) {
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
    assertMissingTarget(session -> link(session, source, MISSING));
  }

  @Test
  void linkFromAMissingSource() {
    assertMissingSource(session -> link(session, MISSING, second));
  }

  @Test
  void linkWithThroughDataToAMissingTarget() {
    assertMissingTarget(session -> linkWithData(session, source, MISSING));
  }

  @Test
  void linkWithThroughDataFromAMissingSource() {
    assertMissingSource(session -> linkWithData(session, MISSING, second));
  }

  @Test
  void linkAllWithOneMissingTargetAmongExistingOnes() {
    assertMissingTarget(session -> linkAll(session, source, List.of(second, MISSING, first)));
  }

  @Test
  void linkAllFromAMissingSource() {
    assertMissingSource(session -> linkAll(session, MISSING, List.of(first, second)));
  }

  @Test
  void setWithAMissingTargetKeepsTheLinksAsTheyWere() {
    // would unlink first and link second: neither happens
    assertMissingTarget(session -> set(session, source, List.of(second, MISSING)));
  }

  @Test
  void setOfAMissingSource() {
    assertMissingSource(session -> set(session, MISSING, List.of(first, second)));
  }

  @Test
  void createFromAMissingSourcePersistsNoTarget() {
    assertMissingSource(session -> create(session, MISSING, "Orphan"));
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
          "select s." + sourceKeyAttribute() + " from " + sourceEntity() + " s where s." + sourceKeyAttribute()
              + " <> :old", Long.class).setParameter("old", source).getSingleResult();
      assertThat(linkedKeys(session, newSource)).hasSize(1);
      assertThat(linkedKeys(session, source)).hasSize(2).startsWith(first);
    });
  }

  @Test
  void aTargetRemovedEarlierInTheSameTransactionIsMissing() {
    List<Long> before = rowCounts();
    inTransaction(session -> {
      session.remove(session.find(targetClass(), second));
      assertThatThrownBy(() -> link(session, source, second))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo(targetEntity());
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
      session.remove(session.find(sourceClass(), lonely));
      assertThatThrownBy(() -> linkAll(session, lonely, List.of(first, second)))
          .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
            assertThat(e.entityName()).isEqualTo(sourceEntity());
            assertThat(e.key()).isEqualTo(lonely);
          });
      session.getTransaction().setRollbackOnly();
    });
    assertThat(rowCounts()).isEqualTo(before);
  }
}
