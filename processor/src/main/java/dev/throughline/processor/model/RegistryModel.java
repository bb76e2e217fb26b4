package dev.throughline.processor.model;

import java.util.List;

/**
 * The registry of one source entity ({@code DoctorRelations}): its relations that may be included
 * by name, as a REST filter names them ({@code include=patients}).
 *
 * @param registry the class to generate
 * @param source the source entity
 * @param relations the relations offered by name, in declaration order
 */
public record RegistryModel(TypeRef registry, TypeRef source, List<Entry> relations) {

  public RegistryModel {
    relations = List.copyOf(relations);
  }

  /**
   * One relation offered by name.
   *
   * @param name the relation name, its field's name
   * @param accessor the relation's generated accessor, whose {@code inclusion()} it hands out
   */
  public record Entry(String name, TypeRef accessor) {}
}
