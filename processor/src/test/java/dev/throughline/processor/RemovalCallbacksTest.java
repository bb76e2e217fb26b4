package dev.throughline.processor;

import static dev.throughline.processor.ProcessorRun.source;
import static dev.throughline.processor.SourceFile.entity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A through entity that observes its removal, by its own callback methods, those of its persistent
 * superclasses or those of its entity listeners, makes the accessor ask for removal callbacks; one
 * that does not leaves the runtime its bulk delete.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestCompiler.class)
class RemovalCallbacksTest {

  @Parameter TestCompiler compiler;

  private static final String CALLBACKS = ".throughRemovalCallbacks()";

  private static final JavaFileObject REMOVAL_AUDIT = source("p.RemovalAudit", """
      package p;

      import jakarta.persistence.PostRemove;

      public class RemovalAudit {
        @PostRemove
        void removed(Object entity) {}
      }
      """);

  @Test
  void ownPreRemoveMethod() {
    assertThat(relationBuiltFor(appointment("", """
          @PreRemove
          void beforeRemoval() {}
        """)))
        .contains(".relationField((source, targets) -> source.patients = targets)\n"
            + "        .throughRemovalCallbacks()\n"
            + "        .build();");
  }

  @Test
  void postRemoveInheritedFromAMappedSuperclass() {
    assertThat(relationBuiltFor(appointmentExtending("Audited", ""), source("p.Audited", """
        package p;

        import jakarta.persistence.*;

        @MappedSuperclass
        public abstract class Audited {
          @PostRemove
          void afterRemoval() {}
        }
        """)))
        .contains(CALLBACKS);
  }

  @Test
  void preRemoveInheritedFromAnEntitySuperclass() {
    JavaFileObject booking = entity("p.Booking", """
        @Id @GeneratedValue Long id;

        @PreRemove
        void beforeRemoval() {}
        """).replace("@Entity", "@Entity\n@Inheritance").file();
    JavaFileObject appointment = Clinic.appointment()
        .without("@Id Long id;")
        .replace("class Appointment", "class Appointment extends Booking")
        .file();
    assertThat(relationBuiltFor(appointment, booking)).contains(CALLBACKS);
  }

  @Test
  void aCallbackOnASuperclassThatIsNotPersistentIsIgnoredAsJpaIgnoresIt() {
    assertThat(relationBuiltFor(appointmentExtending("Plain", ""), source("p.Plain", """
        package p;

        import jakarta.persistence.PreRemove;

        public abstract class Plain {
          @PreRemove
          void beforeRemoval() {}
        }
        """)))
        .doesNotContain(CALLBACKS);
  }

  @Test
  void entityListenerWithPostRemove() {
    assertThat(relationBuiltFor(appointment("@EntityListeners(RemovalAudit.class)", ""), REMOVAL_AUDIT))
        .contains(CALLBACKS);
  }

  @Test
  void entityListenerInheritingPostRemoveFromItsSuperclass() {
    assertThat(relationBuiltFor(appointment("@EntityListeners({CreationAudit.class, SubAudit.class})", ""),
        REMOVAL_AUDIT, creationAudit(), source("p.SubAudit", """
            package p;

            public class SubAudit extends RemovalAudit {}
            """)))
        .contains(CALLBACKS);
  }

  @Test
  void entityListenerWithOnlyPrePersistDoesNotObserveRemoval() {
    assertThat(relationBuiltFor(appointment("@EntityListeners(CreationAudit.class)", ""), creationAudit()))
        .doesNotContain(CALLBACKS);
  }

  @Test
  void entityListenersOfAMappedSuperclassCount() {
    assertThat(relationBuiltFor(appointmentExtending("Audited", ""), auditedBy("RemovalAudit", ""), REMOVAL_AUDIT))
        .contains(CALLBACKS);
  }

  @Test
  void excludeSuperclassListenersDropsTheListenersOfASuperclass() {
    assertThat(relationBuiltFor(appointmentExtending("Audited", "@ExcludeSuperclassListeners"),
        auditedBy("RemovalAudit", ""), REMOVAL_AUDIT))
        .doesNotContain(CALLBACKS);
  }

  @Test
  void excludeSuperclassListenersKeepsTheEntitysOwnListeners() {
    assertThat(relationBuiltFor(
        appointmentExtending("Audited", "@ExcludeSuperclassListeners @EntityListeners(RemovalAudit.class)"),
        auditedBy("CreationAudit", ""), REMOVAL_AUDIT, creationAudit()))
        .contains(CALLBACKS);
  }

  @Test
  void excludeSuperclassListenersKeepsTheCallbackMethodsOfASuperclass() {
    assertThat(relationBuiltFor(appointmentExtending("Audited", "@ExcludeSuperclassListeners"),
        auditedBy("RemovalAudit", """
              @PreRemove
              void beforeRemoval() {}
            """), REMOVAL_AUDIT))
        .contains(CALLBACKS);
  }

  @Test
  void onlyPrePersistDoesNotObserveRemoval() {
    assertThat(relationBuiltFor(appointment("", """
          @PrePersist
          void beforePersist() {}
        """)))
        .doesNotContain(CALLBACKS);
  }

  /** Clinic's appointment with more annotations on the class and more members. */
  private static JavaFileObject appointment(String annotations, String members) {
    return Clinic.appointment().replace("@Entity", "@Entity\n" + annotations).adding(members).file();
  }

  /** Clinic's appointment with more annotations on the class and a superclass. */
  private static JavaFileObject appointmentExtending(String superclass, String annotations) {
    return Clinic.appointment()
        .replace("@Entity", "@Entity\n" + annotations)
        .replace("class Appointment", "class Appointment extends " + superclass)
        .file();
  }

  /** A mapped superclass with an entity listener and possibly members. */
  private static JavaFileObject auditedBy(String listener, String members) {
    return source("p.Audited", """
        package p;

        import jakarta.persistence.*;

        @MappedSuperclass
        @EntityListeners(%s.class)
        public abstract class Audited {
        %s}
        """.formatted(listener, members));
  }

  /** An entity listener that observes persisting only. */
  private static JavaFileObject creationAudit() {
    return source("p.CreationAudit", """
        package p;

        import jakarta.persistence.PrePersist;

        public class CreationAudit {
          @PrePersist
          void created(Object entity) {}
        }
        """);
  }

  /**
   * Compiles the clinic with this appointment and the other sources, which must succeed without
   * warnings, and returns the statement that builds the accessor's relation.
   */
  private String relationBuiltFor(JavaFileObject appointment, JavaFileObject... others) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(Clinic.DOCTOR, Clinic.PATIENT, appointment));
    sources.addAll(List.of(others));
    String accessor = compiler.generated("p.DoctorPatients", sources.toArray(JavaFileObject[]::new));
    int start = accessor.indexOf("RELATION = ");
    int end = accessor.indexOf(".build();", start);
    assertThat(start).as("the relation's initializer").isNotNegative();
    assertThat(end).as("the end of the relation's initializer").isGreaterThan(start);
    return accessor.substring(start, end + ".build();".length());
  }
}
