/*
 * NoClassDefFoundError - a class that was present at compile time cannot be found.
 */
package java.lang;

public class NoClassDefFoundError extends LinkageError {
    public NoClassDefFoundError() {
        super();
    }

    public NoClassDefFoundError(String message) {
        super(message);
    }
}
