package dev.throughline.runtime;

import dev.throughline.runtime.ExistenceLocks.Locked;
import dev.throughline.runtime.ExistenceLocks.LockingQuery;
import dev.throughline.runtime.ExistenceLocks.Strength;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The HQL statements of one relation, built once from entity and attribute names that the
 * processor checked at compile time: the writes' (existence checks, the keys {@code set} compares,
 * removals of through rows and targets), and the reads without refinements ({@code find}, {@code
 * findById}, {@code count}, {@code isLinked}, inclusion without restriction, order or page). Refined
 * reads are criteria queries of {@link TargetQuery} and {@link RelationInclusion}; the unrefined
 * ones are the same statements as text (a test compares the SQL of both; {@code find} is the join
 * that returns the same targets), because Hibernate finds
 * the translation of a text it has seen by the string alone, where a criteria query is built,
 * copied and compared node by node at every call. Values are never part of the text: they are always
 * bound as parameters ({@code :source}, {@code :target}, {@code :sources}, {@code :targets},
 * {@code :k0} ...). The queries that check rows before a write links them lock those rows until the
 * end of the transaction ({@link ExistenceLocks}).
 */
final class RelationHql {

  final LockingQuery sourceExists;
  final LockingQuery sourceAndTargetExist;
  final LockingQuery sourceAndTargetsExist;
  final String linkedTargetKeysOfSource;
  final String firstRowOfPair;
  final ThroughRowsHql pair;
  final ThroughRowsHql sourceAndTargets;
  final ThroughRowsHql ofSource;
  final ThroughRowsHql referencingTargets;
  final String deleteTargets;
  final String throughRowsAmong;
  final String sourcesByKey;
  /** The parameter of {@link #pairsOfSourceArray(boolean)}: the source keys as one array. */
  static final String SOURCE_KEY_ARRAY = "keys";
  /**
   * {@code find()}: the target of each through row of the source, by target key, a target as often
   * as rows link it ({@link TargetQuery} keeps it once).
   */
  final String targetOfEachRowOfSource;
  /** {@code findById}: the linked target with key {@code :target}. */
  final String targetOfSource;
  /** {@code count()}. */
  final String countOfSource;
  /** {@code isLinked}: the key of the linked target with key {@code :target}, if any. */
  final String targetKeyOfSource;
  /** Whether source and target are one entity and key: through rows then reference targets from both ends. */
  final boolean selfRelation;
  private final String throughKeyToPath;
  private final String linkedPairsOfSource;
  private final String linkedKeysSelect;
  private final String pairsSelect;
  private final String pairsOrder;
  private final String orderedPairsOfSourceArray;
  private final String unorderedPairsOfSourceArray;
  private final ConcurrentMap<Integer, String> pairsOfSources = new ConcurrentHashMap<>();
  private final ConcurrentMap<Integer, String> unorderedPairsOfSources = new ConcurrentHashMap<>();

