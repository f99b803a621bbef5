/*
 * DoubleBinaryOperator - an operation on two doubles giving a double.
 */
package java.util.function;

@FunctionalInterface
public interface DoubleBinaryOperator {
    double applyAsDouble(double left, double right);
}
