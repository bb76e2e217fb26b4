package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.throughline.processor.ProcessorRun.compile;
import static dev.throughline.processor.ProcessorRun.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors about the four keys: names that are not attributes, defaults that cannot be found, and
 * keys that do not fit together. A named key's error points at its value (line 16 of {@link
 * #doctorNaming}); a defaulted key's error points at the annotation.
 */
class KeyDiagnosticsTest {

  @Test
  void unknownThroughKeyFrom() {
    JavaFileObject doctor = doctorNaming("throughKeyFrom = \"docId\"");
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineUnknownKey] throughKeyFrom 'docId' is not an attribute of Appointment;"
            + " its attributes are: id, doctorId, patientId, appointmentDate")
        .inFile(doctor)
        .onLine(16);
  }

  @Test
  void unknownThroughKeyTo() {
    JavaFileObject doctor = doctorNaming("throughKeyTo = \"patient\"");
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineUnknownKey] throughKeyTo 'patient' is not an attribute of Appointment;"
            + " its attributes are: id, doctorId, patientId, appointmentDate")
        .inFile(doctor)
        .onLine(16);
  }

  @Test
  void unknownKeyFromListsOnlyPersistentAttributes() {
    JavaFileObject doctor = doctorNaming("keyFrom = \"licence\"");
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineUnknownKey] keyFrom 'licence' is not an attribute of Doctor;"
            + " its attributes are: id, name, code")
        .inFile(doctor)
        .onLine(16);
  }

  @Test
  void unknownKeyTo() {
    JavaFileObject doctor = doctorNaming("keyTo = \"ssn\"");
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineUnknownKey] keyTo 'ssn' is not an attribute of Patient;"
            + " its attributes are: pid, name")
        .inFile(doctor)
        .onLine(16);
  }

  @Test
  void defaultedThroughKeyOfTheWrongType() {
    JavaFileObject appointment = appointment("String doctorId;", "Long patientId;");
    Compilation compilation = compile(Clinic.DOCTOR, appointment, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineKeyTypeMismatch] throughKeyFrom 'doctorId' of Appointment has type"
            + " String, but it references keyFrom 'id' of Doctor, which has type Long; give both the same type,"
            + " or name attributes that match")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void namedThroughKeyOfTheWrongType() {
    JavaFileObject doctor = doctorNaming("throughKeyTo = \"patientCode\"");
    JavaFileObject appointment = appointment("Long doctorId;", "String patientCode;");
    Compilation compilation = compile(doctor, appointment, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineKeyTypeMismatch] throughKeyTo 'patientCode' of Appointment has type"
            + " String, but it references keyTo 'pid' of Patient, which has type Long")
        .inFile(doctor)
        .onLine(16);
  }

  @Test
  void throughKeyThatIsACollection() {
    JavaFileObject doctor = doctorNaming("throughKeyFrom = \"doctors\"");
    JavaFileObject appointment = appointment("@ManyToMany List<Doctor> doctors;", "Long patientId;");
    Compilation compilation = compile(doctor, appointment, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineThroughKeyCollection] throughKeyFrom 'doctors' of Appointment is a"
            + " collection (List<Doctor>), but a through row references exactly one Doctor; use a basic attribute"
            + " holding its key, or a @ManyToOne")
        .inFile(doctor)
        .onLine(16);
  }

  @Test
  void noThroughKeyToDefaultTo() {
    JavaFileObject appointment = appointment("Long docId;", "Long patientId;");
    Compilation compilation = compile(Clinic.DOCTOR, appointment, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineNoThroughKey] Appointment has no attribute 'doctorId' and no @ManyToOne"
            + " of type Doctor, so throughKeyFrom has no default; add one of them to Appointment or name the"
            + " attribute with throughKeyFrom = \"...\"; its attributes are: id, docId, patientId")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void severalManyToOneCandidates() {
    JavaFileObject appointment = appointment("@ManyToOne Doctor doctor; @ManyToOne Doctor referrer;", "Long patientId;");
    Compilation compilation = compile(Clinic.DOCTOR, appointment, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineAmbiguousThroughKey] Appointment has several @ManyToOne attributes of"
            + " type Doctor (doctor, referrer), so throughKeyFrom has no default; name the one to use with"
            + " throughKeyFrom = \"...\"")
        .inFile(Clinic.DOCTOR)
        .onLine(13);
  }

  @Test
  void manyToOneThroughKeyWithANonIdKey() {
    JavaFileObject doctor = doctorNaming("keyFrom = \"code\"");
    JavaFileObject appointment = appointment("@ManyToOne Doctor doctor;", "Long patientId;");
    Compilation compilation = compile(doctor, appointment, Clinic.PATIENT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineAssociationNeedsId] throughKeyFrom 'doctor' of Appointment is a"
            + " @ManyToOne to Doctor, which references its id 'id', but keyFrom is 'code'; remove keyFrom so that"
            + " it defaults to the id, or reference 'code' with a basic attribute of type String")
        .inFile(doctor)
        .onLine(16);
  }

  @Test
  void manyToOneToAnotherEntity() {
    JavaFileObject doctor = doctorNaming("throughKeyFrom = \"ward\"");
    JavaFileObject appointment = appointment("@ManyToOne Ward ward;", "Long patientId;");
    JavaFileObject ward = source("p.Ward", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public class Ward {
          @Id Long id;
        }
        """);
    Compilation compilation = compile(doctor, appointment, Clinic.PATIENT, ward);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineAssociationMismatch] throughKeyFrom 'ward' of Appointment is a"
            + " @ManyToOne to Ward, not to the source Doctor; name the attribute that references Doctor")
        .inFile(doctor)
        .onLine(16);
  }

  @Test
  void keyThatIsACollection() {
    JavaFileObject doctor = doctorNaming("keyTo = \"nicknames\"");
    JavaFileObject patient = source("p.Patient", """
        package p;

        import jakarta.persistence.*;
        import java.util.List;

        @Entity
        public class Patient {
          @Id Long pid;
          @ElementCollection List<String> nicknames;
        }
        """);
    Compilation compilation = compile(doctor, Clinic.APPOINTMENT, patient);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineUnsupportedKeyType] keyTo 'nicknames' of Patient has type List<String>,"
            + " which cannot be a key because it is a collection; name a basic attribute (a number, a String, a"
            + " UUID, an @Embeddable id...) with keyTo = \"...\"")
        .inFile(doctor)
        .onLine(16);
  }

  @Test
  void selfRelationNamingOnlyOneThroughKey() {
    JavaFileObject user = source("p.User", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        @Entity
        public class User {
          @Id Long id;

          @Transient
          @HasManyThrough(through = Follow.class, throughKeyFrom = "followeeId")
          List<User> followers;
        }
        """);
    JavaFileObject follow = source("p.Follow", """
        package p;

        import jakarta.persistence.*;

        @Entity
        public class Follow {
          @Id Long id;
          Long followerId;
          Long followeeId;
        }
        """);
    Compilation compilation = compile(user, follow);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ThroughlineSelfRelationKeys] relation 'User.followers' links User to itself, so"
            + " its through keys cannot be guessed; name both throughKeyFrom (the attribute of Follow that"
            + " references the User owning the relation) and throughKeyTo (the attribute that references the"
            + " linked User)")
        .inFile(user)
        .onLine(12);
  }

  /** Doctor (id, name, code) whose {@code @HasManyThrough}, from line 14, names one key on line 16. */
  static JavaFileObject doctorNaming(String key) {
    return source("p.Doctor", """
        package p;

        import dev.throughline.HasManyThrough;
        import jakarta.persistence.*;
        import java.util.List;

        @Entity
        public class Doctor {
          @Id Long id;
          String name;
          String code;

          @Transient
          @HasManyThrough(
              through = Appointment.class,
              %s)
          List<Patient> patients;
        }
        """.formatted(key));
  }

  /** Appointment with an id and the two given declarations. */
  static JavaFileObject appointment(String fromDeclaration, String toDeclaration) {
    return source("p.Appointment", """
        package p;

        import jakarta.persistence.*;
        import java.util.List;

        @Entity
        public class Appointment {
          @Id Long id;
          %s
          %s
        }
        """.formatted(fromDeclaration, toDeclaration));
  }
}
