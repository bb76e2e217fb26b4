package dev.throughline.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts the tables of a complete run into {@code BENCHMARKS.md}, between the markers {@code <!--
 * results:<db>-<mode> -->} and {@code <!-- end results:<db>-<mode> -->}, so that the document shows
 * what the last run measured; the prose around them is written by hand. Nothing happens when the
 * document has no such markers.
 */
final class BenchmarksDocument {

  private BenchmarksDocument() {}

  static void splice(Path document, String stem, String markdown) throws IOException {
    if (!Files.exists(document)) {
      return;
    }
    String text = Files.readString(document);
    String begin = "<!-- results:" + stem + " -->";
    String end = "<!-- end results:" + stem + " -->";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      System.out.printf("%s has no %s section; left alone%n", document, stem);
      return;
    }
    String spliced = text.substring(0, from + begin.length()) + "\n\n" + markdown.strip() + "\n\n" + text.substring(to);
    Files.writeString(document, spliced);
    System.out.printf("Replaced the %s section of %s%n", stem, document);
  }
}
