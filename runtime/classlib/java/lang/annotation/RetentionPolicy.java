/*
 * RetentionPolicy - how long annotations are kept.
 */
package java.lang.annotation;

public enum RetentionPolicy {
    SOURCE,
    CLASS,
    RUNTIME
}
