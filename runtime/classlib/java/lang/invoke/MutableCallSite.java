/*
 * MutableCallSite - a call site whose target may be changed; the VM reads
 * the target on every call, so a change shows at the next call.
 */
package java.lang.invoke;

public class MutableCallSite extends CallSite {
    public MutableCallSite(MethodType type) {
        super(type);
    }

    public MutableCallSite(MethodHandle target) {
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

    /* Every thread sees each site's current target: with the target read
     * at each call there is nothing to publish. */
    public static void syncAll(MutableCallSite[] sites) {
        for (int i = 0; i < sites.length; i++)
            if (sites[i] == null)
                throw new NullPointerException();
    }
}
