package se.utvecklingsmedel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the values the library makes and users only read, such as a {@link
 * se.utvecklingsmedel.grant.RecipientGrant}: as {@link GrantStyle}, but the builder is
 * package-private, so only the calculation that owns the type can make one.
 *
 * <p>For the library's own packages; it has no effect at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // "new Builder()": a static builder() would be public, returning a type users cannot name.
    builder = "new",
    defaults = @Value.Immutable(copy = false),
    throwForNullPointer = BuilderNullPointerException.class,
    throwForInvalidImmutableState = BuilderStateException.class,
    allowedClasspathAnnotations = Override.class,
    depluralize = true,
    jdkOnly = true)
public @interface ResultStyle {
}
