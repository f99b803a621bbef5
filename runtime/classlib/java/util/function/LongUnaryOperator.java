/*
 * LongUnaryOperator - an operation on one long giving a long.
 */
package java.util.function;

import java.util.Objects;

@FunctionalInterface
public interface LongUnaryOperator {
    long applyAsLong(long operand);

    default LongUnaryOperator compose(final LongUnaryOperator before) {
        Objects.requireNonNull(before);
        final LongUnaryOperator self = this;
        return new LongUnaryOperator() {
            public long applyAsLong(long operand) {
                return self.applyAsLong(before.applyAsLong(operand));
            }
        };
    }

    default LongUnaryOperator andThen(final LongUnaryOperator after) {
        Objects.requireNonNull(after);
        final LongUnaryOperator self = this;
        return new LongUnaryOperator() {
            public long applyAsLong(long operand) {
                return after.applyAsLong(self.applyAsLong(operand));
            }
        };
    }

    /* One shared instance, as a non-capturing lambda is on HotSpot. */
    static LongUnaryOperator identity() {
        return Identities.LONG;
    }
}
