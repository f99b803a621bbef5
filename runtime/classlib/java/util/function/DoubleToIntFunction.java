/*
 * DoubleToIntFunction - an int-valued function of one double argument.
 */
package java.util.function;

@FunctionalInterface
public interface DoubleToIntFunction {
    int applyAsInt(double value);
}
