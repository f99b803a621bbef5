/*
 * ObjDoubleConsumer - an operation on an object and a double with no result.
 */
package java.util.function;

@FunctionalInterface
public interface ObjDoubleConsumer<T> {
    void accept(T t, double value);
}
