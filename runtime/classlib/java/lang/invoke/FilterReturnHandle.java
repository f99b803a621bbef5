/*
 * FilterReturnHandle - filterReturnValue: the target's result (nothing, if
 * it is void) goes through a filter, whose result is the handle's.
 */
package java.lang.invoke;

final class FilterReturnHandle extends MethodHandle {
    private static final Object[] NO_ARGS = new Object[0];

    private final MethodHandle target;
    private final MethodHandle filter;

    FilterReturnHandle(MethodHandle target, MethodHandle filter) {
        super(target.type.changeReturnType(filter.type.returnType()));
        this.target = target;
        this.filter = filter;
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        Object result = target.invokeGeneric(args);
        if (target.type.returnType() == void.class)
            return filter.invokeGeneric(NO_ARGS);
        return filter.invokeGeneric(new Object[] {result});
    }
}
