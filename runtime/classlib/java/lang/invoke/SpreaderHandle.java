/*
 * SpreaderHandle - asSpreader: takes one array at a position and passes
 * its elements to the target as separate arguments.
 */
package java.lang.invoke;

final class SpreaderHandle extends MethodHandle {
    private final MethodHandle target;  /* takes the component type there */
    private final int pos;
    private final int length;

    SpreaderHandle(MethodType type, MethodHandle target, int pos, int length) {
        super(type);
        this.target = target;
        this.pos = pos;
        this.length = length;
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        Object array = args[pos];
        if (array == null) {
            if (length != 0)
                throw new NullPointerException("null array reference");
        } else if (ValueConversions.arrayLength(array) != length) {
            throw new IllegalArgumentException("array is not of length " + length);
        }
        Object[] all = new Object[args.length - 1 + length];
        System.arraycopy(args, 0, all, 0, pos);
        for (int i = 0; i < length; i++)
            all[pos + i] = ValueConversions.arrayGet(array, i);
        System.arraycopy(args, pos + 1, all, pos + length, args.length - pos - 1);
        return target.invokeGeneric(all);
    }
}
