/*
 * LambdaMetafactory - the bootstrap methods javac uses for lambdas and
 * method references.
 *
 * The VM links javac's call sites to these itself (runtime/indy.c spins a
 * class that implements the interface), so the methods exist for source
 * compatibility and are not meant to be called directly.
 */
package java.lang.invoke;

public final class LambdaMetafactory {
    private LambdaMetafactory() {
    }

    public static final int FLAG_SERIALIZABLE = 1 << 0;
    public static final int FLAG_MARKERS = 1 << 1;
    public static final int FLAG_BRIDGES = 1 << 2;

    public static CallSite metafactory(MethodHandles.Lookup caller,
                                       String interfaceMethodName,
                                       MethodType factoryType,
                                       MethodType interfaceMethodType,
                                       MethodHandle implementation,
                                       MethodType dynamicMethodType)
            throws LambdaConversionException {
        throw new UnsupportedOperationException(
            "invoked directly; the VM links javac's call sites itself");
    }

    public static CallSite altMetafactory(MethodHandles.Lookup caller,
                                          String interfaceMethodName,
                                          MethodType factoryType,
                                          Object... args)
            throws LambdaConversionException {
        throw new UnsupportedOperationException(
            "invoked directly; the VM links javac's call sites itself");
    }
}
