package dev.throughline.processor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

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

  /** Hands the delegate javac's environment, but for the filer. */
  @Override
  public void init(ProcessingEnvironment env) {
    Filer wrapped = filer.apply(env.getFiler());
    InvocationHandler replacingTheFiler = (proxy, method, args) -> {
      if (method.getName().equals("getFiler")) {
        return wrapped;
      }
      try {
        return method.invoke(env, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {ProcessingEnvironment.class}, replacingTheFiler));
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
