/*
 * IntSupplier - a source of int results.
 */
package java.util.function;

@FunctionalInterface
public interface IntSupplier {
    int getAsInt();
}
