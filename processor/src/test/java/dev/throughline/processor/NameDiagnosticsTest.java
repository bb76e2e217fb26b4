package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.DiagnosticAssertions.assertOnlyError;
import static dev.throughline.processor.DiagnosticAssertions.assertOnlyErrors;
import static dev.throughline.processor.DiagnosticAssertions.error;
import static dev.throughline.processor.ProcessorRun.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Accessor names: generated once per compilation, never over a class the user wrote. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
class NameDiagnosticsTest {

  @Parameter TestCompiler compiler;

  /** A class the user wrote, of the name the clinic's accessor would have. */
  private static final JavaFileObject HAND_WRITTEN_ACCESSOR = source("p.DoctorPatients", """
      package p;

      public class DoctorPatients {}
      """);

  @TempDir Path earlierBuild;

  @Test
  void twoRelationsThatWouldGenerateTheSameClass() {
    JavaFileObject wards = source("p.Wards", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        public class Wards {
          @Entity(name = "WardDoctor")
          public static class Doctor {
            @Id Long id;

            @Transient
            @HasManyThrough(through = Appointment.class)
            List<Patient> patients;
          }
        }
        """);
    assertOnlyErrors(compiler.compile(Clinic.DOCTOR, wards, Clinic.APPOINTMENT, Clinic.PATIENT),
        error(Clinic.DOCTOR, 13, "[ThroughlineDuplicateAccessor] relation p.Doctor.patients would generate"
            + " p.DoctorPatients, which relation p.Wards.Doctor.patients generates too; rename a relation field"
            + " or an entity so that the names differ"),
        error(wards, 13, "[ThroughlineDuplicateAccessor] relation p.Wards.Doctor.patients would generate"
            + " p.DoctorPatients, which relation p.Doctor.patients generates too"),
        error(wards, 9, "[ThroughlineDuplicateAccessor] the relation registry of p.Wards.Doctor would"
            + " generate p.DoctorRelations, which the relation registry of p.Doctor generates too"));
  }

  @Test
  void aClassOfTheAccessorsNameAlreadyExists() {
    assertOnlyError(compiler.compile(Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT, HAND_WRITTEN_ACCESSOR), Clinic.DOCTOR,
        13, "[ThroughlineAccessorExists] relation p.Doctor.patients would generate"
            + " p.DoctorPatients, but a class of that name already exists; rename the relation field (or the"
            + " entity) or that class");
  }

  @Test
  void aClassOfTheAccessorsNameOnTheClassPath() throws IOException {
    Compilation earlier = Compiler.javac().compile(HAND_WRITTEN_ACCESSOR);
    assertThat(earlier).succeeded();
    writeClasses(earlier);
    assertOnlyError(compileAgainstEarlierBuild(), Clinic.DOCTOR, 13,
        "[ThroughlineAccessorExists] relation p.Doctor.patients would generate p.DoctorPatients");
  }

  @Test
  void anAccessorLeftByAnEarlierBuildIsReplaced() throws IOException {
    Compilation earlier = compiler.compile(Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(earlier).succeeded();
    writeClasses(earlier);
    Compilation compilation = compileAgainstEarlierBuild();
    if (compiler == TestCompiler.ECJ) {
      // ecj's Filer refuses to create a type that the class path has: a build with ecj starts clean
      assertOnlyErrors(compilation,
          error(Clinic.DOCTOR, 13, "[ThroughlineWriteFailed] could not write the generated class p.DoctorPatients:"
              + " Source file already exists : p.DoctorPatients"),
          error(Clinic.DOCTOR, 8, "[ThroughlineWriteFailed] could not write the generated class p.DoctorRelations:"
              + " Source file already exists : p.DoctorRelations"));
      return;
    }
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.DoctorPatients");
  }

  /** The clinic, compiled with the processor against what {@link #writeClasses} left. */
  private Compilation compileAgainstEarlierBuild() {
    return compiler.processing()
        .withClasspath(classPathWithEarlierBuild())
        .compile(Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT);
  }

  private void writeClasses(Compilation compilation) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String name = file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "");
        Path target = earlierBuild.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
  }

  private List<File> classPathWithEarlierBuild() {
    List<File> classPath = new ArrayList<>();
    classPath.add(earlierBuild.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    return classPath;
  }
}
