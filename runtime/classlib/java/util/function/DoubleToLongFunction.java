/*
 * DoubleToLongFunction - a long-valued function of one double argument.
 */
package java.util.function;

@FunctionalInterface
public interface DoubleToLongFunction {
    long applyAsLong(double value);
}
