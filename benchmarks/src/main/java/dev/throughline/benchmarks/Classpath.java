package dev.throughline.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/** The jars this JVM runs on: the class path and, for {@code java -jar}, its manifest's Class-Path. */
final class Classpath {

  private Classpath() {}

  static List<Path> entries() {
    Set<Path> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry).toAbsolutePath().normalize();
      entries.add(path);
      if (path.toString().endsWith(".jar") && Files.isRegularFile(path)) {
        try (JarFile jar = new JarFile(path.toFile())) {
          Manifest manifest = jar.getManifest();
          String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
          if (classPath != null) {
            for (String item : classPath.trim().split("\\s+")) {
              entries.add(path.getParent().resolve(item).normalize());
            }
          }
        } catch (IOException e) {
          throw new IllegalStateException("Cannot read " + path, e);
        }
      }
    }
    return new ArrayList<>(entries);
  }

  /** The jar of this artifact: its file name is the artifact id, a dash and a version starting with a digit. */
  static Path jarOf(List<Path> entries, String artifactId) {
    for (Path entry : entries) {
      String file = entry.getFileName().toString();
      if (file.endsWith(".jar") && file.startsWith(artifactId + "-")
          && Character.isDigit(file.charAt(artifactId.length() + 1))) {
        return entry;
      }
    }
    throw new IllegalStateException("No " + artifactId + " jar on the class path " + entries);
  }

  static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
