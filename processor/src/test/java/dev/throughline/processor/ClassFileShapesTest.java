package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.ProcessorRun.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through and target entities that come compiled, from a jar on the class path, rather than as
 * sources: javac reads them from class files, where the processor must find the same ids, access
 * type, entity names, members and constructors.
 */
class ClassFileShapesTest {

  @TempDir Path directory;

  @Test
  void throughAndTargetFromAJar() throws IOException {
    List<File> classPath = JarModel.build(directory.resolve("clinic-model.jar"),
        source("lib.Identified", """
            package lib;

            import jakarta.persistence.*;

            @MappedSuperclass
            public abstract class Identified {
              @Id @GeneratedValue protected Long id;

              public Long getId() { return id; }
            }
            """),
        source("lib.Patient", """
            package lib;

            import jakarta.persistence.*;

            @Entity
            public class Patient extends Identified {
              String name;
            }
            """),
        source("lib.Appointment", """
            package lib;

            import jakarta.persistence.*;
            import java.time.LocalDate;

            @Entity(name = "Visit")
            public class Appointment {
              private Long key;
              private Long doctorId;
              private Long patientId;
              private LocalDate on;

              @Id @GeneratedValue public Long getId() { return key; }
              public void setId(Long id) { this.key = id; }
              public Long getDoctorId() { return doctorId; }
              public void setDoctorId(Long doctorId) { this.doctorId = doctorId; }
              public Long getPatientId() { return patientId; }
              public void setPatientId(Long patientId) { this.patientId = patientId; }
              public LocalDate getOn() { return on; }
              public void setOn(LocalDate on) { this.on = on; }
            }
            """));
    JavaFileObject doctor = source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;
        import lib.Appointment;
        import lib.Patient;

        @Entity
        public class Doctor {
          @Id @GeneratedValue Long id;

          @Transient
          @HasManyThrough(through = Appointment.class)
          List<Patient> patients;
        }
        """);
    Compilation compilation = compileAgainst(classPath, doctor);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.DoctorPatients").contentsAsUtf8String()
        .contains(".targetById(Patient.class, \"Patient\", \"id\", Patient::getId)");
    assertThat(compilation).generatedSourceFile("p.DoctorPatients").contentsAsUtf8String()
        .contains(".through(Appointment.class, \"Visit\", \"id\", Appointment::new)");
    assertThat(compilation).generatedSourceFile("p.DoctorPatients").contentsAsUtf8String()
        .contains(".throughKeyFromValue(\"doctorId\", (row, key) -> row.setDoctorId(key))");
    assertThat(compilation).generatedSourceFile("p.DoctorPatients").contentsAsUtf8String()
        .contains(".throughKeyToValue(\"patientId\", (row, key) -> row.setPatientId(key))");
    assertThat(compilation).generatedSourceFile("p.DoctorRelations");
  }

  @Test
  void embeddedIdThroughFromAJar() throws IOException {
    List<File> classPath = JarModel.build(directory.resolve("school-model.jar"),
        source("lib.Person", """
            package lib;

            import jakarta.persistence.*;

            @Entity
            @Inheritance
            public class Person {
              @Id @GeneratedValue protected Long id;

              public Long getId() { return id; }
            }
            """),
        source("lib.Classroom", """
            package lib;

            import jakarta.persistence.*;

            @Entity
            public class Classroom {
              @Id @GeneratedValue Long id;

              public Long getId() { return id; }
            }
            """),
        source("lib.Enrollment", """
            package lib;

            import jakarta.persistence.*;

            @Entity
            public class Enrollment {
              @EmbeddedId private EnrollmentId id;
              @ManyToOne @MapsId("personId") private Person person;
              @ManyToOne @MapsId("classroomId") private Classroom classroom;

              public EnrollmentId getId() { return id; }
              public void setId(EnrollmentId id) { this.id = id; }
              public void setPerson(Person person) { this.person = person; }
              public void setClassroom(Classroom classroom) { this.classroom = classroom; }
            }
            """),
        source("lib.EnrollmentId", """
            package lib;

            import jakarta.persistence.Embeddable;
            import java.io.Serializable;

            @Embeddable
            public class EnrollmentId implements Serializable {
              private static final long serialVersionUID = 1L;
              Long personId;
              Long classroomId;
            }
            """));
    JavaFileObject pupil = source("p.Pupil", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;
        import lib.Classroom;
        import lib.Enrollment;
        import lib.Person;

        @Entity
        public class Pupil extends Person {
          @Transient
          @HasManyThrough(through = Enrollment.class, throughKeyFrom = "person")
          List<Classroom> classrooms;
        }
        """);
    Compilation compilation = compileAgainst(classPath, pupil);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.PupilClassrooms").contentsAsUtf8String()
        .contains(".through(Enrollment.class, \"Enrollment\", \"id\", PupilClassrooms::newThroughRow)");
    assertThat(compilation).generatedSourceFile("p.PupilClassrooms").contentsAsUtf8String()
        .contains("""
                if (row.getId() == null) {
                  row.setId(new EnrollmentId());
                }
            """);
    assertThat(compilation).generatedSourceFile("p.PupilClassrooms").contentsAsUtf8String()
        .contains(".throughKeyFromAssociation(\"person\", (row, source) -> row.setPerson(source))");
  }

  @Test
  void aWrongKeyIntoAJarEntityIsStillAnErrorOnTheAnnotation() throws IOException {
    List<File> classPath = JarModel.build(directory.resolve("broken-model.jar"),
        source("lib.Patient", """
            package lib;

            import jakarta.persistence.*;

            @Entity
            public class Patient {
              @Id public Long id;
            }
            """),
        source("lib.Appointment", """
            package lib;

            import jakarta.persistence.*;

            @Entity
            public class Appointment {
              @Id public Long id;
              public Long doctorId;
              public Long patientId;
            }
            """));
    JavaFileObject doctor = source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;
        import lib.Appointment;
        import lib.Patient;

        @Entity
        public class Doctor {
          @Id Long id;

          @Transient
          @HasManyThrough(through = Appointment.class, throughKeyTo = "clientId")
          List<Patient> patients;
        }
        """);
    Compilation compilation = compileAgainst(classPath, doctor);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineUnknownKey] throughKeyTo 'clientId' is not an attribute of Appointment;"
            + " its attributes are: id, doctorId, patientId")
        .inFile(doctor)
        .onLine(14);
  }

  private static Compilation compileAgainst(List<File> classPath, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new HasManyThroughProcessor())
        .withClasspath(classPath)
        .compile(sources);
  }
}
