/*
 * ExceptionInInitializerError - a static initializer threw an exception
 * (its cause).
 */
package java.lang;

public class ExceptionInInitializerError extends LinkageError {
    public ExceptionInInitializerError() {
        initCause(null);
    }

    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    public ExceptionInInitializerError(String s) {
        super(s, null);
    }

    /* The exception the initializer threw: the cause. */
    public Throwable getException() {
        return getCause();
    }
}
