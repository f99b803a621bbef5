/*
 * LongToIntFunction - an int-valued function of one long argument.
 */
package java.util.function;

@FunctionalInterface
public interface LongToIntFunction {
    int applyAsInt(long value);
}
