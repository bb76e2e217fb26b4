package dev.throughline.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code @EmbeddedId} of a through entity. Each new through row is given an empty one, unless
 * its constructor made one already, so that Hibernate can fill it from the {@code @MapsId}
 * associations when the row is persisted (or {@code throughData} can fill it before).
 *
 * @param type the embeddable class, created with its no-argument constructor
 * @param read how generated code reads the id of a new row; empty when it cannot, and the id is
 *     then always set
 * @param write how generated code stores the id into a new row
 */
public record EmbeddedIdModel(TypeRef type, Optional<MemberAccess> read, MemberAccess write) {

  public EmbeddedIdModel {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(write, "write");
  }
}
