package dev.throughline.processor.analysis;

import dev.throughline.processor.diagnostics.Messages;
import dev.throughline.processor.diagnostics.ValidationReport;
import dev.throughline.processor.model.MemberAccess;
import dev.throughline.processor.model.RelationFieldModel.CollectionKind;
import dev.throughline.processor.model.ThroughIdModel;
import dev.throughline.processor.model.TypeRef;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates one {@code @HasManyThrough} field and, when everything holds, models it. Each check
 * that can run independently does, so that one compilation shows every problem of a relation.
 */
public final class RelationValidator {

  /**
   * What validating one relation found.
   *
   * @param report the errors, empty when the relation is valid
   * @param relation the valid relation, empty when the report has errors
   */
  public record Result(ValidationReport report, Optional<AnalyzedRelation> relation) {}

  private static final Map<String, CollectionKind> COLLECTIONS = Map.of(
      "java.util.List", CollectionKind.LIST,
      "java.util.Set", CollectionKind.SET,
      "java.util.Collection", CollectionKind.COLLECTION);

  private final EntityReader entities;
  private final Visibility visibility;
  private final TypeRefFactory typeRefs;
  private final KeyResolver keyResolver;
  private final KeyTypeValidator keyTypes;
  private final AccessValidator access;
  private final ThroughIdValidator throughIds;
  private final RelationModelFactory models;

  public RelationValidator(Elements elements, Types types) {
    this.entities = new EntityReader(types);
    this.visibility = new Visibility(elements);
    this.typeRefs = new TypeRefFactory(types);
    this.keyResolver = new KeyResolver(types);
    this.keyTypes = new KeyTypeValidator(elements, types);
    this.access = new AccessValidator(elements, types);
    this.throughIds = new ThroughIdValidator(elements, types);
    this.models = new RelationModelFactory(types);
  }

  /**
   * Validates the relation declared by an annotated field.
   *
   * @throws MissingTypeException if a type the relation needs does not exist yet
   */
  public Result validate(VariableElement field) {
    ValidationReport report = new ValidationReport();
    Optional<AnalyzedRelation> relation = readParts(field, report).flatMap(parts -> validate(parts, report));
    return new Result(report, report.isClean() ? relation : Optional.empty());
  }

  private Optional<RelationParts> readParts(VariableElement field, ValidationReport report) {
    AnnotationMirror mirror = AnnotationLookup.find(field, JpaNames.HAS_MANY_THROUGH)
        .orElseThrow(() -> new IllegalArgumentException(field + " has no @HasManyThrough"));
    RelationAnnotation annotation = new RelationAnnotation(mirror);
    TypeElement sourceType = (TypeElement) field.getEnclosingElement();
    String name = field.getSimpleName().toString();
    if (!EntityReader.isEntity(sourceType)) {
      report.error(field, mirror, Messages.notInEntity(name, sourceType.getSimpleName().toString()));
      return Optional.empty();
    }
    if (field.getModifiers().contains(Modifier.STATIC)) {
      report.error(field, Messages.staticField(name));
    }
    if (!AnnotationLookup.has(field, JpaNames.TRANSIENT)) {
      report.error(field, Messages.notTransient(name));
    }
    Optional<CollectionKind> collection = collectionKind(field, report);
    Optional<TypeElement> targetType = collection.flatMap(kind -> targetType(field, report));
    String targetName = targetType.map(type -> type.getSimpleName().toString()).orElse("its targets");
    Optional<TypeElement> throughType = throughType(annotation, field, sourceType, targetName, report);
    if (targetType.isEmpty() || throughType.isEmpty()) {
      return Optional.empty();
    }
    TypeRef source = TypeRefFactory.of(sourceType);
    TypeRef accessor = TypeRef.topLevel(source.packageName(), sourceType.getSimpleName() + BeanNames.capitalize(name));
    return Optional.of(new RelationParts(field, annotation, collection.get(),
        entities.read(sourceType), entities.read(targetType.get()), entities.read(throughType.get()), accessor));
  }

  private Optional<AnalyzedRelation> validate(RelationParts parts, ValidationReport report) {
    checkAccessible(parts, parts.source().element(), null, report);
    checkAccessible(parts, parts.target().element(), null, report);
    AnnotationValue through = parts.annotation().through().orElse(null);
    checkAccessible(parts, parts.through().element(), through, report);
    if (parts.through().ids().isEmpty()) {
      report.error(parts.field(), parts.annotation().mirror(), through,
          Messages.throughWithoutId(parts.through().simpleName()));
    }
    checkGetterTransient(parts, report);
    access.checkThroughInstantiable(parts, report);
    Optional<ThroughIdModel> throughId = throughIds.check(parts, report);
    Optional<MemberAccess> relationField = access.checkRelationField(parts, report);
    Optional<ResolvedKeys> keys = keyResolver.resolve(parts, report);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    keyTypes.check(parts, keys.get(), report);
    if (!report.isClean()) {
      return Optional.empty();
    }
    checkKeyTypeAccessible(parts, KeyRole.KEY_FROM, keys.get().keyFrom(), report);
    checkKeyTypeAccessible(parts, KeyRole.KEY_TO, keys.get().keyTo(), report);
    Optional<AccessValidator.Accesses> accesses = access.checkKeys(parts, keys.get(), report);
    if (!report.isClean() || accesses.isEmpty() || relationField.isEmpty() || throughId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AnalyzedRelation(
        models.create(parts, keys.get(), accesses.get(), relationField.get(), throughId.get()),
        parts.field(), parts.annotation().mirror()));
  }

