package dev.throughline.runtime;

/**
 * One set of through rows, as a bulk delete and as a query that loads the same rows (for through
 * entities whose removal callbacks must run row by row).
 *
 * @param delete {@code delete from Appointment j where ...}
 * @param select {@code select j from Appointment j where ...}
 */
record ThroughRowsHql(String delete, String select) {

  /** The rows of {@code throughWithAlias} ({@code Appointment j}) matching {@code condition}. */
  static ThroughRowsHql where(String throughWithAlias, String condition) {
    return new ThroughRowsHql("delete from " + throughWithAlias + " where " + condition,
        "select j from " + throughWithAlias + " where " + condition);
  }
}
