package dev.throughline.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Stands for another annotation processor whose output a relation needs: it generates a type one
 * round late (a marker in round 1, to keep rounds going, and the wanted type in round 2).
 */
final class LateEntityProcessor extends EveryRoundProcessor {

  private final String qualifiedName;
  private final String source;
  private int round;

  LateEntityProcessor(String qualifiedName, String source) {
    this.qualifiedName = qualifiedName;
    this.source = source;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    round++;
    if (round == 1) {
      write("p.LateMarker", "package p;\n\nfinal class LateMarker {}\n");
    } else if (round == 2) {
      write(qualifiedName, source);
    }
    return false;
  }

  private void write(String name, String text) {
    try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
      writer.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
