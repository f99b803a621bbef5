/*
 * GuardWithTestHandle - guardWithTest: a test over a prefix of the
 * arguments chooses between the target and the fallback.
 */
package java.lang.invoke;

final class GuardWithTestHandle extends MethodHandle {
    private final MethodHandle test;
    private final MethodHandle target;
    private final MethodHandle fallback;

    GuardWithTestHandle(MethodHandle test, MethodHandle target, MethodHandle fallback) {
        super(target.type);
        this.test = test;
        this.target = target;
        this.fallback = fallback;
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        Object[] testArgs = new Object[test.type.parameterCount()];
        System.arraycopy(args, 0, testArgs, 0, testArgs.length);
        boolean passed = ((Boolean) test.invokeGeneric(testArgs)).booleanValue();
        return (passed ? target : fallback).invokeGeneric(args);
    }
}
