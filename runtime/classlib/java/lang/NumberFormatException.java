/*
 * NumberFormatException - a string does not have the format of a number.
 */
package java.lang;

public class NumberFormatException extends IllegalArgumentException {
    public NumberFormatException() {
        super();
    }

    public NumberFormatException(String message) {
        super(message);
    }

    /* For input string: "12x" (and " under radix 16" unless decimal). */
    static NumberFormatException forInputString(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\""
            + (radix == 10 ? "" : " under radix " + radix));
    }

    static NumberFormatException forInputString(String s) {
        return forInputString(s, 10);
    }

    /* Error at index 2 in: "12x" (the index within s[beginIndex, endIndex)). */
    static NumberFormatException forCharSequence(CharSequence s, int beginIndex,
                                                 int endIndex, int errorIndex) {
        return new NumberFormatException("Error at index "
            + (errorIndex - beginIndex) + " in: \""
            + s.subSequence(beginIndex, endIndex) + "\"");
    }
}
