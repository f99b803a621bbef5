/*
 * DropArgumentsHandle - dropArguments: ignores some arguments at one
 * position and calls the target with the others.
 */
package java.lang.invoke;

final class DropArgumentsHandle extends MethodHandle {
    private final MethodHandle target;
    private final int pos;
    private final int count;

    DropArgumentsHandle(MethodType type, MethodHandle target, int pos, int count) {
        super(type);
        this.target = target;
        this.pos = pos;
        this.count = count;
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        Object[] kept = new Object[args.length - count];
        System.arraycopy(args, 0, kept, 0, pos);
        System.arraycopy(args, pos + count, kept, pos, kept.length - pos);
        return target.invokeGeneric(kept);
    }
}
