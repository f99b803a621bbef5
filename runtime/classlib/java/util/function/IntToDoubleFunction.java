/*
 * IntToDoubleFunction - a double-valued function of one int argument.
 */
package java.util.function;

@FunctionalInterface
public interface IntToDoubleFunction {
    double applyAsDouble(int value);
}
