package dev.throughline.runtime;

import dev.throughline.runtime.ExistenceLocks.Locked;
import dev.throughline.runtime.ExistenceLocks.LockingQuery;
import dev.throughline.runtime.ExistenceLocks.Strength;

/**
 * The HQL statements of one relation, built once from entity and attribute names that the
 * processor checked at compile time. Values are never part of the text: they are always bound as
 * parameters ({@code :source}, {@code :target}, {@code :sources}, {@code :targets}). The queries
 * that check rows before a write links them, and the one that reads the keys of targets to delete,
 * lock those rows until the end of the transaction ({@link ExistenceLocks}).
 */
final class RelationHql {

  final String find;
  final String findById;
  final String count;
  final String isLinked;
  final String findWithThrough;
  final LockingQuery sourceExists;
  final LockingQuery sourceAndTargetExist;
  final LockingQuery sourceAndTargetsExist;
  final String linkedTargetKeysOfSource;
  final LockingQuery linkedTargetKeys;
  final ThroughRowsHql pair;
  final ThroughRowsHql sourceAndTargets;
  final ThroughRowsHql ofSource;
  final ThroughRowsHql referencingTargets;
  final String deleteTargets;
  final String throughRowsAmong;
  final String include;
  /** Whether source and target are one entity and key: through rows then reference targets from both ends. */
  final boolean selfRelation;
  private final String throughKeyToPath;
  private final String linkedPairsOfSource;
  private final String linkedKeysSelect;

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
    String linkedToSource = tk + " in (select " + jt + " from " + j + " where " + jf + " = :source)";

    find = "select t from " + t + " where " + linkedToSource + " order by " + tk;
    findById = "select t from " + t + " where " + tk + " = :target and " + linkedToSource;
    count = "select count(t) from " + t + " where " + linkedToSource;
    // Joins the target, so that a target no read can see (soft-deleted, restricted, filtered out) is
    // not linked, as findById and count agree.
    isLinked = "select 1 from " + j + " join " + t + " on " + tk + " = " + jt
        + " where " + jf + " = :source and " + jt + " = :target";
    findWithThrough = "select t, j from " + j + " join " + t + " on " + tk + " = " + jt
        + " where " + jf + " = :source order by " + tk + ", j." + throughId;
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
    linkedTargetKeys = new LockingQuery(tk, "from " + t + " where " + linkedToSource,
        Strength.EXCLUSIVE, targetRow);
    pair = ThroughRowsHql.where(j, jf + " = :source and " + jt + " = :target");
    sourceAndTargets = ThroughRowsHql.where(j, jf + " = :source and " + jt + " in :targets");
    ofSource = ThroughRowsHql.where(j, jf + " = :source");
    // In a self-relation through rows reference targets from both ends (followers and followees).
    this.selfRelation = selfRelation;
    referencingTargets = ThroughRowsHql.where(j, jt + " in :targets" + (selfRelation ? " or " + jf + " in :targets" : ""));
    throughRowsAmong = "select j from " + j + " where j in :rows";
    deleteTargets = "delete from " + t + " where " + tk + " in :targets";
    include = "select " + jf + ", t from " + j + " join " + t + " on " + tk + " = " + jt
        + " where " + jf + " in :sources order by " + tk;
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
