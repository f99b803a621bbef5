/*
 * VolatileCallSite - a call site whose target may be changed, the change
 * seen at once by every thread. The VM reads the target at each call.
 */
package java.lang.invoke;

public class VolatileCallSite extends CallSite {
    public VolatileCallSite(MethodType type) {
        super(type);
    }

    public VolatileCallSite(MethodHandle target) {
        super(target);
    }

    public final MethodHandle getTarget() {
        return target;
    }

    public void setTarget(MethodHandle newTarget) {
        checkTargetType(newTarget, type());
        target = newTarget;
    }

    public final MethodHandle dynamicInvoker() {
        return makeDynamicInvoker();
    }
}
