/*
 * IntToLongFunction - a long-valued function of one int argument.
 */
package java.util.function;

@FunctionalInterface
public interface IntToLongFunction {
    long applyAsLong(int value);
}
