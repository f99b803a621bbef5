/*
 * StringConcatFactory - the bootstrap methods javac (9 and later) uses for
 * string concatenation.
 *
 * The VM links javac's call sites to these itself (runtime/indy.c spins a
 * StringBuilder chain), so the methods exist for source compatibility and
 * are not meant to be called directly.
 */
package java.lang.invoke;

public final class StringConcatFactory {
    private StringConcatFactory() {
    }

    public static CallSite makeConcat(MethodHandles.Lookup lookup, String name,
                                      MethodType concatType)
            throws StringConcatException {
        throw new UnsupportedOperationException(
            "invoked directly; the VM links javac's call sites itself");
    }

    public static CallSite makeConcatWithConstants(MethodHandles.Lookup lookup, String name,
                                                   MethodType concatType, String recipe,
                                                   Object... constants)
            throws StringConcatException {
        throw new UnsupportedOperationException(
            "invoked directly; the VM links javac's call sites itself");
    }
}
