/*
 * CollectorHandle - asCollector: takes a fixed number of values at one
 * position and passes them to the target as a single new array.
 */
package java.lang.invoke;

final class CollectorHandle extends MethodHandle {
    private final MethodHandle target;
    private final int pos;
    private final Class<?> arrayType;
    private final int length;

    private CollectorHandle(MethodType type, MethodHandle target, int pos,
                            Class<?> arrayType, int length) {
        super(type);
        this.target = target;
        this.pos = pos;
        this.arrayType = arrayType;
        this.length = length;
    }

    /* The collector over parameter [pos] of [target], which takes arrays
     * of [arrayType]. */
    static MethodHandle make(MethodHandle target, int pos, Class<?> arrayType, int length) {
        Class<?>[] values = new Class<?>[length];
        for (int i = 0; i < length; i++)
            values[i] = arrayType.getComponentType();
        MethodType t = target.type.dropParameterTypes(pos, pos + 1)
                                  .insertParameterTypes(pos, values);
        return new CollectorHandle(t, target, pos, arrayType, length);
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        Object array = ValueConversions.newArray(arrayType, length);
        for (int i = 0; i < length; i++)
            ValueConversions.arraySet(array, i, args[pos + i]);
        Object[] all = new Object[args.length - length + 1];
        System.arraycopy(args, 0, all, 0, pos);
        all[pos] = array;
        System.arraycopy(args, pos + length, all, pos + 1, args.length - pos - length);
        return target.invokeGeneric(all);
    }
}
