/**
 * The engine behind the generated accessors. Generated classes bind a {@link
 * dev.throughline.runtime.Relation} (entity classes, entity names, key attributes and key
 * accessors as lambdas) and forward every call to it; the query logic lives here once.
 *
 * <p>Internal: applications use the generated accessors and the types in {@code dev.throughline}
 * ({@link dev.throughline.RelationAccessor} for code that serves any relation). The types here are
 * public only so that generated code in the application's packages can reach them, and may change
 * in any release.
 */
package dev.throughline.runtime;
