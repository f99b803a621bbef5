/*
 * DoubleUnaryOperator - an operation on one double giving a double.
 */
package java.util.function;

import java.util.Objects;

@FunctionalInterface
public interface DoubleUnaryOperator {
    double applyAsDouble(double operand);

    default DoubleUnaryOperator compose(final DoubleUnaryOperator before) {
        Objects.requireNonNull(before);
        final DoubleUnaryOperator self = this;
        return new DoubleUnaryOperator() {
            public double applyAsDouble(double operand) {
                return self.applyAsDouble(before.applyAsDouble(operand));
            }
        };
    }

    default DoubleUnaryOperator andThen(final DoubleUnaryOperator after) {
        Objects.requireNonNull(after);
        final DoubleUnaryOperator self = this;
        return new DoubleUnaryOperator() {
            public double applyAsDouble(double operand) {
                return after.applyAsDouble(self.applyAsDouble(operand));
            }
        };
    }

    /* One shared instance, as a non-capturing lambda is on HotSpot. */
    static DoubleUnaryOperator identity() {
        return Identities.DOUBLE;
    }
}
