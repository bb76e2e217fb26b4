package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.ProcessorRun.compile;
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

/** Accessor names: generated once per compilation, never over a class the user wrote. */
class NameDiagnosticsTest {

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
    Compilation compilation = compile(Clinic.DOCTOR, wards, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineDuplicateAccessor] relation p.Doctor.patients would generate"
            + " p.DoctorPatients, which relation p.Wards.Doctor.patients generates too; rename a relation field"
            + " or an entity so that the names differ")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineDuplicateAccessor] relation p.Wards.Doctor.patients would generate"
            + " p.DoctorPatients, which relation p.Doctor.patients generates too")
        .inFile(wards)
        .onLine(13);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineDuplicateAccessor] the relation registry of p.Wards.Doctor would"
            + " generate p.DoctorRelations, which the relation registry of p.Doctor generates too")
        .inFile(wards)
        .onLine(9);
  }

  @Test
  void aClassOfTheAccessorsNameAlreadyExists() {
    JavaFileObject handWritten = source("p.DoctorPatients", """
        package p;

        public class DoctorPatients {}
        """);
    Compilation compilation = compile(Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT, handWritten);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineAccessorExists] relation p.Doctor.patients would generate"
            + " p.DoctorPatients, but a class of that name already exists; rename the relation field (or the"
            + " entity) or that class")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void aClassOfTheAccessorsNameOnTheClassPath() throws IOException {
    Compilation earlier = Compiler.javac().compile(source("p.DoctorPatients", """
        package p;

        public class DoctorPatients {}
        """));
    assertThat(earlier).succeeded();
    writeClasses(earlier);
    Compilation compilation = Compiler.javac()
        .withProcessors(new HasManyThroughProcessor())
        .withClasspath(classPathWithEarlierBuild())
        .compile(Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineAccessorExists] relation p.Doctor.patients would generate p.DoctorPatients")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void anAccessorLeftByAnEarlierBuildIsReplaced() throws IOException {
    Compilation earlier = compile(Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(earlier).succeeded();
    writeClasses(earlier);
    Compilation compilation = Compiler.javac()
        .withProcessors(new HasManyThroughProcessor())
        .withClasspath(classPathWithEarlierBuild())
        .compile(Clinic.DOCTOR, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.DoctorPatients");
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
