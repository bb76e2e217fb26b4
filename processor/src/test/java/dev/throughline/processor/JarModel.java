package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;

/** Entities compiled into a jar, the way a library ships them, and a class path that holds it. */
final class JarModel {

  private JarModel() {}

  /**
   * Compiles the sources without any processor and packs their classes into {@code jar}.
   *
   * @return the class path of the tests with the jar first
   */
  static List<File> build(Path jar, JavaFileObject... sources) throws IOException {
    Compilation compilation = Compiler.javac().withOptions("-proc:none").compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (JavaFileObject generated : compilation.generatedFiles()) {
        if (generated.getKind() == JavaFileObject.Kind.CLASS) {
          out.putNextEntry(new JarEntry(generated.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "")));
          try (InputStream in = generated.openInputStream()) {
            in.transferTo(out);
          }
          out.closeEntry();
        }
      }
    }
    List<File> classPath = new ArrayList<>();
    classPath.add(jar.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    return classPath;
  }
}
