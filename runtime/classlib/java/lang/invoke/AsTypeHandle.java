/*
 * AsTypeHandle - the adapter of MethodHandle.asType and
 * MethodHandles.explicitCastArguments: converts each argument from the new
 * type to the target's, calls the target, and converts the result back
 * (ValueConversions has the rules of both).
 */
package java.lang.invoke;

final class AsTypeHandle extends MethodHandle {
    private final MethodHandle target;
    private final boolean explicit;     /* explicitCastArguments' rules */

    AsTypeHandle(MethodHandle target, MethodType newType, boolean explicit) {
        super(newType);
        this.target = target;
        this.explicit = explicit;
    }

    /* May a handle of type [from] be adapted to [to]? Arguments convert
     * from [to]'s types to [from]'s, the result the other way; a void
     * result may become anything (null or zero) and anything may be
     * dropped to void. */
    static boolean canConvert(MethodType from, MethodType to) {
        int n = from.parameterCount();
        if (n != to.parameterCount())
            return false;
        for (int i = 0; i < n; i++)
            if (!ValueConversions.canConvert(to.parameterType(i), from.parameterType(i)))
                return false;
        Class<?> r = from.returnType(), nr = to.returnType();
        return r == void.class || nr == void.class || ValueConversions.canConvert(r, nr);
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        MethodType targetType = target.type;
        int n = args.length;
        Object[] converted = new Object[n];
        for (int i = 0; i < n; i++)
            converted[i] = convert(args[i], type.parameterType(i), targetType.parameterType(i));
        Object result = target.invokeGeneric(converted);
        Class<?> r = targetType.returnType(), nr = type.returnType();
        if (nr == void.class)
            return null;
        if (r == void.class)
            return ValueConversions.zeroOf(nr);
        return convert(result, r, nr);
    }

    private Object convert(Object v, Class<?> from, Class<?> to) {
        return explicit ? ValueConversions.explicitCast(v, from, to)
                        : ValueConversions.convert(v, from, to);
    }
}
