package dev.throughline.processor;

import static dev.throughline.processor.ProcessorRun.source;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * The text of one Java source file. Tests start from a standard one ({@link Clinic}) or from
 * {@link #entity} and spell out only what differs; each change must find what it changes, so that
 * a fixture that drifts fails loudly instead of testing something else.
 */
final class SourceFile {

  private final String qualifiedName;
  private final String text;

  private SourceFile(String qualifiedName, String text) {
    this.qualifiedName = qualifiedName;
    this.text = text;
  }

  /**
   * An {@code @Entity} class with these members, importing what entities of the tests use ({@code
   * HasManyThrough}, {@code jakarta.persistence.*}, {@code java.util.*}): {@code @Entity} is on
   * line 7, the class on line 8 and its first member on line 9.
   */
  static SourceFile entity(String qualifiedName, String members) {
    int dot = qualifiedName.lastIndexOf('.');
    return new SourceFile(qualifiedName, """
        package %s;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.*;

        @Entity
        public class %s {
        %s}
        """.formatted(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1), indented(members)));
  }

  /** The same source with {@code old}, which must occur exactly once, replaced. */
  SourceFile replace(String old, String replacement) {
    int at = text.indexOf(old);
    if (at < 0 || text.indexOf(old, at + 1) >= 0) {
      throw new IllegalArgumentException("'" + old + "' is not in " + qualifiedName + " exactly once:\n" + text);
    }
    return new SourceFile(qualifiedName, text.replace(old, replacement));
  }

  /** The same source without the line that reads {@code line} (leading spaces aside). */
  SourceFile without(String line) {
    List<String> lines = text.lines().collect(Collectors.toList());
    if (lines.stream().filter(candidate -> candidate.strip().equals(line)).count() != 1) {
      throw new IllegalArgumentException("'" + line + "' is not a line of " + qualifiedName + " exactly once");
    }
    lines.removeIf(candidate -> candidate.strip().equals(line));
    return new SourceFile(qualifiedName, String.join("\n", lines) + "\n");
  }

  /** The same source importing these classes too, after its other imports. */
  SourceFile importing(String... classes) {
    int end = text.indexOf('\n', text.lastIndexOf("\nimport ") + 1);
    String imports = Arrays.stream(classes).map(name -> "import " + name + ";\n").collect(Collectors.joining());
    return new SourceFile(qualifiedName, text.substring(0, end + 1) + imports + text.substring(end + 1));
  }

  /** The same source with these members added at the end of its class. */
  SourceFile adding(String members) {
    int end = text.lastIndexOf('}');
    return new SourceFile(qualifiedName, text.substring(0, end) + indented(members) + text.substring(end));
  }

  /** The same source with these declarations after the class, in the same file. */
  SourceFile followedBy(String declarations) {
    return new SourceFile(qualifiedName, text + "\n" + declarations);
  }

  /** The text, for another processor to write. */
  String text() {
    return text;
  }

  /** The file javac compiles. */
  JavaFileObject file() {
    return source(qualifiedName, text);
  }

  /** Members as a class body holds them: two spaces in, blank lines left empty, ending with a line break. */
  private static String indented(String members) {
    return members.lines().map(line -> line.isBlank() ? "" : "  " + line).collect(Collectors.joining("\n", "", "\n"));
  }

  @Override
  public String toString() {
    return text;
  }
}
