package dev.throughline.processor;

import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager.Location;
import javax.tools.JavaFileObject;

/**
 * A {@link Filer} that fails whenever a source is created: either as javac's filer refuses a file
 * (an {@link IOException}), or unexpectedly, as a processor bug would.
 */
final class FailingFiler implements Filer {

  private final boolean unexpected;

  private FailingFiler(boolean unexpected) {
    this.unexpected = unexpected;
  }

  /** Throws an {@link IllegalStateException}. */
  static FailingFiler unexpectedly() {
    return new FailingFiler(true);
  }

  /** Throws a {@link FilerException}, as javac does for a file it will not create. */
  static FailingFiler refusing() {
    return new FailingFiler(false);
  }

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
    if (unexpected) {
      throw new IllegalStateException("simulated failure creating " + name);
    }
    throw new FilerException("simulated refusal to create " + name);
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
    throw new IllegalStateException("simulated failure creating " + name);
  }

  @Override
  public FileObject createResource(
      Location location, CharSequence moduleAndPkg, CharSequence relativeName, Element... originatingElements) {
    throw new IllegalStateException("simulated failure creating " + relativeName);
  }

  @Override
  public FileObject getResource(Location location, CharSequence moduleAndPkg, CharSequence relativeName)
      throws IOException {
    throw new IOException("no resources here");
  }
}
