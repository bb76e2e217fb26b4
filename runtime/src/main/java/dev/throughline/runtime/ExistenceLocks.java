package dev.throughline.runtime;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.RowLockStrategy;
import org.hibernate.dialect.lock.spi.LockingSupport;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.UnionSubclassEntityPersister;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

/**
 * Row locks that make an existence check hold until the end of its transaction, as a foreign-key
 * check does. Without foreign keys in the schema, a write that checked its target and a {@code
 * delete()} of that target could otherwise both commit and leave a through row naming nothing.
 *
 * <p>The writes that link rows ({@code link}, {@code linkAll}, {@code set}, {@code create}) lock the
 * rows they check with a shared lock, in the query that checks them; {@code delete()} locks the
 * targets it deletes with an exclusive lock, in the query that reads their keys, before it removes
 * their through rows. Whichever comes second waits for the other's transaction: a write that waited
 * for a delete then finds no row and fails; a delete that waited for a write then sees, and
 * removes, the write's through rows.
 *
 * <p>On PostgreSQL the shared lock is {@code FOR KEY SHARE}, the lock that its own foreign-key
 * checks take: it conflicts with {@code DELETE} and with changes of key columns, not with ordinary
 * updates, which a link must not block. The exclusive lock is {@code FOR UPDATE}, the only row lock
 * that conflicts with {@code FOR KEY SHARE}. Hibernate renders neither: {@link
 * LockModeType#PESSIMISTIC_READ} becomes {@code FOR SHARE}, which blocks updates, and {@link
 * LockModeType#PESSIMISTIC_WRITE} becomes {@code FOR NO KEY UPDATE}, which does not conflict with
 * {@code FOR KEY SHARE}. So there the query keeps its HQL and gains, for each entity it locks, a
 * condition on a sub-select that locks the row with the key the query reads, embedded with HQL's
 * {@code sql()} function: {@code (select 1 from patient lk where lk.pid = p1_0.pid for key share) is
 * not null}. The sub-select yields nothing, and the row drops out, when the row was deleted while
 * the query waited for its lock. Hibernate still renders everything else: {@code @SQLRestriction}
 * conditions, enabled filters, inherited tables, parameters, and the query spaces it flushes.
 *
 * <p>A query that reads an entity removed by an update ({@code @SoftDelete}), or one whose key is not
 * one column of one table, locks all its entities with Hibernate's lock modes instead, as every
 * query does on other databases. On PostgreSQL that is {@code FOR SHARE} against {@code FOR NO KEY
 * UPDATE}, which conflict with each other and with the update that soft-deletes, and whose
 * re-check of the locked row sees that it was soft-deleted meanwhile; on MariaDB {@code LOCK IN
 * SHARE MODE} against {@code FOR UPDATE}; on H2 {@code FOR UPDATE} for both.
 */
final class ExistenceLocks {

  private ExistenceLocks() {}

  /** How a query locks the rows it reads until the end of the transaction. */
  enum Strength {
    /** The rows must go on existing: a write links them. */
    SHARED(LockModeType.PESSIMISTIC_READ, "for key share"),
    /** The rows are about to be deleted. */
    EXCLUSIVE(LockModeType.PESSIMISTIC_WRITE, "for update");

    final LockModeType lockMode;
    final String postgresClause;

    Strength(LockModeType lockMode, String postgresClause) {
      this.lockMode = lockMode;
      this.postgresClause = postgresClause;
    }
  }

  /** An entity whose rows a query reads under {@code alias}, and selects by their key. */
  record Locked(String alias, EntitySide<?, ?> side) {

    /** The key's path in HQL. */
    String key() {
      return alias + "." + side.keyAttribute();
    }
  }

  /**
   * A select in HQL, {@code select <selection> <fromWhere>}, that locks the rows it reads of some of
   * its entities; {@code fromWhere} ends with its {@code where} clause.
   */
  record LockingQuery(String selection, String fromWhere, Strength strength, List<Locked> rows) {

