/*
 * Cortado class library: java.util.IllegalFormatException, the superclass
 * of Formatter's errors.
 */
package java.util;

public class IllegalFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 18830826L;

    IllegalFormatException() {
    }
}
