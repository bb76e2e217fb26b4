package dev.throughline.processor.model;

/**
 * A key that through rows reference: {@code keyFrom} on the source or {@code keyTo} on the target.
 *
 * @param attribute the attribute name ({@code id})
 * @param type the key type, boxed when the attribute is primitive ({@code java.lang.Long})
 * @param read how generated code reads the key from an instance
 * @param isId whether the attribute is the entity's id, so that an uninitialized proxy knows it
 */
public record KeyModel(String attribute, TypeRef type, MemberAccess read, boolean isId) {}
