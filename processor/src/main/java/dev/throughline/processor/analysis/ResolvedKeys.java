package dev.throughline.processor.analysis;

/**
 * The four attributes a relation's keys name, found but not yet checked against each other.
 *
 * @param keyFrom the source attribute through rows reference
 * @param keyTo the target attribute through rows reference
 * @param throughKeyFrom the through attribute that references the source
 * @param throughKeyTo the through attribute that references the target
 */
record ResolvedKeys(Attribute keyFrom, Attribute keyTo, Attribute throughKeyFrom, Attribute throughKeyTo) {}
