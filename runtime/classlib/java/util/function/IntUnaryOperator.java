/*
 * IntUnaryOperator - an operation on one int giving an int.
 */
package java.util.function;

import java.util.Objects;

@FunctionalInterface
public interface IntUnaryOperator {
    int applyAsInt(int operand);

    default IntUnaryOperator compose(final IntUnaryOperator before) {
        Objects.requireNonNull(before);
        final IntUnaryOperator self = this;
        return new IntUnaryOperator() {
            public int applyAsInt(int operand) {
                return self.applyAsInt(before.applyAsInt(operand));
            }
        };
    }

    default IntUnaryOperator andThen(final IntUnaryOperator after) {
        Objects.requireNonNull(after);
        final IntUnaryOperator self = this;
        return new IntUnaryOperator() {
            public int applyAsInt(int operand) {
                return after.applyAsInt(self.applyAsInt(operand));
            }
        };
    }

    /* One shared instance, as a non-capturing lambda is on HotSpot. */
    static IntUnaryOperator identity() {
        return Identities.INT;
    }
}
