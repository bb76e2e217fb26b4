package dev.throughline.processor.diagnostics;

/**
 * An attribute in one of the four key roles, as messages name it: {@code throughKeyFrom 'doctorId'
 * of Appointment}.
 *
 * @param role the annotation attribute naming the key ({@code keyFrom}, {@code throughKeyTo}...)
 * @param name the attribute's name
 * @param entity the simple name of the entity that has it
 */
public record KeyAttribute(String role, String name, String entity) {}
