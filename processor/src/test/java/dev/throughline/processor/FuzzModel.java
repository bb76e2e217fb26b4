package dev.throughline.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;

/**
 * One random entity model for {@link FuzzedModelsTest}: a source entity with one
 * {@code @HasManyThrough} field, a target, a through entity and an unrelated {@code Other} entity,
 * in a package of their own. Each dimension has right and wrong values; {@link #valid()} is the
 * oracle that says, independently of the processor, whether the relation must compile.
 *
 * @param shape the choices that concern the relation as a whole
 * @param source the source entity
 * @param target the target entity (ignored for a self-relation, whose target is the source)
 * @param through the through entity
 * @param from how the through entity references the source
 * @param to how the through entity references the target
 * @param field the relation field
 */
record FuzzModel(
    Shape shape, Side source, Side target, Through through, ThroughKey from, ThroughKey to, Field field) {

  static final List<String> SOURCE_NAMES = List.of("Doctor", "Author", "Store", "Member");
  static final List<String> TARGET_NAMES = List.of("Patient", "Book", "Product", "Course");
  static final List<String> THROUGH_NAMES = List.of("Visit", "Link", "Membership");
  static final List<String> FIELD_NAMES = List.of("targets", "linked", "items");

  /** How {@code keyFrom} or {@code keyTo} is written. */
  enum KeyChoice { DEFAULT, NAMED_ID, NAMED_CODE, NAMED_UNKNOWN }

  /** The id of the source or the target. */
  enum IdShape { LONG_FIELD, PRIMITIVE_LONG_FIELD, UUID_FIELD, STRING_FIELD, LONG_GETTER, INHERITED, NONE }

  /** The id of the through entity. */
  enum ThroughIdShape { LONG_FIELD, LONG_GETTER, EMBEDDED_CLASS, EMBEDDED_RECORD, NONE }

  /** What the through attribute referencing one side is. */
  enum ThroughKeyKind { VALUE_CONVENTIONAL, VALUE_CUSTOM, VALUE_WRONG_TYPE, MANY_TO_ONE, MANY_TO_ONE_OTHER, COLLECTION, ABSENT }

  /** How {@code throughKeyFrom} or {@code throughKeyTo} is written. */
  enum Naming { OMIT, RIGHT, WRONG }

  /** How a through key attribute can be set. */
  enum Member { PACKAGE, PRIVATE_WITH_SETTER, PRIVATE_NO_SETTER }

  /** The declared type of the relation field. */
  enum FieldType { LIST, SET, COLLECTION, RAW_LIST, WILDCARD_LIST, EXTENDS_LIST, STRING, ARRAY_LIST, LIST_OF_NON_ENTITY }

  /** How the relation field is declared and reached. */
  enum FieldAccess { PACKAGE, PACKAGE_WITH_SETTER, PRIVATE_WITH_SETTER, PRIVATE_NO_SETTER, FINAL, STATIC }

  /**
   * @param nested whether all classes are static members of one holder class
   * @param self whether the relation links the source to itself
   * @param sourceIsEntity whether the class declaring the relation is an {@code @Entity}
   * @param keyFrom how {@code keyFrom} is written
   * @param keyTo how {@code keyTo} is written
   */
  record Shape(boolean nested, boolean self, boolean sourceIsEntity, KeyChoice keyFrom, KeyChoice keyTo) {}

  /**
   * @param name index into the names of its role
   * @param id its id
   * @param entityName whether {@code @Entity} names it
   */
  record Side(int name, IdShape id, boolean entityName) {}

  /**
   * @param name index into {@link #THROUGH_NAMES}
   * @param id its id
   * @param entity whether {@code through} names an entity, rather than {@code String.class}
   * @param entityName whether {@code @Entity} names it
   */
  record Through(int name, ThroughIdShape id, boolean entity, boolean entityName) {}

  /**
   * @param kind what the through attribute is
   * @param naming how the annotation names it
   * @param member how it can be set
   */
  record ThroughKey(ThroughKeyKind kind, Naming naming, Member member) {}

  /**
   * @param type its declared type
   * @param transientMark whether it is {@code @Transient}
   * @param access how it is declared and reached
   * @param includeByName the annotation's {@code includeByName}
   * @param name index into {@link #FIELD_NAMES}
   */
  record Field(FieldType type, boolean transientMark, FieldAccess access, boolean includeByName, int name) {}

  String sourceName() {
    return SOURCE_NAMES.get(source.name());
  }

  String targetName() {
    return shape.self() ? sourceName() : TARGET_NAMES.get(target.name());
  }

  String throughName() {
    return THROUGH_NAMES.get(through.name());
  }

  String fieldName() {
    return FIELD_NAMES.get(field.name());
  }

  /** The target side: the source itself in a self-relation. */
  Side targetSide() {
    return shape.self() ? source : target;
  }

  /** The accessor the processor generates for a valid model, in {@code packageName}. */
  String accessor(String packageName) {
    return packageName + "." + sourceName() + Character.toUpperCase(fieldName().charAt(0)) + fieldName().substring(1);
  }

  /** The registry the processor generates for the source, in {@code packageName}. */
  String registry(String packageName) {
    return packageName + "." + sourceName() + "Relations";
  }

  // ---------------------------------------------------------------------------------------------
  // The oracle: whether the processor must accept the relation, derived from the API contract.

  /** Whether the relation is valid, so that it must compile and generate its accessor. */
  boolean valid() {
    return shape.sourceIsEntity()
        && field.transientMark()
        && field.access() != FieldAccess.STATIC
        && field.access() != FieldAccess.FINAL
        && field.access() != FieldAccess.PRIVATE_NO_SETTER
        && (field.type() == FieldType.LIST || field.type() == FieldType.SET || field.type() == FieldType.COLLECTION)
        && through.entity()
        && (through.id() == ThroughIdShape.LONG_FIELD || through.id() == ThroughIdShape.LONG_GETTER
            || through.id() == ThroughIdShape.EMBEDDED_CLASS)
        && keyResolves(source, shape.keyFrom())
        && keyResolves(targetSide(), shape.keyTo())
        && (!shape.self() || (from.naming() != Naming.OMIT && to.naming() != Naming.OMIT))
        && throughKeyValid(from, source, shape.keyFrom())
        && throughKeyValid(to, targetSide(), shape.keyTo());
  }

  private static boolean keyResolves(Side side, KeyChoice key) {
    switch (key) {
      case DEFAULT:
      case NAMED_ID:
        return side.id() != IdShape.NONE;
      case NAMED_CODE:
        return true;
      default:
        return false;
    }
  }

  /** Whether the through attribute resolves, has the right type and can be set. */
  private boolean throughKeyValid(ThroughKey key, Side side, KeyChoice keyChoice) {
    boolean resolves;
    switch (key.naming()) {
      case RIGHT:
        resolves = key.kind() != ThroughKeyKind.ABSENT;
        break;
      case OMIT:
        // the conventional <entity>Id, else the single @ManyToOne of the entity's type
        resolves = key.kind() == ThroughKeyKind.VALUE_CONVENTIONAL || key.kind() == ThroughKeyKind.VALUE_WRONG_TYPE
            || key.kind() == ThroughKeyKind.COLLECTION || key.kind() == ThroughKeyKind.MANY_TO_ONE;
        break;
      default:
        resolves = false;
    }
    if (!resolves || key.member() == Member.PRIVATE_NO_SETTER) {
      return false;
    }
    switch (key.kind()) {
      case VALUE_CONVENTIONAL:
      case VALUE_CUSTOM:
        return true;
      case MANY_TO_ONE:
        // an association references the id, so the key must be the id
        return keyChoice == KeyChoice.DEFAULT || keyChoice == KeyChoice.NAMED_ID;
      default:
        return false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering.

  /** The model's source files, all in {@code packageName}. */
  List<JavaFileObject> sources(String packageName) {
    List<String[]> classes = new ArrayList<>(); // {simple name, declaration without modifiers}
    classes.add(new String[] {sourceName(), sourceClass()});
    if (!shape.self()) {
      classes.add(new String[] {targetName(), entityClass(targetName(), target, true).replace("  // relation\n", "")});
    }
    classes.add(new String[] {throughName(), throughClass()});
    classes.add(new String[] {"Other", "@Entity\nclass Other {\n  @Id Long id;\n}\n"});
    if (source.id() == IdShape.INHERITED || targetSide().id() == IdShape.INHERITED) {
      classes.add(new String[] {"Base", """
          @MappedSuperclass
          abstract class Base {
            @Id @GeneratedValue protected Long id;

            public Long getId() { return id; }
          }
          """});
    }
    if (through.id() == ThroughIdShape.EMBEDDED_CLASS) {
      classes.add(new String[] {throughName() + "Id", """
          @Embeddable
          class %sId implements java.io.Serializable {
            private static final long serialVersionUID = 1L;
            Long a;
            Long b;
          }
          """.formatted(throughName())});
    } else if (through.id() == ThroughIdShape.EMBEDDED_RECORD) {
      classes.add(new String[] {throughName() + "Id", """
          @Embeddable
          record %sId(Long a, Long b) implements java.io.Serializable {}
          """.formatted(throughName())});
    }
    String header = "package " + packageName + ";\n\n"
        + "import dev.throughline.HasManyThrough;\nimport jakarta.persistence.*;\nimport java.util.*;\n\n";
    List<JavaFileObject> files = new ArrayList<>();
    if (shape.nested()) {
      StringBuilder holder = new StringBuilder(header).append("public final class Model {\n");
      for (String[] declaration : classes) {
        holder.append(publicClass(declaration[1], true).indent(2)).append('\n');
      }
      files.add(ProcessorRun.source(packageName + ".Model", holder.append("}\n").toString()));
    } else {
      for (String[] declaration : classes) {
        files.add(ProcessorRun.source(packageName + "." + declaration[0], header + publicClass(declaration[1], false)));
      }
    }
    return files;
  }

  /** Makes the first {@code class} / {@code abstract class} / {@code record} public (and static when nested). */
  private static String publicClass(String declaration, boolean nested) {
    for (String keyword : new String[] {"abstract class ", "class ", "record "}) {
      int at = declaration.indexOf("\n" + keyword);
      int start = at >= 0 ? at + 1 : (declaration.startsWith(keyword) ? 0 : -1);
      if (start >= 0) {
        String modifiers = nested && !keyword.equals("record ") ? "public static " : "public ";
        return declaration.substring(0, start) + modifiers + declaration.substring(start);
      }
    }
    throw new IllegalArgumentException(declaration);
  }

  private String sourceClass() {
    StringBuilder body = new StringBuilder();
    body.append("  @Transient\n".repeat(field.transientMark() ? 1 : 0));
    body.append("  @HasManyThrough(").append(annotationValues()).append(")\n");
    String type = fieldType();
    switch (field.access()) {
      case PACKAGE:
      case PACKAGE_WITH_SETTER:
        body.append("  ").append(type).append(' ').append(fieldName()).append(";\n");
        break;
      case PRIVATE_WITH_SETTER:
      case PRIVATE_NO_SETTER:
        body.append("  private ").append(type).append(' ').append(fieldName()).append(";\n");
        break;
      case FINAL:
        body.append("  final ").append(type).append(' ').append(fieldName()).append(" = null;\n");
        break;
      case STATIC:
        body.append("  static ").append(type).append(' ').append(fieldName()).append(";\n");
        break;
    }
    if (field.access() == FieldAccess.PACKAGE_WITH_SETTER || field.access() == FieldAccess.PRIVATE_WITH_SETTER) {
      String setter = "set" + Character.toUpperCase(fieldName().charAt(0)) + fieldName().substring(1);
      body.append("\n  public void ").append(setter).append('(').append(type).append(" value) { this.")
          .append(fieldName()).append(" = value; }\n");
    }
    return entityClass(sourceName(), source, shape.sourceIsEntity()).replace("  // relation\n", body);
  }

  private String annotationValues() {
    List<String> values = new ArrayList<>();
    values.add("through = " + (through.entity() ? throughName() : "String") + ".class");
    keyValue("keyFrom", shape.keyFrom()).ifPresent(values::add);
    keyValue("keyTo", shape.keyTo()).ifPresent(values::add);
    throughKeyValue("throughKeyFrom", from, "from", sourceName()).ifPresent(values::add);
    throughKeyValue("throughKeyTo", to, "to", targetName()).ifPresent(values::add);
    if (!field.includeByName()) {
      values.add("includeByName = false");
    }
    return String.join(", ", values);
  }

  private static Optional<String> keyValue(String attribute, KeyChoice key) {
    switch (key) {
      case NAMED_ID:
        return Optional.of(attribute + " = \"id\"");
      case NAMED_CODE:
        return Optional.of(attribute + " = \"code\"");
      case NAMED_UNKNOWN:
        return Optional.of(attribute + " = \"nope\"");
      default:
        return Optional.empty();
    }
  }

  private Optional<String> throughKeyValue(String attribute, ThroughKey key, String side, String entity) {
    switch (key.naming()) {
      case RIGHT:
        String name = key.kind() == ThroughKeyKind.ABSENT ? "absent" : throughKeyAttribute(key, side, entity);
        return Optional.of(attribute + " = \"" + name + "\"");
      case WRONG:
        return Optional.of(attribute + " = \"wrong" + side + "\"");
      default:
        return Optional.empty();
    }
  }

  private String fieldType() {
    String target = targetName();
    switch (field.type()) {
      case LIST:
        return "List<" + target + ">";
      case SET:
        return "Set<" + target + ">";
      case COLLECTION:
        return "Collection<" + target + ">";
      case RAW_LIST:
        return "List";
      case WILDCARD_LIST:
        return "List<?>";
      case EXTENDS_LIST:
        return "List<? extends " + target + ">";
      case STRING:
        return "String";
      case ARRAY_LIST:
        return "ArrayList<" + target + ">";
      default:
        return "List<String>";
    }
  }

  /** An entity with its id and a {@code code}; {@code // relation} marks where the source's field goes. */
  private static String entityClass(String name, Side side, boolean entity) {
    StringBuilder text = new StringBuilder();
    if (entity) {
      text.append(side.entityName() ? "@Entity(name = \"" + name + "Entity\")\n" : "@Entity\n");
    }
    text.append("class ").append(name).append(side.id() == IdShape.INHERITED ? " extends Base" : "").append(" {\n");
    switch (side.id()) {
      case LONG_FIELD:
        text.append("  @Id @GeneratedValue Long id;\n");
        break;
      case PRIMITIVE_LONG_FIELD:
        text.append("  @Id long id;\n");
        break;
      case UUID_FIELD:
        text.append("  @Id UUID id;\n");
        break;
      case STRING_FIELD:
        text.append("  @Id String id;\n");
        break;
      case LONG_GETTER:
        text.append("  private Long id;\n\n  @Id @GeneratedValue public Long getId() { return id; }\n"
            + "  public void setId(Long id) { this.id = id; }\n");
        break;
      default:
        break;
    }
    text.append("  String code;\n\n  // relation\n}\n");
    return text.toString();
  }

  private String throughClass() {
    StringBuilder text = new StringBuilder(through.entityName() ? "@Entity(name = \"Through\")\n" : "@Entity\n");
    text.append("class ").append(throughName()).append(" {\n");
    switch (through.id()) {
      case LONG_FIELD:
        text.append("  @Id @GeneratedValue Long id;\n");
        break;
      case LONG_GETTER:
        text.append("  private Long id;\n\n  @Id @GeneratedValue public Long getId() { return id; }\n"
            + "  public void setId(Long id) { this.id = id; }\n");
        break;
      case EMBEDDED_CLASS:
      case EMBEDDED_RECORD:
        text.append("  @EmbeddedId ").append(throughName()).append("Id id;\n");
        break;
      default:
        break;
    }
    throughKeyMember(text, from, "from", sourceName(), source, shape.keyFrom());
    throughKeyMember(text, to, "to", targetName(), targetSide(), shape.keyTo());
    text.append("  java.time.LocalDate since;\n}\n");
    return text.toString();
  }

  private void throughKeyMember(StringBuilder text, ThroughKey key, String side, String entity, Side entitySide,
      KeyChoice keyChoice) {
    if (key.kind() == ThroughKeyKind.ABSENT) {
      return;
    }
    String name = throughKeyAttribute(key, side, entity);
    String keyType = keyType(entitySide, keyChoice);
    String type;
    String annotation = "";
    switch (key.kind()) {
      case VALUE_CONVENTIONAL:
      case VALUE_CUSTOM:
        type = keyType;
        break;
      case VALUE_WRONG_TYPE:
        type = keyType.equals("Long") ? "Integer" : "Long";
        break;
      case MANY_TO_ONE:
        type = entity;
        annotation = "@ManyToOne ";
        break;
      case MANY_TO_ONE_OTHER:
        type = "Other";
        annotation = "@ManyToOne ";
        break;
      default:
        type = "List<Long>";
        break;
    }
    text.append("  ").append(annotation).append(key.member() == Member.PACKAGE ? "" : "private ")
        .append(type).append(' ').append(name).append(";\n");
    if (key.member() == Member.PRIVATE_WITH_SETTER) {
      text.append("  public void set").append(Character.toUpperCase(name.charAt(0))).append(name.substring(1))
          .append('(').append(type).append(" value) { this.").append(name).append(" = value; }\n");
    }
  }

  /** The through attribute's name: conventional where the kind allows it, prefixed by the side in a self-relation. */
  private String throughKeyAttribute(ThroughKey key, String side, String entity) {
    String decapitalized = Character.toLowerCase(entity.charAt(0)) + entity.substring(1);
    String name;
    switch (key.kind()) {
      case VALUE_CUSTOM:
        return side + "Ref";
      case MANY_TO_ONE_OTHER:
        return side + "Other";
      case MANY_TO_ONE:
        name = decapitalized;
        break;
      default:
        name = decapitalized + "Id";
        break;
    }
    return shape.self() ? side + Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
  }

  /** The boxed type of the key that the through attribute references, {@code Long} when it does not resolve. */
  private static String keyType(Side side, KeyChoice key) {
    if (key == KeyChoice.NAMED_CODE) {
      return "String";
    }
    switch (side.id()) {
      case UUID_FIELD:
        return "UUID";
      case STRING_FIELD:
        return "String";
      default:
        return "Long";
    }
  }

  /** The choices and the rendered sources, for a failing sample. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(valid() ? "valid" : "invalid")
        .append(" FuzzModel[").append(shape).append(", source=").append(source).append(", target=").append(target)
        .append(", ").append(through).append(", from=").append(from).append(", to=").append(to)
        .append(", ").append(field).append("]\n");
    for (JavaFileObject file : sources("fuzz.shown")) {
      try {
        text.append(file.getCharContent(true)).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return text.toString();
  }
}
