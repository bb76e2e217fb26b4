package dev.throughline.processor;

import static dev.throughline.processor.DiagnosticAssertions.assertOnlyError;
import static dev.throughline.processor.ProcessorRun.generatedSource;
import static dev.throughline.processor.ProcessorRun.source;
import static dev.throughline.processor.SourceFile.entity;
import static org.assertj.core.api.Assertions.assertThat;

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
        entity("lib.Patient", "String name;").replace("class Patient", "class Patient extends Identified").file(),
        entity("lib.Appointment", """
            private Long key;
            private Long doctorId;
            private Long patientId;
            private LocalDate on;

            @Id @GeneratedValue public Long getId() { return key; }
            public Long getDoctorId() { return doctorId; }
            public Long getPatientId() { return patientId; }
            public LocalDate getOn() { return on; }

            public void setId(Long id) { this.key = id; }
            public void setDoctorId(Long doctorId) { this.doctorId = doctorId; }
            public void setPatientId(Long patientId) { this.patientId = patientId; }
            public void setOn(LocalDate on) { this.on = on; }
            """).replace("@Entity", "@Entity(name = \"Visit\")").importing("java.time.LocalDate").file());
    JavaFileObject doctor = Clinic.doctor()
        .replace("@Id Long id;", "@Id @GeneratedValue Long id;")
        .importing("lib.Appointment", "lib.Patient")
        .file();
    Compilation compilation = compileAgainst(classPath, doctor);
    assertThat(generatedSource(compilation, "p.DoctorPatients"))
        .contains(".target(Patient.class, \"Patient\", Relation.idKey(\"id\"), Patient::getId)")
        .contains(".through(Appointment.class, \"Visit\", \"id\", Appointment::new)")
        .contains(".throughKeyFromValue(\"doctorId\", (row, key) -> row.setDoctorId(key))")
        .contains(".throughKeyToValue(\"patientId\", (row, key) -> row.setPatientId(key))");
    generatedSource(compilation, "p.DoctorRelations");
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
    assertThat(generatedSource(compileAgainst(classPath, pupil), "p.PupilClassrooms"))
        .contains(".through(Enrollment.class, \"Enrollment\", \"id\", PupilClassrooms::newThroughRow)")
        .contains("""
                if (row.getId() == null) {
                  row.setId(new EnrollmentId());
                }
            """)
        .contains(".throughKeyFromAssociation(\"person\", (row, source) -> row.setPerson(source))");
  }

  @Test
  void aWrongKeyIntoAJarEntityIsStillAnErrorOnTheAnnotation() throws IOException {
    List<File> classPath = JarModel.build(directory.resolve("broken-model.jar"),
        entity("lib.Patient", "@Id public Long id;").file(),
        entity("lib.Appointment", "@Id public Long id;\npublic Long doctorId;\npublic Long patientId;").file());
    JavaFileObject doctor = Clinic.doctor()
        .importing("lib.Appointment", "lib.Patient")
        .replace("through = Appointment.class", "through = Appointment.class, throughKeyTo = \"clientId\"")
        .file();
    assertOnlyError(compileAgainst(classPath, doctor), doctor, 14,
        "[ThroughlineUnknownKey] throughKeyTo 'clientId' is not an attribute of Appointment;"
            + " its attributes are: id, doctorId, patientId");
  }

  private static Compilation compileAgainst(List<File> classPath, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new HasManyThroughProcessor())
        .withClasspath(classPath)
        .compile(sources);
  }
}
