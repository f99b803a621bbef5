/*
 * LongSupplier - a source of long results.
 */
package java.util.function;

@FunctionalInterface
public interface LongSupplier {
    long getAsLong();
}
