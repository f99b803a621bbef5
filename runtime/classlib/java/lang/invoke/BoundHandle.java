/*
 * BoundHandle - insertArguments and bindTo: fixed values inserted into
 * the argument list at one position before the target is called.
 */
package java.lang.invoke;

final class BoundHandle extends MethodHandle {
    private final MethodHandle target;
    private final int pos;
    private final Object[] values;      /* already converted to the types */

    BoundHandle(MethodHandle target, int pos, Object[] values) {
        super(target.type.dropParameterTypes(pos, pos + values.length));
        this.target = target;
        this.pos = pos;
        this.values = values;
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        int inserted = values.length;
        Object[] all = new Object[args.length + inserted];
        System.arraycopy(args, 0, all, 0, pos);
        System.arraycopy(values, 0, all, pos, inserted);
        System.arraycopy(args, pos, all, pos + inserted, args.length - pos);
        return target.invokeGeneric(all);
    }
}
