package dev.throughline.processor;

import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager.Location;
import javax.tools.JavaFileObject;

/** A {@link Filer} that fails unexpectedly, as a processor bug would, whenever a source is created. */
final class FailingFiler implements Filer {

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
    throw new IllegalStateException("simulated failure creating " + name);
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
