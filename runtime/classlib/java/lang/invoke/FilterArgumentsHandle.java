/*
 * FilterArgumentsHandle - filterArguments: some arguments each go through
 * a one-argument filter before the target is called.
 */
package java.lang.invoke;

final class FilterArgumentsHandle extends MethodHandle {
    private final MethodHandle target;
    private final int pos;
    private final MethodHandle[] filters;   /* null: argument left alone */

    FilterArgumentsHandle(MethodType type, MethodHandle target, int pos, MethodHandle[] filters) {
        super(type);
        this.target = target;
        this.pos = pos;
        this.filters = filters;
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        Object[] filtered = args.clone();
        for (int i = 0; i < filters.length; i++)
            if (filters[i] != null)
                filtered[pos + i] = filters[i].invokeGeneric(new Object[] {args[pos + i]});
        return target.invokeGeneric(filtered);
    }
}
