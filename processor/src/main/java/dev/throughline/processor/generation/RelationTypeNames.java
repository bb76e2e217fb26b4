package dev.throughline.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.throughline.processor.model.RelationModel;
import dev.throughline.processor.model.TypeRef;
import java.util.List;

/**
 * The JavaPoet names of one relation's types: {@code S}, {@code K}, {@code T}, {@code TK} and
 * {@code J} as the API documentation calls them, and the accessor being generated.
 */
record RelationTypeNames(
    ClassName accessor, ClassName source, ClassName sourceKey, ClassName target, ClassName targetKey, ClassName through) {

  static RelationTypeNames of(RelationModel relation) {
    return new RelationTypeNames(
        className(relation.accessor()),
        className(relation.source().type()),
        className(relation.keyFrom().type()),
        className(relation.target().type()),
        className(relation.keyTo().type()),
        className(relation.through().type()));
  }

  /** {@code <S, K, T, TK, J>}, in the runtime's order of type parameters. */
  TypeName[] typeArguments() {
    return new TypeName[] {source, sourceKey, target, targetKey, through};
  }

  /** {@code Relation<S, K, T, TK, J>}. */
  TypeName relation() {
    return ParameterizedTypeName.get(ReferencedTypes.RELATION, typeArguments());
  }

  /** {@code RelationAccessor<S, K, T, TK, J>}. */
  TypeName relationAccessor() {
    return ParameterizedTypeName.get(ReferencedTypes.RELATION_ACCESSOR, typeArguments());
  }

  static TypeName listOf(TypeName element) {
    return ParameterizedTypeName.get(ReferencedTypes.LIST, element);
  }

  static ClassName className(TypeRef type) {
    List<String> names = type.simpleNames();
    return ClassName.get(type.packageName(), names.get(0), names.subList(1, names.size()).toArray(new String[0]));
  }
}
