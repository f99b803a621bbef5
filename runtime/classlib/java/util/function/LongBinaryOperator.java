/*
 * LongBinaryOperator - an operation on two longs giving a long.
 */
package java.util.function;

@FunctionalInterface
public interface LongBinaryOperator {
    long applyAsLong(long left, long right);
}
