package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Each generated file names exactly one originating element, the class declaring the relation,
 * which is what Gradle's isolating incremental processing relies on.
 */
class OriginatingElementTest {

  @Test
  void eachAccessorAndTheRegistryOriginateFromTheSourceEntityOnly() {
    List<RecordingFiler.Created> created = createdFiles(GoldenModels.FOLLOWS);
    assertThat(created).extracting(RecordingFiler.Created::name)
        .containsExactlyInAnyOrder("p.UserFollowers", "p.UserFollowing", "p.UserRelations");
    for (RecordingFiler.Created file : created) {
      assertThat(file.originatingElements()).hasSize(1);
      assertThat(qualifiedName(file.originatingElements().get(0))).isEqualTo("p.User");
    }
  }

  @Test
  void aNestedSourceEntityIsTheOriginatingElement() {
    List<RecordingFiler.Created> created = createdFiles(GoldenModels.LIBRARY);
    assertThat(created).extracting(RecordingFiler.Created::name)
        .containsExactlyInAnyOrder("library.AuthorBooks", "library.AuthorRelations");
    for (RecordingFiler.Created file : created) {
      assertThat(file.originatingElements()).hasSize(1);
      assertThat(qualifiedName(file.originatingElements().get(0))).isEqualTo("library.Library.Author");
    }
  }

  @Test
  void filesWrittenInALaterRoundOriginateFromTheSourceEntityOnly() {
    LateEntityProcessor lateAppointment = new LateEntityProcessor("p.Appointment", Clinic.appointment().text());
    List<RecordingFiler.Created> created =
        createdFiles(List.of(Clinic.DOCTOR, Clinic.PATIENT), lateAppointment);
    assertThat(created).extracting(RecordingFiler.Created::name)
        .containsExactlyInAnyOrder("p.DoctorPatients", "p.DoctorRelations");
    for (RecordingFiler.Created file : created) {
      assertThat(file.originatingElements()).hasSize(1);
      assertThat(qualifiedName(file.originatingElements().get(0))).isEqualTo("p.Doctor");
    }
  }

  private static List<RecordingFiler.Created> createdFiles(List<JavaFileObject> model, Processor... others) {
    RecordingFiler[] filer = new RecordingFiler[1];
    EnvironmentWrappingProcessor processor = new EnvironmentWrappingProcessor(
        new HasManyThroughProcessor(), delegate -> filer[0] = new RecordingFiler(delegate));
    List<Processor> processors = new ArrayList<>(List.of(processor));
    processors.addAll(List.of(others));
    Compilation compilation = ProcessorRun.compileWith(
        processors, List.of(), model.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    return filer[0].created;
  }

  private static String qualifiedName(Element element) {
    assertThat(element).isInstanceOf(TypeElement.class);
    return ((TypeElement) element).getQualifiedName().toString();
  }
}
