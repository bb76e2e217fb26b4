package dev.throughline.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Runs a processor with its {@link Filer} replaced, to watch or break what it writes, and records
 * what each of its rounds returned.
 */
final class EnvironmentWrappingProcessor implements Processor {

  private final Processor delegate;
  private final UnaryOperator<Filer> filer;
  final List<Boolean> returned = new ArrayList<>();

  EnvironmentWrappingProcessor(Processor delegate, UnaryOperator<Filer> filer) {
    this.delegate = delegate;
    this.filer = filer;
  }

  @Override
  public void init(ProcessingEnvironment env) {
    Filer wrapped = filer.apply(env.getFiler());
    delegate.init(new ProcessingEnvironment() {
      @Override
      public Map<String, String> getOptions() {
        return env.getOptions();
      }

      @Override
      public Messager getMessager() {
        return env.getMessager();
      }

      @Override
      public Filer getFiler() {
        return wrapped;
      }

      @Override
      public Elements getElementUtils() {
        return env.getElementUtils();
      }

      @Override
      public Types getTypeUtils() {
        return env.getTypeUtils();
      }

      @Override
      public SourceVersion getSourceVersion() {
        return env.getSourceVersion();
      }

      @Override
      public Locale getLocale() {
        return env.getLocale();
      }
    });
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    boolean claimed = delegate.process(annotations, roundEnv);
    returned.add(claimed);
    return claimed;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
