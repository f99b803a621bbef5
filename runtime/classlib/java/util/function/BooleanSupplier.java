/*
 * BooleanSupplier - a source of boolean results.
 */
package java.util.function;

@FunctionalInterface
public interface BooleanSupplier {
    boolean getAsBoolean();
}
