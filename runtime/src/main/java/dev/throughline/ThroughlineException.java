package dev.throughline;

import jakarta.persistence.PersistenceException;

/**
 * Base of the exceptions Throughline throws for problems with the data a relation operation meets
 * (as opposed to programming errors, which are {@link NullPointerException}s and {@link
 * IllegalArgumentException}s). It is a {@link PersistenceException}, so frameworks that translate
 * persistence exceptions handle it too.
 */
public class ThroughlineException extends PersistenceException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public ThroughlineException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the underlying cause. */
  public ThroughlineException(String message, Throwable cause) {
    super(message, cause);
  }
}
