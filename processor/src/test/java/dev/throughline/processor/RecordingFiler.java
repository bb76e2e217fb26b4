package dev.throughline.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager.Location;
import javax.tools.JavaFileObject;

/** A {@link Filer} that records every source file created, with its originating elements. */
final class RecordingFiler implements Filer {

  /** One {@code createSourceFile} call. */
  record Created(String name, List<Element> originatingElements) {}

  private final Filer delegate;
  final List<Created> created = new ArrayList<>();

  RecordingFiler(Filer delegate) {
    this.delegate = delegate;
  }

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
    created.add(new Created(name.toString(), List.of(originatingElements)));
    return delegate.createSourceFile(name, originatingElements);
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
    return delegate.createClassFile(name, originatingElements);
  }

  @Override
  public FileObject createResource(
      Location location, CharSequence moduleAndPkg, CharSequence relativeName, Element... originatingElements)
      throws IOException {
    return delegate.createResource(location, moduleAndPkg, relativeName, originatingElements);
  }

  @Override
  public FileObject getResource(Location location, CharSequence moduleAndPkg, CharSequence relativeName)
      throws IOException {
    return delegate.getResource(location, moduleAndPkg, relativeName);
  }
}