    LockingQuery(String selection, String fromWhere, Strength strength, Locked... rows) {
      this(selection, fromWhere, strength, List.of(rows));
    }

    /** The query for this persistence context, with its locks. */
    Query create(EntityManager em) {
      StringBuilder hql = new StringBuilder("select ").append(selection).append(' ').append(fromWhere);
      for (Locked row : rows) {
        String subSelect = postgresSubSelect(em, row.side(), strength);
        if (subSelect == null) {
          return withLockMode(em);
        }
        // where ... and sql('(select 1 from ... for key share)', t.pid) is not null
        hql.append(" and sql('").append(subSelect.replace("'", "''"))
            .append("', ").append(row.key()).append(") is not null");
      }
      return em.createQuery(hql.toString());
    }

    /**
     * The query with Hibernate's lock mode. Where the database names the tables to lock ({@code FOR
     * SHARE OF}), Hibernate names those of the entities the query selects: then the query selects the
     * key of every entity to lock as well, and yields only its own selection.
     */
    private Query withLockMode(EntityManager em) {
      LockingSupport.Metadata locking = dialect(em).getLockingSupport().getMetadata();
      RowLockStrategy named = strength == Strength.SHARED
          ? locking.getReadRowLockStrategy()
          : locking.getWriteRowLockStrategy();
      if (rows.size() == 1 || named == RowLockStrategy.NONE) {
        return em.createQuery("select " + selection + " " + fromWhere).setLockMode(strength.lockMode);
      }
      StringBuilder hql = new StringBuilder("select ").append(selection);
      rows.forEach(row -> hql.append(", ").append(row.key()));
      hql.append(' ').append(fromWhere);
      return em.unwrap(Session.class).createQuery(hql.toString(), Object[].class)
          .setTupleTransformer((tuple, aliases) -> tuple[0])
          .setLockMode(strength.lockMode);
    }
  }

  /**
   * A criteria select, restricted and ready to run, that locks exclusively the rows of {@code side}
   * whose keys it reads at {@code key}.
   */
  static <R> TypedQuery<R> exclusive(EntityManager em, CriteriaQuery<R> query, Path<?> key, EntitySide<?, ?> side) {
    String subSelect = postgresSubSelect(em, side, Strength.EXCLUSIVE);
    if (subSelect == null) {
      return em.createQuery(query).setLockMode(Strength.EXCLUSIVE.lockMode);
    }
    HibernateCriteriaBuilder cb = em.unwrap(Session.class).getCriteriaBuilder();
    Predicate locked = cb.isNotNull(cb.sql(subSelect, Integer.class, key));
    Predicate where = query.getRestriction();
    query.where(where == null ? locked : cb.and(where, locked));
    return em.createQuery(query);
  }

  /**
   * On PostgreSQL, the SQL of a sub-select that locks the row of {@code side} whose key equals its
   * one parameter, and yields a value when it exists; null elsewhere, and for entities to lock with
   * Hibernate's lock modes.
   */
  static String postgresSubSelect(EntityManager em, EntitySide<?, ?> side, Strength strength) {
    if (!(dialect(em) instanceof PostgreSQLDialect)) {
      return null;
    }
    EntityPersister entity = factory(em).getMappingMetamodel().getEntityDescriptor(side.type());
    if (entity.getSoftDeleteMapping() != null || entity instanceof UnionSubclassEntityPersister) {
      // Removal is an update, which FOR KEY SHARE lets through; or rows live in several tables.
      return null;
    }
    ModelPart key = entity.findSubPart(side.keyAttribute(), null);
    if (!(key instanceof BasicValuedModelPart column) || column.isFormula()) {
      return null;
    }
    String table = column.getContainingTableExpression();
    String name = column.getSelectionExpression();
    return "(select 1 from " + table + " lk where lk." + name + " = ? " + strength.postgresClause + ")";
  }

  private static SessionFactoryImplementor factory(EntityManager em) {
    return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
  }

  private static Dialect dialect(EntityManager em) {
    return factory(em).getJdbcServices().getDialect();
  }
}
