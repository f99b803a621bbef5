/*
 * CallSite - the holder of an invokedynamic call site's target.
 *
 * The VM links an invokedynamic instruction to the CallSite its bootstrap
 * method returns and reads `target` on every call (so setTarget takes
 * effect at once); the field is part of the VM's contract
 * (runtime/classlib/README.md). A target's type is always the site's.
 */
package java.lang.invoke;

public abstract class CallSite {
    MethodHandle target;

    /* A site whose target throws IllegalStateException until set. */
    CallSite(MethodType type) {
        target = new Uninitialized(type);
    }

    CallSite(MethodHandle target) {
        target.type();                  /* NullPointerException for null */
        this.target = target;
    }

    /* A site whose target [createTargetHook] computes from the site. */
    CallSite(MethodType targetType, MethodHandle createTargetHook) throws Throwable {
        this(targetType);
        Object made = createTargetHook.invokeWithArguments(this);
        MethodHandle t = (MethodHandle) made;
        checkTargetType(t, targetType);
        target = t;
    }

    public MethodType type() {
        return target.type;
    }

    public abstract MethodHandle getTarget();

    public abstract void setTarget(MethodHandle newTarget);

    public abstract MethodHandle dynamicInvoker();

    /* For setTarget: [newTarget] must have exactly [type]. */
    static void checkTargetType(MethodHandle newTarget, MethodType type) {
        if (!newTarget.type().equals(type))
            throw new WrongMethodTypeException(newTarget + " should be of type " + type);
    }

    /* A handle that calls whatever the site's target is at the time. */
    MethodHandle makeDynamicInvoker() {
        return new Invoker(this);
    }

    private static final class Invoker extends MethodHandle {
        private final CallSite site;

        Invoker(CallSite site) {
            super(site.type());
            this.site = site;
        }

        Object invokeGeneric(Object[] args) throws Throwable {
            return site.target.invokeGeneric(args);
        }
    }

    private static final class Uninitialized extends MethodHandle {
        Uninitialized(MethodType type) {
            super(type);
        }

        Object invokeGeneric(Object[] args) {
            throw new IllegalStateException("uninitialized call site");
        }
    }
}
