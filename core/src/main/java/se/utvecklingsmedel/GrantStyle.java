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
 * <p>For the library's own packages; it has no effect at run time. {@code allowedClasspathAnnotations}
 * names only {@link Override}, so the generated classes carry no {@code @Generated} or other
 * annotation from Immutables' jar: a consumer compiling with {@code -Xlint:all -Werror} against core
 * needs no Immutables jar of its own (issue 11).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = Override.class,
    depluralize = true)
public @interface GrantStyle {
}
