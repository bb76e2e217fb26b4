package dev.throughline.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** What the processor declares to javac and to build tools. */
class ProcessorContractTest {

  @Test
  void supportsOnlyTheAnnotationAndTheLatestSourceVersion() {
    HasManyThroughProcessor processor = new HasManyThroughProcessor();
    assertThat(processor.getSupportedAnnotationTypes()).containsExactly("dev.throughline.HasManyThrough");
    assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
    assertThat(processor.getSupportedOptions()).isEmpty();
  }

  @Test
  void isRegisteredAsAServiceForJavac() {
    assertThat(ServiceLoader.load(Processor.class, getClass().getClassLoader()).stream()
            .map(ServiceLoader.Provider::type))
        .contains(HasManyThroughProcessor.class);
  }

  @Test
  void declaresItselfIsolatingToGradle() throws IOException {
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo("dev.throughline.processor.HasManyThroughProcessor,isolating");
    }
  }
}
