package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated accessors and registries of six models, compared character for character with the sources checked
 * in under {@code src/test/resources/golden/}. A change to the generator shows up here as a diff to
 * review; run with {@code -Dgolden.update=true} to rewrite the files after reviewing it.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
class GoldenSourcesTest {

  @Parameter TestCompiler compiler;

  static Stream<Arguments> accessors() {
    return Stream.of(
        Arguments.of(GoldenModels.CLINIC, "p.DoctorPatients"),
        Arguments.of(GoldenModels.FOLLOWS, "p.UserFollowers"),
        Arguments.of(GoldenModels.FOLLOWS, "p.UserFollowing"),
        Arguments.of(GoldenModels.SHOP, "shop.StoreProducts"),
        Arguments.of(GoldenModels.LIBRARY, "library.AuthorBooks"),
        Arguments.of(GoldenModels.SCHOOL, "school.PupilClassrooms"),
        Arguments.of(GoldenModels.TEAM, "team.ProjectMembers"),
        Arguments.of(GoldenModels.CLINIC, "p.DoctorRelations"),
        Arguments.of(GoldenModels.FOLLOWS, "p.UserRelations"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("accessors")
  void generatedSourceMatchesGolden(List<JavaFileObject> model, String accessor) throws IOException {
    Compilation compilation = compiler.compile(model.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    String generated = compilation.generatedSourceFile(accessor).orElseThrow().getCharContent(true).toString();
    String resource = "golden/" + accessor + ".java";
    if (Boolean.getBoolean("golden.update")) {
      Path file = Path.of("src/test/resources", resource);
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated).isEqualTo(golden(resource));
  }

  private static String golden(String resource) throws IOException {
    try (InputStream in = GoldenSourcesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("golden file %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
