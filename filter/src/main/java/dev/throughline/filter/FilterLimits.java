package dev.throughline.filter;

/**
 * How large a filter may be, so that a client cannot make the server parse, plan or run more than
 * it means to serve. Beyond any of them a filter is a {@link FilterException}.
 *
 * @param maxDepth how deep {@code and}/{@code or} may nest in a {@code where}, and inclusions in
 *     inclusions (default 4)
 * @param maxLimit the largest {@code limit}, also in an inclusion's scope (default 1,000)
 * @param maxValues the most elements of any list: the values of {@code inq} and {@code nin}, the
 *     conditions of {@code and} and {@code or}, orders and inclusions (default 1,000)
 * @param maxLength the most characters of the filter's JSON text (default 65,536)
 */
public record FilterLimits(int maxDepth, int maxLimit, int maxValues, int maxLength) {

  /** Depth 4, limit 1,000, 1,000 values per list, 65,536 characters. */
  public static final FilterLimits DEFAULTS = new FilterLimits(4, 1_000, 1_000, 65_536);

  /** Checks that every limit is positive. */
  public FilterLimits {
    positive(maxDepth, "maxDepth");
    positive(maxLimit, "maxLimit");
    positive(maxValues, "maxValues");
    positive(maxLength, "maxLength");
  }

  /**
   * These limits with another depth.
   *
   * @param maxDepth how deep {@code and}/{@code or} and inclusions may nest
   * @return new limits
   */
  public FilterLimits withMaxDepth(int maxDepth) {
    return new FilterLimits(maxDepth, maxLimit, maxValues, maxLength);
  }

  /**
   * These limits with another largest {@code limit}.
   *
   * @param maxLimit the largest limit
   * @return new limits
   */
  public FilterLimits withMaxLimit(int maxLimit) {
    return new FilterLimits(maxDepth, maxLimit, maxValues, maxLength);
  }

  /**
   * These limits with another list size.
   *
   * @param maxValues the most elements of any list
   * @return new limits
   */
  public FilterLimits withMaxValues(int maxValues) {
    return new FilterLimits(maxDepth, maxLimit, maxValues, maxLength);
  }

  /**
   * These limits with another text length.
   *
   * @param maxLength the most characters of the filter's JSON text
   * @return new limits
   */
  public FilterLimits withMaxLength(int maxLength) {
    return new FilterLimits(maxDepth, maxLimit, maxValues, maxLength);
  }

  /** JSON nesting that no filter within {@link #maxDepth} needs: where the reader stops. */
  int maxJsonDepth() {
    return 8 * maxDepth + 8;
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
