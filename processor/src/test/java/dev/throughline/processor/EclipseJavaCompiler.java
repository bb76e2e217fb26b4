package dev.throughline.processor;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * Eclipse's compiler as compile-testing takes it. ecj reads each compilation unit from a real file named by its
 * path, which compile-testing's sources in memory are not: this writes them to a temporary directory, hands ecj
 * those files, and reports diagnostics on the original sources, so that assertions name the files tests made.
 */
final class EclipseJavaCompiler implements JavaCompiler {

  private final EclipseCompiler ecj = new EclipseCompiler();

  @Override
  public CompilationTask getTask(Writer out, JavaFileManager fileManager,
      DiagnosticListener<? super JavaFileObject> listener, Iterable<String> options, Iterable<String> classes,
      Iterable<? extends JavaFileObject> units) {
    Map<String, JavaFileObject> originals = new HashMap<>();
    List<JavaFileObject> onDisk = new ArrayList<>();
    Path directory = temporaryDirectory();
    for (JavaFileObject unit : units) {
      JavaFileObject written = write(directory, unit);
      originals.put(written.toUri().getPath(), unit);
      onDisk.add(written);
    }
    // ecj names a unit's file in diagnostics by its path, with objects of its own
    DiagnosticListener<JavaFileObject> mapped = diagnostic -> {
      JavaFileObject source = diagnostic.getSource();
      JavaFileObject original = source == null ? null : originals.get(source.toUri().getPath());
      listener.report(onSource(diagnostic, original == null ? source : original));
    };
    // ecj also prints every problem it reports to the listener; javac, given a listener, does not
    Writer log = out == null ? Writer.nullWriter() : out;
    CompilationTask task = ecj.getTask(
        log, new UnsetLocations((StandardJavaFileManager) fileManager), mapped, options, classes, onDisk);
    return new CompilationTask() {
      @Override
      public Boolean call() {
        try {
          return task.call();
        } finally {
          delete(directory);
        }
      }

      @Override
      public void setProcessors(Iterable<? extends Processor> processors) {
        task.setProcessors(processors);
      }

      @Override
      public void setLocale(Locale locale) {
        task.setLocale(locale);
      }

      @Override
      public void addModules(Iterable<String> moduleNames) {
        task.addModules(moduleNames);
      }
    };
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("ecj-sources");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject write(Path directory, JavaFileObject unit) {
    try {
      Path file = directory.resolve(unit.toUri().getPath().replaceFirst("^/", ""));
      Files.createDirectories(file.getParent());
      Files.writeString(file, unit.getCharContent(true), StandardCharsets.UTF_8);
      return new ForwardingJavaFileObject<>(unit) {
        @Override
        public String getName() {
          return file.toString();
        }

        @Override
        public URI toUri() {
          return file.toUri();
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Diagnostic<JavaFileObject> onSource(
      Diagnostic<? extends JavaFileObject> diagnostic, JavaFileObject source) {
    return new Diagnostic<>() {
      @Override public Kind getKind() { return diagnostic.getKind(); }
      @Override public JavaFileObject getSource() { return source; }
      @Override public long getPosition() { return diagnostic.getPosition(); }
      @Override public long getStartPosition() { return diagnostic.getStartPosition(); }
      @Override public long getEndPosition() { return diagnostic.getEndPosition(); }
      @Override public long getLineNumber() { return diagnostic.getLineNumber(); }
      @Override public long getColumnNumber() { return diagnostic.getColumnNumber(); }
      @Override public String getCode() { return diagnostic.getCode(); }
      @Override public String getMessage(Locale locale) { return diagnostic.getMessage(locale); }
      @Override
      public String toString() {
        String where = source == null ? "" : source.getName() + ":" + getLineNumber() + ": ";
        return where + getKind().toString().toLowerCase(Locale.ROOT) + ": " + getMessage(Locale.ROOT);
      }
    };
  }

  /**
   * compile-testing's file manager answers {@code getLocationAsPaths} for a location it has no paths for with an
   * iterable that fails when read, where ecj expects {@code null}, and logs the failure.
   */
  private static final class UnsetLocations extends ForwardingJavaFileManager<StandardJavaFileManager>
      implements StandardJavaFileManager {

    UnsetLocations(StandardJavaFileManager fileManager) {
      super(fileManager);
    }

    @Override
    public Iterable<? extends Path> getLocationAsPaths(Location location) {
      return fileManager.getLocation(location) == null ? null : fileManager.getLocationAsPaths(location);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromFiles(Iterable<? extends File> files) {
      return fileManager.getJavaFileObjectsFromFiles(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(File... files) {
      return fileManager.getJavaFileObjects(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromStrings(Iterable<String> names) {
      return fileManager.getJavaFileObjectsFromStrings(names);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(String... names) {
      return fileManager.getJavaFileObjects(names);
    }

    @Override
    public void setLocation(Location location, Iterable<? extends File> files) throws IOException {
      fileManager.setLocation(location, files);
    }

    @Override
    public Iterable<? extends File> getLocation(Location location) {
      return fileManager.getLocation(location);
    }
  }

  @Override
  public StandardJavaFileManager getStandardFileManager(
      DiagnosticListener<? super JavaFileObject> listener, Locale locale, Charset charset) {
    return ecj.getStandardFileManager(listener, locale, charset);
  }

  @Override
  public int isSupportedOption(String option) {
    return ecj.isSupportedOption(option);
  }

  @Override
  public int run(InputStream in, OutputStream out, OutputStream err, String... arguments) {
    return ecj.run(in, out, err, arguments);
  }

  @Override
  public Set<SourceVersion> getSourceVersions() {
    return ecj.getSourceVersions();
  }
}