  RelationHql(EntitySide<?, ?> source, EntitySide<?, ?> target, String through, String throughId,
      String throughKeyFrom, String throughKeyTo, boolean selfRelation) {
    String s = source.entityName() + " s";
    String t = target.entityName() + " t";
    String j = through + " j";
    String sk = "s." + source.keyAttribute();
    String tk = "t." + target.keyAttribute();
    String jf = "j." + throughKeyFrom;
    String jt = "j." + throughKeyTo;
    this.throughKeyToPath = jt;

    Locked sourceRow = new Locked("s", source);
    Locked targetRow = new Locked("t", target);
    sourceExists = new LockingQuery(sk, "from " + s + " where " + sk + " = :source",
        Strength.SHARED, sourceRow);
    sourceAndTargetExist = new LockingQuery(sk, "from " + s + ", " + t
        + " where " + sk + " = :source and " + tk + " = :target", Strength.SHARED, sourceRow, targetRow);
    sourceAndTargetsExist = new LockingQuery(tk, "from " + s + ", " + t
        + " where " + sk + " = :source and " + tk + " in :targets", Strength.SHARED, sourceRow, targetRow);
    linkedPairsOfSource = " from " + s + " left join " + j + " on " + jf + " = " + sk + " where " + sk + " = :source";
    linkedKeysSelect = "select " + sk + ", " + jt;
    linkedTargetKeysOfSource = linkedKeysSelect + linkedPairsOfSource;
    // Joined to both ends, so that a row is only found where link would find source and target.
    firstRowOfPair = "select j from " + j + ", " + s + ", " + t + " where " + jf + " = " + sk + " and " + jt + " = " + tk
        + " and " + jf + " = :source and " + jt + " = :target order by j." + throughId;
    pair = ThroughRowsHql.where(j, jf + " = :source and " + jt + " = :target");
    sourceAndTargets = ThroughRowsHql.where(j, jf + " = :source and " + jt + " in :targets");
    ofSource = ThroughRowsHql.where(j, jf + " = :source");
    // In a self-relation through rows reference targets from both ends (followers and followees).
    this.selfRelation = selfRelation;
    referencingTargets = ThroughRowsHql.where(j, jt + " in :targets" + (selfRelation ? " or " + jf + " in :targets" : ""));
    throughRowsAmong = "select j from " + j + " where j in :rows";
    sourcesByKey = "select s from " + s + " where " + sk + " in :sources";
    deleteTargets = "delete from " + t + " where " + tk + " in :targets";

    // find is the join that one writes by hand, and the plan the database gives it: a semi-join
    // over a small target table can be planned as a scan of the whole table. The other reads are
    // the statements TargetQuery builds, a semi-join, so that each target comes (or counts) once.
    targetOfEachRowOfSource = "select t from " + j + " join " + t + " on " + tk + " = " + jt + " where " + jf
        + " = :source order by " + tk;
    String linked = " where " + tk + " in (select " + jt + " from " + j + " where " + jf + " = :source)";
    targetOfSource = "select t from " + t + linked + " and " + tk + " = :target order by " + tk;
    countOfSource = "select count(t) from " + t + linked;
    targetKeyOfSource = "select " + tk + " from " + t + linked + " and " + tk + " = :target";
    // And the one RelationInclusion builds without restriction, order or page.
    String pairsWhere = "select " + jf + ", t from " + j + ", " + t + " where " + tk + " = " + jt + " and ";
    pairsSelect = pairsWhere + jf;
    pairsOrder = " order by " + tk;
    // "x = any(?)" has no HQL spelling; sql() passes it through, cast so that HQL takes it as a predicate.
    unorderedPairsOfSourceArray = pairsWhere + "cast(sql('(? = any(?))', " + jf + ", :" + SOURCE_KEY_ARRAY
        + ") as Boolean)";
    orderedPairsOfSourceArray = unorderedPairsOfSourceArray + pairsOrder;
  }

  /**
   * The source key and the target of every through row of {@code keyCount} sources, bound one
   * parameter each ({@link KeyParameters}), by target key: one text per key count, so that
   * Hibernate translates each once (it translates a statement with a list parameter at every call).
   */
  String pairsOfSources(int keyCount) {
    return pairsOfSources.computeIfAbsent(keyCount, count -> pairsOfSources(count, pairsOrder));
  }

  /** {@link #pairsOfSources(int)} in no order, for targets that the caller puts in key order ({@link TargetKeyOrder}). */
  String unorderedPairsOfSources(int keyCount) {
    return unorderedPairsOfSources.computeIfAbsent(keyCount, count -> pairsOfSources(count, ""));
  }

  /**
   * {@link #pairsOfSources(int)} (or {@link #unorderedPairsOfSources(int)}) with the source keys
   * bound as one array, {@code :keys}, for PostgreSQL ({@link SourceKeyArrays}).
   */
  String pairsOfSourceArray(boolean ordered) {
    return ordered ? orderedPairsOfSourceArray : unorderedPairsOfSourceArray;
  }

  private String pairsOfSources(int count, String order) {
    if (count == 1) {
      // "in (:k0)" would accept a list, and Hibernate caches no translation of such a statement.
      return pairsSelect + " = :" + KeyParameters.name(0) + order;
    }
    StringBuilder hql = new StringBuilder(pairsSelect.length() + order.length() + 8 * count).append(pairsSelect);
    for (int i = 0; i < count; i++) {
      hql.append(i == 0 ? " in (:" : ", :").append(KeyParameters.name(i));
    }
    return hql.append(')').append(order).toString();
  }

  /**
   * The source key and each linked target key, with the position of the wanted key that the
   * database finds equal to it ({@code :wanted0} ... {@code :wantedN}), or -1: the database
   * compares, with its collation, where Java's {@code equals} may disagree.
   */
  String linkedTargetKeysMatching(int wantedCount) {
    StringBuilder matching = new StringBuilder("case");
    for (int i = 0; i < wantedCount; i++) {
      matching.append(" when ").append(throughKeyToPath).append(" = :wanted").append(i).append(" then ").append(i);
    }
    matching.append(" else -1 end");
    return linkedKeysSelect + ", " + matching + linkedPairsOfSource;
  }
}
