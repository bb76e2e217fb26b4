package dev.throughline.processor;

import com.google.auto.service.AutoService;
import dev.throughline.processor.analysis.AccessorNames;
import dev.throughline.processor.analysis.AnalyzedRelation;
import dev.throughline.processor.analysis.MissingTypeException;
import dev.throughline.processor.analysis.RegistryPlanner;
import dev.throughline.processor.analysis.RelationValidator;
import dev.throughline.processor.diagnostics.Messages;
import dev.throughline.processor.diagnostics.Reporter;
import dev.throughline.processor.diagnostics.ValidationReport;
import dev.throughline.processor.generation.AccessorGenerator;
import dev.throughline.processor.generation.RegistryGenerator;
import dev.throughline.processor.model.RegistryModel;
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
 * Checks every {@code @HasManyThrough} relation and generates its accessor, then each source
 * entity's registry of relations by name. This class only runs the rounds: validation, name checks
 * and generation live in their own packages. A relation whose types are not generated yet is
 * retried in the next round; nothing escapes into javac.
 */
@AutoService(Processor.class)
public final class HasManyThroughProcessor extends AbstractProcessor {

  static final String ANNOTATION = "dev.throughline.HasManyThrough";

  private final DeferredRelations deferred = new DeferredRelations();
  private final RegistryPlanner registries = new RegistryPlanner();
  private Reporter reporter;
  private RelationValidator validator;
  private AccessorNames accessorNames;
  private AccessorGenerator generator;
  private RegistryGenerator registryGenerator;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    reporter = new Reporter(processingEnv.getMessager());
    validator = new RelationValidator(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    accessorNames = new AccessorNames(processingEnv.getElementUtils());
    generator = new AccessorGenerator();
    registryGenerator = new RegistryGenerator();
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

  /** Collects the round's errors into one report, printed when the round ends, however it ends. */
  private void processRound(RoundEnvironment round) {
    ValidationReport report = new ValidationReport();
    try {
      analyseAndGenerate(round, report);
    } finally {
      reporter.print(report);
    }
  }

  private void analyseAndGenerate(RoundEnvironment round, ValidationReport report) {
    List<AnalyzedRelation> valid = new ArrayList<>();
    for (VariableElement field : relationFields(round)) {
      registries.expect(field);
      try {
        RelationValidator.Result result = validator.validate(field);
        report.addAll(result.report());
        result.relation().ifPresentOrElse(valid::add, () -> registries.abandoned(field));
      } catch (MissingTypeException missing) {
        if (round.processingOver()) {
          report.error(field, Messages.unresolvedType(relationName(field), missing.typeName()));
          registries.abandoned(field);
        } else {
          deferred.defer(field, missing.typeName());
        }
      } catch (RuntimeException | LinkageError unexpected) {
        reporter.internalError(field, unexpected);
        registries.abandoned(field);
      }
    }
    Set<AnalyzedRelation> admitted = accessorNames.admit(valid, report);
    for (AnalyzedRelation relation : valid) {
      if (admitted.contains(relation) && generate(relation, report)) {
        registries.generated(relation.field(), relation.model());
      } else {
        registries.abandoned(relation.field());
      }
    }
    if (!round.processingOver()) {
      registries.ready().forEach(registry -> generate(registry, report));
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

  /** Writes a relation's accessor; false when it could not (and that was reported). */
  private boolean generate(AnalyzedRelation relation, ValidationReport report) {
    try {
      generator.write(relation.model(), relation.originatingElement(), processingEnv.getFiler());
      return true;
    } catch (IOException failure) {
      report.error(relation.field(), relation.annotation(),
          Messages.writeFailed(relation.model().accessor().qualifiedName(), String.valueOf(failure.getMessage())));
    } catch (RuntimeException | LinkageError unexpected) {
      reporter.internalError(relation.field(), unexpected);
    }
    return false;
  }

  /** Writes a source entity's registry, unless its name is taken (which is reported). */
  private void generate(RegistryModel registry, ValidationReport report) {
    TypeElement source = processingEnv.getElementUtils().getTypeElement(registry.source().qualifiedName());
    if (source == null || !accessorNames.admitRegistry(registry, source, report)) {
      return;
    }
    try {
      registryGenerator.write(registry, source, processingEnv.getFiler());
    } catch (IOException failure) {
      report.error(source,
          Messages.writeFailed(registry.registry().qualifiedName(), String.valueOf(failure.getMessage())));
    } catch (RuntimeException | LinkageError unexpected) {
      reporter.internalError(source, unexpected);
    }
  }

  private static String relationName(VariableElement field) {
    return field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName();
  }
}
