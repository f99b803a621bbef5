/*
 * ToDoubleFunction - a double-valued function of one argument.
 */
package java.util.function;

@FunctionalInterface
public interface ToDoubleFunction<T> {
    double applyAsDouble(T value);
}