  /** Under property access Hibernate maps getters, so the relation's getter must be {@code @Transient} too. */
  private static void checkGetterTransient(RelationParts parts, ValidationReport report) {
    if (!parts.source().propertyAccess()) {
      return;
    }
    String name = parts.field().getSimpleName().toString();
    String getter = BeanNames.getter(name);
    ElementFilter.methodsIn(parts.source().element().getEnclosedElements()).stream()
        .filter(method -> method.getSimpleName().contentEquals(getter) && method.getParameters().isEmpty())
        .filter(method -> !AnnotationLookup.has(method, JpaNames.TRANSIENT))
        .findFirst()
        .ifPresent(method -> report.error(method,
            Messages.getterNotTransient(parts.source().simpleName(), getter, name)));
  }

  /** {@code List<T>}, {@code Set<T>} or {@code Collection<T>} of java.util, with a type argument. */
  private static Optional<CollectionKind> collectionKind(VariableElement field, ValidationReport report) {
    TypeMirror type = field.asType();
    requireResolved(type);
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      CollectionKind kind = COLLECTIONS.get(name);
      if (kind != null && declared.getTypeArguments().size() == 1
          && declared.getTypeArguments().get(0).getKind() == TypeKind.DECLARED) {
        return Optional.of(kind);
      }
    }
    report.error(field, Messages.fieldType(field.getSimpleName().toString(), DisplayNames.of(type)));
    return Optional.empty();
  }

  private static Optional<TypeElement> targetType(VariableElement field, ValidationReport report) {
    TypeMirror element = ((DeclaredType) field.asType()).getTypeArguments().get(0);
    TypeElement target = (TypeElement) ((DeclaredType) element).asElement();
    if (!EntityReader.isEntity(target)) {
      report.error(field, Messages.targetNotEntity(field.getSimpleName().toString(), DisplayNames.of(element)));
      return Optional.empty();
    }
    return Optional.of(target);
  }

  private static Optional<TypeElement> throughType(
      RelationAnnotation annotation, VariableElement field, TypeElement source, String targetName,
      ValidationReport report) {
    Optional<AnnotationValue> value = annotation.through();
    if (value.isEmpty()) {
      return Optional.empty(); // javac reports the missing attribute itself
    }
    Object written = value.get().getValue();
    if (!(written instanceof TypeMirror)) {
      // javac hands over an unresolvable class literal as the string "<error>"
      throw new MissingTypeException("the class named by through");
    }
    TypeMirror type = (TypeMirror) written;
    requireResolved(type);
    if (type.getKind() == TypeKind.DECLARED) {
      TypeElement through = (TypeElement) ((DeclaredType) type).asElement();
      if (EntityReader.isEntity(through)) {
        return Optional.of(through);
      }
    }
    report.error(field, annotation.mirror(), value.get(),
        Messages.throughNotEntity(DisplayNames.of(type), source.getSimpleName().toString(), targetName));
    return Optional.empty();
  }

  private void checkAccessible(
      RelationParts parts, TypeElement type, AnnotationValue valueOrNull, ValidationReport report) {
    if (!visibility.isAccessible(type, parts.packageName())) {
      report.error(parts.field(), parts.annotation().mirror(), valueOrNull, Messages.inaccessibleType(
          TypeRefFactory.of(type).qualifiedName(), DisplayNames.ofPackage(parts.packageName()),
          parts.accessor().simpleName()));
    }
  }

  private void checkKeyTypeAccessible(RelationParts parts, KeyRole role, Attribute key, ValidationReport report) {
    checkAccessible(parts, typeRefs.boxedElement(key.type()), parts.annotation().valueOrNull(role), report);
  }

  /**
   * Defers the relation when a type in it is not generated yet, naming the innermost missing one: ecj makes
   * {@code List<Ghost>} an error type as a whole, where javac makes only {@code Ghost} one.
   */
  private static void requireResolved(TypeMirror type) {
    if (type instanceof DeclaredType declared) {
      declared.getTypeArguments().forEach(RelationValidator::requireResolved);
    }
    if (type.getKind() == TypeKind.ERROR) {
      throw new MissingTypeException(type.toString());
    }
  }
}
