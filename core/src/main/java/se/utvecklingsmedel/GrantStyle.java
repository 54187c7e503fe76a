package se.utvecklingsmedel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this library's value types: users see the abstract type and its public
 * {@code Builder}, never the generated {@code Immutable*} class.
 *
 * <p>The generated builders are package-private: each type's public {@code Builder} is written out,
 * delegating to the generated one, so that every builder method has Javadoc a user can read and no
 * public method is inherited from a class users cannot see (a method reference such as {@code
 * builder::build} to such a method compiles, then fails at run time with {@code IllegalAccessError}
 * from another package). {@code typeInnerBuilder} names a type that does not exist, so that
 * Immutables does not take the written-out {@code Builder} for a type its builder should extend;
 * {@code builder} renames the generated factory so that it does not clash with the type's own
 * {@code builder()}.
 *
 * <p>For the library's own packages; it has no effect at run time. {@code
 * allowedClasspathAnnotations} names only {@link Override}, so the generated classes carry no
 * {@code @Generated} or other annotation from Immutables' jar: a consumer compiling with {@code
 * -Xlint:all -Werror} against core needs no Immutables jar of its own.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    typeInnerBuilder = "NoInnerBuilder",
    builder = "generatedBuilder",
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = Override.class,
    depluralize = true)
public @interface GrantStyle {
}
