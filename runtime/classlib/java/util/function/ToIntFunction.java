/*
 * ToIntFunction - an int-valued function of one argument.
 */
package java.util.function;

@FunctionalInterface
public interface ToIntFunction<T> {
    int applyAsInt(T value);
}
