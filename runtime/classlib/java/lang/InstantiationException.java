/*
 * InstantiationException - a class cannot be instantiated (abstract, interface...).
 */
package java.lang;

public class InstantiationException extends ReflectiveOperationException {
    public InstantiationException() {
        super();
    }

    public InstantiationException(String message) {
        super(message);
    }
}
