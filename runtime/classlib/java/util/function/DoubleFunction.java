/*
 * DoubleFunction - a function of one double argument.
 */
package java.util.function;

@FunctionalInterface
public interface DoubleFunction<R> {
    R apply(double value);
}
