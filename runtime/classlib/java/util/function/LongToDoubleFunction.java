/*
 * LongToDoubleFunction - a double-valued function of one long argument.
 */
package java.util.function;

@FunctionalInterface
public interface LongToDoubleFunction {
    double applyAsDouble(long value);
}
