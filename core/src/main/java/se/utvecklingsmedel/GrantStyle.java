package se.utvecklingsmedel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this library's value types that users build: the type users see is the
 * generated one, and so is its builder.
 *
 * <p>A value type is written as a package-private abstract class {@code FooDef} with its accessors,
 * their Javadoc, the type's Javadoc and its {@code @Value.Check}; Immutables generates the public
 * final class {@code Foo}, its {@code Foo.builder()} and {@code Foo.Builder}, copying the Javadoc of
 * the type and of each accessor (as Strata's Joda-Beans write their builders inside the type).
 * Nothing is written twice, so a new attribute costs one abstract method.
 *
 * <p>Choices, each a team decision:
 * <ul>
 * <li>{@code throwForNullPointer}: a null given to a builder throws {@link BuilderNullPointerException},
 *     whose message names the builder and the attribute ("Requisition.Builder 'amount' must not be
 *     null"), never a bare attribute name;</li>
 * <li>{@code throwForInvalidImmutableState}: a required attribute not set throws {@link
 *     BuilderStateException}, an {@link IllegalStateException} whose message names the builder and
 *     the attribute ("Pot.Builder 'method' must be set: it has no default");</li>
 * <li>{@code copy = false}: no {@code withX} methods; a changed value is built again with {@code
 *     Foo.builder().from(value)};</li>
 * <li>{@code allowedClasspathAnnotations} names only {@link Override}, so the generated classes
 *     carry no {@code @Generated} or other annotation from Immutables' jar: a consumer compiling with
 *     {@code -Xlint:all -Werror} against core needs no Immutables jar of its own;</li>
 * <li>{@code jdkOnly}: lists, sets and maps are the JDK's unmodifiable ones, kept in the order
 *     given, and putting a key again replaces its value, as a map does;</li>
 * <li>{@code depluralize}: a list {@code pots} is built with {@code addPot}, {@code addPots} and
 *     {@code addAllPots}.</li>
 * </ul>
 *
 * <p>For the library's own packages; it has no effect at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = false),
    throwForNullPointer = BuilderNullPointerException.class,
    throwForInvalidImmutableState = BuilderStateException.class,
    allowedClasspathAnnotations = Override.class,
    depluralize = true,
    depluralizeDictionary = "funds",
    jdkOnly = true)
public @interface GrantStyle {
}
