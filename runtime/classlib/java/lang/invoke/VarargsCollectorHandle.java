/*
 * VarargsCollectorHandle - asVarargsCollector: a handle of variable arity.
 * Called exactly (or with its own type) it is its target; an inexact call
 * of another type collects the trailing arguments into a new array, unless
 * the call has the same arity and already passes an array there.
 */
package java.lang.invoke;

final class VarargsCollectorHandle extends MethodHandle {
    private final MethodHandle target;      /* fixed arity */
    private final Class<?> arrayType;

    VarargsCollectorHandle(MethodHandle target, Class<?> arrayType) {
        super(target.type);
        this.target = target;
        this.arrayType = arrayType;
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        return target.invokeGeneric(args);
    }

    public boolean isVarargsCollector() {
        return true;
    }

    public MethodHandle asFixedArity() {
        return target;
    }

    MethodHandle asTypeUncached(MethodType newType) {
        int fixed = type.parameterCount() - 1;
        int count = newType.parameterCount();
        if (count == fixed + 1 && arrayType.isAssignableFrom(newType.parameterType(fixed)))
            return target.asType(newType);
        if (count < fixed)
            throw cannotConvert(newType);
        return CollectorHandle.make(target, fixed, arrayType, count - fixed).asType(newType);
    }
}
