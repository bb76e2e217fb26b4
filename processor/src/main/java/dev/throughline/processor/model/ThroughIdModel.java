package dev.throughline.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The id of the through entity.
 *
 * @param attribute the id attribute ({@code id}), which orders the rows of one target
 * @param embedded how a new through row gets its {@code @EmbeddedId}; empty when the id is not embedded
 */
public record ThroughIdModel(String attribute, Optional<EmbeddedIdModel> embedded) {

  public ThroughIdModel {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(embedded, "embedded");
  }

  /** A plain {@code @Id} (or the first {@code @Id} of an {@code @IdClass}): new rows are created as they are. */
  public static ThroughIdModel plain(String attribute) {
    return new ThroughIdModel(attribute, Optional.empty());
  }
}
