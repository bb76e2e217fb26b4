package dev.throughline.example.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps README.md's Java blocks compiled: each {@code ```java} block of README.md must be, line for
 * line, a region of a Java source file that compiles in this build, and each such region must be a
 * block of README.md. A region is the lines between {@code // tour:begin NAME} and {@code //
 * tour:end NAME}; the markers themselves are not part of it. Both sides are compared without their
 * common leading indentation, trailing spaces and leading or trailing blank lines.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("../README.md");

  /** Where marked regions live: this module's sources and the Spring Boot example's. */
  private static final List<Path> SOURCES =
      List.of(Path.of("src/main/java"), Path.of("src/test/java"), Path.of("../examples-spring/src/main/java"));

  private static final Pattern MARKER = Pattern.compile("^\\s*// tour:(begin|end)\\b\\s*(\\S*)\\s*$");

  record Block(int number, int line, List<String> code) {
    String describe() {
      return "README.md's java block " + number + " (line " + line + ", " + firstLine(code) + ")";
    }
  }

  record Region(String name, Path file, int line, List<String> code) {
    String describe() {
      return "region '" + name + "' (" + file + ":" + line + ")";
    }
  }

  @TestFactory
  Stream<DynamicTest> everyReadmeJavaBlockIsAMarkedRegion() {
    List<Block> blocks = readmeBlocks();
    List<Region> regions = regions();
    assertThat(blocks).as("java blocks in " + README.toAbsolutePath().normalize()).isNotEmpty();
    return blocks.stream().map(block -> DynamicTest.dynamicTest(block.describe(), () -> {
      if (regions.stream().noneMatch(region -> region.code().equals(block.code()))) {
        fail(block.describe() + " is no marked region of the sources; " + closest(block.code(), regions));
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyMarkedRegionIsAReadmeJavaBlock() {
    List<Block> blocks = readmeBlocks();
    List<Region> regions = regions();
    return regions.stream().map(region -> DynamicTest.dynamicTest(region.describe(), () -> {
      if (blocks.stream().noneMatch(block -> block.code().equals(region.code()))) {
        fail(region.describe() + " is no java block of README.md; " + closestBlock(region.code(), blocks));
      }
    }));
  }

  @Test
  void regionNamesAreUniqueAndEverySourceFolderHasRegions() {
    List<Region> regions = regions();
    Map<String, List<String>> byName = new LinkedHashMap<>();
    regions.forEach(r -> byName.computeIfAbsent(r.name(), n -> new ArrayList<>()).add(r.describe()));
    byName.values().removeIf(found -> found.size() == 1);
    assertThat(byName).as("region names used more than once").isEmpty();
    for (Path root : SOURCES) {
      assertThat(regions).as("regions under " + root).anyMatch(r -> r.file().startsWith(root));
    }
  }

  /** The {@code ```java} blocks of README.md, numbered from 1. */
  static List<Block> readmeBlocks() {
    List<String> lines = read(README);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```java")) {
        int start = i + 1;
        int end = start;
        while (end < lines.size() && !lines.get(end).strip().equals("```")) {
          end++;
        }
        if (end == lines.size()) {
          fail("README.md:" + (i + 1) + ": the java block is never closed");
        }
        blocks.add(new Block(blocks.size() + 1, i + 1, normalize(lines.subList(start, end))));
        i = end;
      }
    }
    return blocks;
  }

  /** The marked regions of the Java sources; fails on a marker without its pair. */
  static List<Region> regions() {
    List<Region> regions = new ArrayList<>();
    for (Path root : SOURCES) {
      assertThat(root).as(root.toAbsolutePath().normalize().toString()).isDirectory();
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java")).sorted(Comparator.naturalOrder())
            .forEach(file -> regions.addAll(regions(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return regions;
  }

  private static List<Region> regions(Path file) {
    List<String> lines = read(file);
    List<Region> regions = new ArrayList<>();
    String open = null;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().startsWith("// tour:")) {
        continue;
      }
      Matcher marker = MARKER.matcher(lines.get(i));
      if (!marker.matches()) {
        fail(file + ":" + (i + 1) + ": a marker reads '// tour:begin NAME' or '// tour:end NAME'");
      }
      String name = marker.group(2);
      if (name.isEmpty()) {
        fail(file + ":" + (i + 1) + ": the marker names no region");
      }
      if (marker.group(1).equals("begin")) {
        if (open != null) {
          fail(file + ":" + (i + 1) + ": region '" + name + "' begins inside region '" + open + "'");
        }
        open = name;
        start = i + 1;
      } else {
        if (!name.equals(open)) {
          fail(file + ":" + (i + 1) + ": 'tour:end " + name + "' closes "
              + (open == null ? "no region" : "region '" + open + "'"));
        }
        regions.add(new Region(name, file, start + 1, normalize(lines.subList(start, i))));
        open = null;
      }
    }
    if (open != null) {
      fail(file + ":" + start + ": region '" + open + "' has no 'tour:end " + open + "'");
    }
    return regions;
  }

  /** Without trailing spaces, leading and trailing blank lines and the lines' common indentation. */
  static List<String> normalize(List<String> lines) {
    List<String> stripped = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
    while (!stripped.isEmpty() && stripped.get(0).isEmpty()) {
      stripped.remove(0);
    }
    while (!stripped.isEmpty() && stripped.get(stripped.size() - 1).isEmpty()) {
      stripped.remove(stripped.size() - 1);
    }
    int indent = stripped.stream().filter(l -> !l.isEmpty())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return stripped.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).toList();
  }

  private static String closest(List<String> code, List<Region> regions) {
    Region best = regions.stream().max(Comparator.comparingInt(r -> similarity(code, r.code()))).orElse(null);
    if (best == null) {
      return "there are no marked regions";
    }
    return "nearest is " + best.describe() + ": " + difference(code, "README", best.code(), "source");
  }

  private static String closestBlock(List<String> code, List<Block> blocks) {
    Block best = blocks.stream().max(Comparator.comparingInt(b -> similarity(code, b.code()))).orElse(null);
    if (best == null) {
      return "README.md has no java blocks";
    }
    return "nearest is " + best.describe() + ": " + difference(best.code(), "README", code, "source");
  }

  /** How many lines the two have in common, counted as a set. */
  private static int similarity(List<String> a, List<String> b) {
    return (int) a.stream().filter(b::contains).count();
  }

  private static String difference(List<String> readme, String readmeName, List<String> source, String sourceName) {
    int n = Math.max(readme.size(), source.size());
    for (int i = 0; i < n; i++) {
      String r = i < readme.size() ? readme.get(i) : null;
      String s = i < source.size() ? source.get(i) : null;
      if (!Objects.equals(r, s)) {
        return "first difference at its line " + (i + 1) + ":\n  " + readmeName + ": " + show(r) + "\n  "
            + sourceName + ": " + show(s);
      }
    }
    return "no difference";
  }

  private static String show(String line) {
    return line == null ? "(no line)" : "[" + line + "]";
  }

  private static String firstLine(List<String> code) {
    String first = code.isEmpty() ? "empty" : code.get(0).strip();
    return first.length() > 60 ? first.substring(0, 57) + "..." : first;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toAbsolutePath().normalize().toString(), e);
    }
  }
}
