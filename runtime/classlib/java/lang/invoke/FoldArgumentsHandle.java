/*
 * FoldArgumentsHandle - foldArguments and collectArguments: a combiner
 * runs over the arguments at one position and its result (unless void)
 * is passed to the target there. foldArguments keeps the combiner's
 * arguments for the target too; collectArguments replaces them.
 */
package java.lang.invoke;

final class FoldArgumentsHandle extends MethodHandle {
    private final MethodHandle target;
    private final int pos;
    private final MethodHandle combiner;
    private final boolean keepArguments;

    FoldArgumentsHandle(MethodType type, MethodHandle target, int pos, MethodHandle combiner,
                        boolean keepArguments) {
        super(type);
        this.target = target;
        this.pos = pos;
        this.combiner = combiner;
        this.keepArguments = keepArguments;
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        int n = combiner.type.parameterCount();
        Object[] combinerArgs = new Object[n];
        System.arraycopy(args, pos, combinerArgs, 0, n);
        Object value = combiner.invokeGeneric(combinerArgs);
        boolean hasResult = combiner.type.returnType() != void.class;
        int removed = keepArguments ? 0 : n;
        int added = hasResult ? 1 : 0;
        Object[] targetArgs = new Object[args.length - removed + added];
        System.arraycopy(args, 0, targetArgs, 0, pos);
        if (hasResult)
            targetArgs[pos] = value;
        System.arraycopy(args, pos + removed, targetArgs, pos + added,
                         args.length - pos - removed);
        return target.invokeGeneric(targetArgs);
    }
}
