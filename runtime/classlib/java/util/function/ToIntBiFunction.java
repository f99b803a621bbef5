/*
 * ToIntBiFunction - an int-valued function of two arguments.
 */
package java.util.function;

@FunctionalInterface
public interface ToIntBiFunction<T, U> {
    int applyAsInt(T t, U u);
}
