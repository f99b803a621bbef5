/*
 * Identities - the shared instances behind the static factories of this
 * package whose JDK versions are non-capturing lambdas or method references
 * (Function.identity(), IntUnaryOperator.identity(), Predicate.isEqual(null)
 * ...). HotSpot hands out one object per such lambda, so a program can see
 * that two calls return the same instance; these fields give the same
 * identity. Not API.
 */
package java.util.function;

final class Identities {
    private Identities() {
    }

    @SuppressWarnings("rawtypes")
    static final Function FUNCTION = new Function() {
        public Object apply(Object t) {
            return t;
        }
    };

    @SuppressWarnings("rawtypes")
    static final UnaryOperator UNARY = new UnaryOperator() {
        public Object apply(Object t) {
            return t;
        }
    };

    @SuppressWarnings("rawtypes")
    static final Predicate IS_NULL = new Predicate() {
        public boolean test(Object t) {
            return t == null;
        }
    };

    static final IntUnaryOperator INT = new IntUnaryOperator() {
        public int applyAsInt(int operand) {
            return operand;
        }
    };

    static final LongUnaryOperator LONG = new LongUnaryOperator() {
        public long applyAsLong(long operand) {
            return operand;
        }
    };

    static final DoubleUnaryOperator DOUBLE = new DoubleUnaryOperator() {
        public double applyAsDouble(double operand) {
            return operand;
        }
    };
}
