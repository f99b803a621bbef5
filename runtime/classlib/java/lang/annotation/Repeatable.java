/*
 * Repeatable - the annotated annotation type may appear more than once on
 * an element; [value] is its container type.
 */
package java.lang.annotation;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Repeatable {
    Class<? extends Annotation> value();
}
