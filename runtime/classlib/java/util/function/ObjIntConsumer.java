/*
 * ObjIntConsumer - an operation on an object and an int with no result.
 */
package java.util.function;

@FunctionalInterface
public interface ObjIntConsumer<T> {
    void accept(T t, int value);
}
