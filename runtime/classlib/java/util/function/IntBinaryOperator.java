/*
 * IntBinaryOperator - an operation on two ints giving an int.
 */
package java.util.function;

@FunctionalInterface
public interface IntBinaryOperator {
    int applyAsInt(int left, int right);
}
