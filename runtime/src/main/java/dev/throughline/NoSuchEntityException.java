package dev.throughline;

/**
 * A source or target that an operation needs does not exist: no row of that entity has the key.
 * Nothing was written when this is thrown.
 */
public class NoSuchEntityException extends ThroughlineException {

  private static final long serialVersionUID = 1L;

  private final String entityName;
  private final String keyAttribute;
  private final transient Object key;

  /**
   * Creates the exception.
   *
   * @param entityName the JPA entity name of the missing entity
   * @param keyAttribute the attribute that was looked up
   * @param key the key value that matched no row
   */
  public NoSuchEntityException(String entityName, String keyAttribute, Object key) {
    super("No " + entityName + " with " + keyAttribute + " " + key);
    this.entityName = entityName;
    this.keyAttribute = keyAttribute;
    this.key = key;
  }

  /** The JPA entity name of the missing entity. */
  public String entityName() {
    return entityName;
  }

  /** The attribute that was looked up. */
  public String keyAttribute() {
    return keyAttribute;
  }

  /** The key value that matched no row. */
  public Object key() {
    return key;
  }
}
