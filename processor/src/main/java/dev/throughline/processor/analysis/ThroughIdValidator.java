package dev.throughline.processor.analysis;

import dev.throughline.processor.diagnostics.Messages;
import dev.throughline.processor.diagnostics.ValidationReport;
import dev.throughline.processor.model.EmbeddedIdModel;
import dev.throughline.processor.model.MemberAccess;
import dev.throughline.processor.model.ThroughIdModel;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the through entity's id. An {@code @EmbeddedId} must be created for every new through row,
 * since Hibernate fills an embedded id from the {@code @MapsId} associations but never creates it:
 * the accessor must be able to instantiate the embeddable and store it into the row.
 */
final class ThroughIdValidator {

  private final MemberAccessResolver resolver;
  private final Visibility visibility;

  ThroughIdValidator(Elements elements, Types types) {
    this.resolver = new MemberAccessResolver(elements, types);
    this.visibility = new Visibility(elements);
  }

  /**
   * The through entity's id, or empty when it has none (reported elsewhere) or when a new row could
   * not be given its embedded id (reported here).
   *
   * @throws MissingTypeException if the embedded id's class does not exist yet
   */
  Optional<ThroughIdModel> check(RelationParts parts, ValidationReport report) {
    JpaEntity through = parts.through();
    if (through.ids().isEmpty()) {
      return Optional.empty();
    }
    Attribute id = through.ids().get(0);
    if (!id.has(JpaNames.EMBEDDED_ID)) {
      return Optional.of(ThroughIdModel.plain(id.name()));
    }
    if (id.type().getKind() == TypeKind.ERROR) {
      throw new MissingTypeException(id.type().toString());
    }
    Optional<TypeElement> embeddable = instantiableEmbeddable(parts, id, report);
    Optional<MemberAccess> write = resolver.write(through, id, parts.packageName());
    if (write.isEmpty()) {
      report.error(parts.field(), parts.annotation().mirror(), parts.annotation().through().orElse(null),
          Messages.throughIdNotWritable(through.simpleName(), id.name(), DisplayNames.ofPackage(parts.packageName()),
              resolver.whyNotWritable(id, parts.packageName()), BeanNames.setter(id.name()),
              DisplayNames.of(id.type())));
    }
    if (embeddable.isEmpty() || write.isEmpty()) {
      return Optional.empty();
    }
    Optional<MemberAccess> read = resolver.read(through, id, parts.packageName());
    EmbeddedIdModel embedded = new EmbeddedIdModel(TypeRefFactory.of(embeddable.get()), read, write.get());
    return Optional.of(new ThroughIdModel(id.name(), Optional.of(embedded)));
  }

  /** The embeddable class, if {@code new Embeddable()} compiles in the accessor; else reports why not. */
  private Optional<TypeElement> instantiableEmbeddable(RelationParts parts, Attribute id, ValidationReport report) {
    TypeMirror type = id.type();
    String why;
    TypeElement embeddable = null;
    if (type.getKind() != TypeKind.DECLARED) {
      why = "it is not a class";
    } else {
      embeddable = (TypeElement) ((DeclaredType) type).asElement();
      why = whyNotInstantiable(embeddable, (DeclaredType) type, parts.packageName()).orElse(null);
    }
    if (why == null) {
      return Optional.of(embeddable);
    }
    String simpleName = embeddable != null ? embeddable.getSimpleName().toString() : DisplayNames.of(type);
    report.error(parts.field(), parts.annotation().mirror(), parts.annotation().through().orElse(null),
        Messages.throughIdNotInstantiable(parts.through().simpleName(), id.name(), DisplayNames.of(type),
            DisplayNames.ofPackage(parts.packageName()), why, simpleName));
    return Optional.empty();
  }

  private Optional<String> whyNotInstantiable(TypeElement embeddable, DeclaredType type, String packageName) {
    if (embeddable.getKind() != ElementKind.CLASS) {
      return Optional.of("it is " + kind(embeddable.getKind()) + ", not a class");
    }
    if (!visibility.isAccessible(embeddable, packageName)) {
      return Optional.of("it is not accessible from there");
    }
    if (!type.getTypeArguments().isEmpty()) {
      return Optional.of("it is generic");
    }
    return resolver.whyNotInstantiable(embeddable, packageName);
  }

  private static String kind(ElementKind kind) {
    switch (kind) {
      case INTERFACE:
        return "an interface";
      case ENUM:
        return "an enum";
      case ANNOTATION_TYPE:
        return "an annotation";
      default:
        return "a " + kind.name().toLowerCase(Locale.ROOT);
    }
  }
}
