package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated class, and every public member of it, carries Javadoc, and the class carries
 * {@code @Generated}. The generated sources are compiled again, once with a processor that reads
 * their doc comments through {@code Elements.getDocComment}, once under javac's doclint.
 */
class GeneratedDocumentationTest {

  @TempDir Path classes;

  private List<JavaFileObject> models;
  private List<JavaFileObject> generated;
  private Compilation first;

  @BeforeEach
  void generate() {
    models = new ArrayList<>();
    models.addAll(GoldenModels.CLINIC);
    models.addAll(GoldenModels.FOLLOWS);
    models.addAll(GoldenModels.SHOP);
    models.addAll(GoldenModels.LIBRARY);
    models.addAll(GoldenModels.SCHOOL);
    first = ProcessorRun.compile(models.toArray(JavaFileObject[]::new));
    assertThat(first).succeededWithoutWarnings();
    generated = first.generatedSourceFiles();
    assertThat(generated).hasSize(6 + 5); // six accessors, five registries
  }

  @Test
  void everyGeneratedClassAndPublicMemberHasJavadocAndTheClassIsGenerated() {
    DocCommentReader reader = new DocCommentReader();
    List<JavaFileObject> sources = new ArrayList<>(models);
    sources.addAll(generated);
    Compilation second = Compiler.javac().withProcessors(reader).withOptions("-proc:only").compile(sources);
    assertThat(second).succeededWithoutWarnings();

    assertThat(reader.types).hasSize(generated.size());
    assertThat(reader.generatedBy.values()).containsOnly("dev.throughline.processor.HasManyThroughProcessor");
    assertThat(reader.docs).hasSizeGreaterThan(generated.size() * 3);
    reader.docs.forEach((member, doc) -> assertThat(doc).as("Javadoc of %s", member).isNotBlank());
  }

  @Test
  void generatedJavadocPassesDoclint() throws IOException {
    writeClasses(first);
    List<File> classPath = new ArrayList<>();
    classPath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    // Only the generated sources are compiled, against the models' classes: doclint judges them alone.
    Compilation doclint = Compiler.javac()
        .withClasspath(classPath)
        .withOptions("-Xdoclint:all/protected", "-Werror", "-proc:none")
        .compile(generated);
    assertThat(doclint).succeededWithoutWarnings();
  }

  private void writeClasses(Compilation compilation) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = classes.resolve(file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
  }

  /** Reads the doc comments of the generated classes (those annotated {@code @Generated}) and their public members. */
  private static final class DocCommentReader extends EveryRoundProcessor {

    final List<String> types = new ArrayList<>();
    final Map<String, String> generatedBy = new LinkedHashMap<>();
    final Map<String, String> docs = new LinkedHashMap<>();

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (Element root : round.getRootElements()) {
        TypeElement type = (TypeElement) root;
        generator(type).ifPresent(generator -> read(type, generator));
      }
      return false;
    }

    private void read(TypeElement type, String generator) {
      String name = type.getQualifiedName().toString();
      types.add(name);
      generatedBy.put(name, generator);
      docs.put(name, docComment(type));
      for (Element member : type.getEnclosedElements()) {
        if (member.getModifiers().contains(Modifier.PUBLIC)) {
          docs.put(name + "." + member, docComment(member));
        }
      }
    }

    /** The doc comment, empty when there is none. */
    private String docComment(Element element) {
      return Objects.requireNonNullElse(processingEnv.getElementUtils().getDocComment(element), "");
    }

    /** The {@code @Generated} value, if the type carries one. */
    private static Optional<String> generator(TypeElement type) {
      for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
        if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals("javax.annotation.processing.Generated")) {
          return annotation.getElementValues().values().stream()
              .map(value -> (AnnotationValue) ((List<?>) value.getValue()).get(0))
              .map(value -> String.valueOf(value.getValue()))
              .findFirst();
        }
      }
      return Optional.empty();
    }
  }
}
