package dev.throughline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.throughline.Inclusion;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Loads the classes compiled from the clinic and its generated accessor and registry, and calls
 * what runs without a database: the relation is built, keys are read by the generated lambdas, and
 * the registry hands out inclusions by name.
 */
class GeneratedCodeRunTest {

  private ClassLoader loader;

  @BeforeEach
  void compileAndLoad() {
    Compilation compilation = ProcessorRun.compile(GoldenModels.CLINIC.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "");
        classes.put(path.replace('/', '.').replaceFirst("\\.class$", ""), bytes(file));
      }
    }
    loader = new ClassLoader(getClass().getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  @Test
  void theRegistryListsAndHandsOutItsRelations() throws Exception {
    assertThat(callStatic("p.DoctorRelations", "names")).isEqualTo(List.of("patients"));
    Object inclusion = callStatic("p.DoctorRelations", "inclusion", "patients");
    assertThat(inclusion).isInstanceOf(Inclusion.class);
    assertThat(((Inclusion<?, ?>) inclusion).name()).isEqualTo("patients");
  }

  @Test
  void theRegistryRefusesAnUnknownNameNamingTheKnownOnes() {
    assertThatThrownBy(() -> callStatic("p.DoctorRelations", "inclusion", "nurses"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Doctor has no relation 'nurses' that can be included by name; the ones that can are:"
            + " patients");
  }

  @Test
  void theAccessorReadsTheSourceKeyThroughTheGeneratedLambda() throws Exception {
    Object doctor = loader.loadClass("p.Doctor").getConstructor().newInstance();
    assertThatThrownBy(() -> callStatic("p.DoctorPatients", "of", noDatabase(), doctor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("This Doctor has no id yet");
    Field id = doctor.getClass().getDeclaredField("id");
    id.setAccessible(true);
    id.set(doctor, 7L);
    assertThat(callStatic("p.DoctorPatients", "of", noDatabase(), doctor))
        .isInstanceOf(loader.loadClass("p.DoctorPatients"));
  }

  @Test
  void nullArgumentsNameTheParameter() {
    assertThatThrownBy(() -> callStatic("p.DoctorPatients", "of", null, 7L))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("em");
  }

  /** Calls a public static method, unwrapping what it throws. */
  private Object callStatic(String className, String methodName, Object... args) throws Exception {
    for (Method method : loader.loadClass(className).getMethods()) {
      if (method.getName().equals(methodName) && method.getParameterCount() == args.length
          && accepts(method.getParameterTypes(), args)) {
        try {
          return method.invoke(null, args);
        } catch (InvocationTargetException e) {
          throw (Exception) e.getCause();
        }
      }
    }
    throw new NoSuchMethodException(className + "." + methodName);
  }

  private static boolean accepts(Class<?>[] types, Object[] args) {
    for (int i = 0; i < types.length; i++) {
      if (args[i] != null && !types[i].isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  /** An entity manager that fails on any use: these calls must not need one. */
  private static EntityManager noDatabase() {
    return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
        new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
          throw new UnsupportedOperationException("no database here: " + method.getName());
        });
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
