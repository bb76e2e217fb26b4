package dev.throughline.it.session;

/**
 * The session or the database shows something else than the model. {@code kind} names what was
 * compared, without values or ids, so that a shortened sequence can be recognised as failing the
 * same way.
 */
final class Mismatch extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final String kind;

  Mismatch(String kind, String detail) {
    super(kind + ": " + detail);
    this.kind = kind;
  }

  Mismatch(String kind, String detail, Throwable cause) {
    super(kind + ": " + detail, cause);
    this.kind = kind;
  }
}
