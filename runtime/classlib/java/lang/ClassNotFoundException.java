/*
 * ClassNotFoundException - a class looked up by name (Class.forName) does
 * not exist.
 */
package java.lang;

public class ClassNotFoundException extends ReflectiveOperationException {
    public ClassNotFoundException() {
        super((Throwable) null);
    }

    public ClassNotFoundException(String s) {
        super(s, null);
    }

    public ClassNotFoundException(String s, Throwable ex) {
        super(s, ex);
    }

    /* The cause: this predates getCause(). */
    public Throwable getException() {
        return getCause();
    }
}
