package dev.throughline.processor;

import static dev.throughline.processor.Clinic.appointment;
import static dev.throughline.processor.Clinic.doctorNaming;
import static dev.throughline.processor.DiagnosticAssertions.assertOnlyError;
import static dev.throughline.processor.SourceFile.entity;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Errors about the four keys: names that are not attributes, defaults that cannot be found, and
 * keys that do not fit together. A named key's error points at its value (line 16 of {@link
 * Clinic#doctorNaming}); a defaulted key's error points at the annotation.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
class KeyDiagnosticsTest {

  @Parameter TestCompiler compiler;

  @Test
  void unknownThroughKeyFrom() {
    JavaFileObject doctor = doctorNaming("throughKeyFrom = \"docId\"");
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 16,
        "[ThroughlineUnknownKey] throughKeyFrom 'docId' is not an attribute of Appointment;"
            + " its attributes are: id, doctorId, patientId, appointmentDate");
  }

  @Test
  void unknownThroughKeyTo() {
    JavaFileObject doctor = doctorNaming("throughKeyTo = \"patient\"");
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 16,
        "[ThroughlineUnknownKey] throughKeyTo 'patient' is not an attribute of Appointment;"
            + " its attributes are: id, doctorId, patientId, appointmentDate");
  }

  @Test
  void unknownKeyFromListsOnlyPersistentAttributes() {
    JavaFileObject doctor = doctorNaming("keyFrom = \"licence\"");
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 16,
        "[ThroughlineUnknownKey] keyFrom 'licence' is not an attribute of Doctor; its attributes are: id, name, code");
  }

  @Test
  void unknownKeyTo() {
    JavaFileObject doctor = doctorNaming("keyTo = \"ssn\"");
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, Clinic.PATIENT), doctor, 16,
        "[ThroughlineUnknownKey] keyTo 'ssn' is not an attribute of Patient; its attributes are: pid, name");
  }

  @Test
  void defaultedThroughKeyOfTheWrongType() {
    JavaFileObject appointment = appointment("String doctorId;", "Long patientId;").file();
    assertOnlyError(compiler.compile(Clinic.DOCTOR, appointment, Clinic.PATIENT), Clinic.DOCTOR, 13,
        "[ThroughlineKeyTypeMismatch] throughKeyFrom 'doctorId' of Appointment has type"
            + " String, but it references keyFrom 'id' of Doctor, which has type Long; give both the same type,"
            + " or name attributes that match");
  }

  @Test
  void namedThroughKeyOfTheWrongType() {
    JavaFileObject doctor = doctorNaming("throughKeyTo = \"patientCode\"");
    assertOnlyError(compiler.compile(doctor, appointment("Long doctorId;", "String patientCode;").file(), Clinic.PATIENT),
        doctor, 16, "[ThroughlineKeyTypeMismatch] throughKeyTo 'patientCode' of Appointment has type"
            + " String, but it references keyTo 'pid' of Patient, which has type Long");
  }

  @Test
  void throughKeyThatIsACollection() {
    JavaFileObject doctor = doctorNaming("throughKeyFrom = \"doctors\"");
    JavaFileObject appointment = appointment("@ManyToMany List<Doctor> doctors;", "Long patientId;").file();
    assertOnlyError(compiler.compile(doctor, appointment, Clinic.PATIENT), doctor, 16,
        "[ThroughlineThroughKeyCollection] throughKeyFrom 'doctors' of Appointment is a"
            + " collection (List<Doctor>), but a through row references exactly one Doctor; use a basic attribute"
            + " holding its key, or a @ManyToOne");
  }

  @Test
  void noThroughKeyToDefaultTo() {
    assertOnlyError(compiler.compile(Clinic.DOCTOR, appointment("Long docId;", "Long patientId;").file(), Clinic.PATIENT),
        Clinic.DOCTOR, 13,
        "[ThroughlineNoThroughKey] Appointment has no attribute 'doctorId' and no @ManyToOne"
            + " of type Doctor, so throughKeyFrom has no default; add one of them to Appointment or name the"
            + " attribute with throughKeyFrom = \"...\"; its attributes are: id, docId, patientId");
  }

  @Test
  void severalManyToOneCandidates() {
    JavaFileObject appointment =
        appointment("@ManyToOne Doctor doctor; @ManyToOne Doctor referrer;", "Long patientId;").file();
    assertOnlyError(compiler.compile(Clinic.DOCTOR, appointment, Clinic.PATIENT), Clinic.DOCTOR, 13,
        "[ThroughlineAmbiguousThroughKey] Appointment has several @ManyToOne attributes of"
            + " type Doctor (doctor, referrer), so throughKeyFrom has no default; name the one to use with"
            + " throughKeyFrom = \"...\"");
  }

  @Test
  void manyToOneThroughKeyWithANonIdKey() {
    JavaFileObject doctor = doctorNaming("keyFrom = \"code\"");
    assertOnlyError(compiler.compile(doctor, appointment("@ManyToOne Doctor doctor;", "Long patientId;").file(),
        Clinic.PATIENT), doctor, 16, "[ThroughlineAssociationNeedsId] throughKeyFrom 'doctor' of Appointment is a"
            + " @ManyToOne to Doctor, which references its id 'id', but keyFrom is 'code'; remove keyFrom so that"
            + " it defaults to the id, or reference 'code' with a basic attribute of type String");
  }

  @Test
  void manyToOneToAnotherEntity() {
    JavaFileObject doctor = doctorNaming("throughKeyFrom = \"ward\"");
    JavaFileObject appointment = appointment("@ManyToOne Ward ward;", "Long patientId;").file();
    JavaFileObject ward = entity("p.Ward", "@Id Long id;").file();
    assertOnlyError(compiler.compile(doctor, appointment, Clinic.PATIENT, ward), doctor, 16,
        "[ThroughlineAssociationMismatch] throughKeyFrom 'ward' of Appointment is a"
            + " @ManyToOne to Ward, not to the source Doctor; name the attribute that references Doctor");
  }

  @Test
  void keyThatIsACollection() {
    JavaFileObject doctor = doctorNaming("keyTo = \"nicknames\"");
    JavaFileObject patient = entity("p.Patient", "@Id Long pid;\n@ElementCollection List<String> nicknames;").file();
    assertOnlyError(compiler.compile(doctor, Clinic.APPOINTMENT, patient), doctor, 16,
        "[ThroughlineUnsupportedKeyType] keyTo 'nicknames' of Patient has type List<String>,"
            + " which cannot be a key because it is a collection; name a basic attribute (a number, a String, a"
            + " UUID, an @Embeddable id...) with keyTo = \"...\"");
  }

  @Test
  void selfRelationNamingOnlyOneThroughKey() {
    JavaFileObject user = entity("p.User", """
        @Id Long id;

        @Transient
        @HasManyThrough(through = Follow.class, throughKeyFrom = "followeeId")
        List<User> followers;
        """).file();
    JavaFileObject follow = entity("p.Follow", "@Id Long id;\nLong followerId;\nLong followeeId;").file();
    assertOnlyError(compiler.compile(user, follow), user, 12,
        "[ThroughlineSelfRelationKeys] relation 'User.followers' links User to itself, so"
            + " its through keys cannot be guessed; name both throughKeyFrom (the attribute of Follow that"
            + " references the User owning the relation) and throughKeyTo (the attribute that references the"
            + " linked User)");
  }
}
