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
  final String unlink;
  final String unlinkKeys;
  final String unlinkAll;
  final String unlinkTargetsEverywhere;
  final String deleteTargets;
  final String include;

  RelationHql(EntitySide<?, ?> source, EntitySide<?, ?> target, String through, String throughId,
      String throughKeyFrom, String throughKeyTo) {
    String s = source.entityName() + " s";
    String t = target.entityName() + " t";
    String j = through + " j";
    String sk = "s." + source.keyAttribute();
    String tk = "t." + target.keyAttribute();
    String jf = "j." + throughKeyFrom;
    String jt = "j." + throughKeyTo;
    String linkedToSource = tk + " in (select " + jt + " from " + j + " where " + jf + " = :source)";

    find = "select t from " + t + " where " + linkedToSource + " order by " + tk;
    findById = "select t from " + t + " where " + tk + " = :target and " + linkedToSource;
    count = "select count(t) from " + t + " where " + linkedToSource;
    isLinked = "select 1 from " + j + " where " + jf + " = :source and " + jt + " = :target";
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
    linkedTargetKeysOfSource = "select " + sk + ", " + jt + " from " + s
        + " left join " + j + " on " + jf + " = " + sk + " where " + sk + " = :source";
    linkedTargetKeys = new LockingQuery(tk, "from " + t + " where " + linkedToSource,
        Strength.EXCLUSIVE, targetRow);
    unlink = "delete from " + j + " where " + jf + " = :source and " + jt + " = :target";
    unlinkKeys = "delete from " + j + " where " + jf + " = :source and " + jt + " in :targets";
    unlinkAll = "delete from " + j + " where " + jf + " = :source";
    // In a self-relation through rows reference targets from both ends (followers and followees).
    boolean selfRelation = source.type().equals(target.type())
        && source.keyAttribute().equals(target.keyAttribute());
    unlinkTargetsEverywhere = "delete from " + j + " where " + jt + " in :targets"
        + (selfRelation ? " or " + jf + " in :targets" : "");
    deleteTargets = "delete from " + t + " where " + tk + " in :targets";
    include = "select " + jf + ", t from " + j + " join " + t + " on " + tk + " = " + jt
        + " where " + jf + " in :sources order by " + tk;
  }
}
