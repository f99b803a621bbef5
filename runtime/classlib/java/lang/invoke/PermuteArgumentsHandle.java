/*
 * PermuteArgumentsHandle - permuteArguments: the target's argument i is
 * the handle's argument reorder[i] (arguments may repeat or be dropped).
 */
package java.lang.invoke;

final class PermuteArgumentsHandle extends MethodHandle {
    private final MethodHandle target;
    private final int[] reorder;

    PermuteArgumentsHandle(MethodType type, MethodHandle target, int[] reorder) {
        super(type);
        this.target = target;
        this.reorder = reorder;
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        Object[] permuted = new Object[reorder.length];
        for (int i = 0; i < reorder.length; i++)
            permuted[i] = args[reorder[i]];
        return target.invokeGeneric(permuted);
    }
}
