package dev.throughline.processor;

import com.google.auto.service.AutoService;
import dev.throughline.processor.analysis.AccessorNames;
import dev.throughline.processor.analysis.AnalyzedRelation;
import dev.throughline.processor.analysis.MissingTypeException;
import dev.throughline.processor.analysis.RelationValidator;
import dev.throughline.processor.diagnostics.Message;
import dev.throughline.processor.diagnostics.Reporter;
import dev.throughline.processor.generation.AccessorGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks every {@code @HasManyThrough} relation and generates its accessor. This class only runs
 * the rounds: validation, name checks and generation live in their own packages. A relation whose
 * types are not generated yet is retried in the next round; nothing escapes into javac.
 */
@AutoService(Processor.class)
public final class HasManyThroughProcessor extends AbstractProcessor {

  static final String ANNOTATION = "dev.throughline.HasManyThrough";

  private final DeferredRelations deferred = new DeferredRelations();
  private Reporter reporter;
  private RelationValidator validator;
  private AccessorNames accessorNames;
  private AccessorGenerator generator;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    reporter = new Reporter(processingEnv.getMessager());
    validator = new RelationValidator(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    accessorNames = new AccessorNames(processingEnv.getElementUtils());
    generator = new AccessorGenerator();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /** Never claims the annotation, so that other processors may read it too. */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (Throwable unexpected) {
      reporter.internalError(null, unexpected);
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    List<AnalyzedRelation> valid = new ArrayList<>();
    for (VariableElement field : relationFields(round)) {
      try {
        RelationValidator.Result result = validator.validate(field);
        reporter.print(result.report());
        result.relation().ifPresent(valid::add);
      } catch (MissingTypeException missing) {
        if (round.processingOver()) {
          reporter.error(Message.UNRESOLVED_TYPE, field, relationName(field), missing.typeName());
        } else {
          deferred.defer(field, missing.typeName());
        }
      } catch (RuntimeException | LinkageError unexpected) {
        reporter.internalError(field, unexpected);
      }
    }
    for (AnalyzedRelation relation : accessorNames.admit(valid, reporter)) {
      generate(relation);
    }
  }

  /** The relations deferred by earlier rounds, then those new in this one. */
  private Set<VariableElement> relationFields(RoundEnvironment round) {
    Set<VariableElement> fields = new LinkedHashSet<>(deferred.takeAll(processingEnv.getElementUtils()));
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element.getKind() == ElementKind.FIELD) {
          fields.add((VariableElement) element);
        }
      }
    }
    return fields;
  }

  private void generate(AnalyzedRelation relation) {
    try {
      generator.write(relation.model(), relation.originatingElement(), processingEnv.getFiler());
    } catch (IOException failure) {
      reporter.error(Message.WRITE_FAILED, relation.field(), relation.annotation(),
          relation.model().accessor().qualifiedName(), String.valueOf(failure.getMessage()));
    } catch (RuntimeException | LinkageError unexpected) {
      reporter.internalError(relation.field(), unexpected);
    }
  }

  private static String relationName(VariableElement field) {
    return field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName();
  }
}
