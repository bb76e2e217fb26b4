package dev.throughline.filter;

import java.util.Objects;

/**
 * A filter that cannot be applied: not JSON, an unknown attribute, relation or operator, a value of
 * the wrong type, or nesting or a list beyond the {@link FilterLimits}. It names where in the
 * filter the problem is ({@link #path()}, such as {@code where.and[1].name.gt}) and what is
 * allowed there ({@link #allowed()}), so that a REST layer can answer 400 with both.
 */
public final class FilterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;
  private final String allowed;

  FilterException(String path, String problem, String allowed) {
    super(message(path, problem, allowed));
    this.path = Objects.requireNonNull(path, "path");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.allowed = Objects.requireNonNull(allowed, "allowed");
  }

  /**
   * Where in the filter the problem is, in JavaScript notation: {@code where.and[1].name.gt},
   * {@code include[0].scope.limit}; empty for the filter as a whole.
   *
   * @return the offending path
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong there, without the path.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * What is allowed at that path, such as the attribute names or operators; empty when the
   * problem says it.
   *
   * @return what may stand there
   */
  public String allowed() {
    return allowed;
  }

  private static String message(String path, String problem, String allowed) {
    String where = path.isEmpty() ? "filter" : path;
    return where + ": " + problem + (allowed.isEmpty() ? "" : "; allowed here: " + allowed);
  }
}
