package dev.throughline.runtime;

import dev.throughline.runtime.ExistenceLocks.Locked;
import dev.throughline.runtime.ExistenceLocks.LockingQuery;
import dev.throughline.runtime.ExistenceLocks.Strength;

/**
 * The HQL statements of one relation's writes (existence checks, the keys {@code set} compares,
 * removals of through rows and targets), built once from entity and attribute names that the
 * processor checked at compile time; every read of targets is built from {@link TargetQuery}
 * instead. Values are never part of the text: they are always bound as
 * parameters ({@code :source}, {@code :target}, {@code :sources}, {@code :targets}). The queries
 * that check rows before a write links them lock those rows until the end of the transaction
 * ({@link ExistenceLocks}).
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
