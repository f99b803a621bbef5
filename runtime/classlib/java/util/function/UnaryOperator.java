/*
 * UnaryOperator - an operation on one value giving a value of the same type.
 */
package java.util.function;

@FunctionalInterface
public interface UnaryOperator<T> extends Function<T, T> {
    /* One shared instance, as a non-capturing lambda is on HotSpot (and a
     * different one from Function.identity()'s). */
    @SuppressWarnings("unchecked")
    static <T> UnaryOperator<T> identity() {
        return (UnaryOperator<T>) Identities.UNARY;
    }
}
