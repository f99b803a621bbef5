/*
 * CatchExceptionHandle - catchException: runs the target; an exception of
 * the given class goes to the handler, with a prefix of the arguments,
 * and the handler's result is the handle's.
 */
package java.lang.invoke;

final class CatchExceptionHandle extends MethodHandle {
    private final MethodHandle target;
    private final Class<? extends Throwable> exType;
    private final MethodHandle handler;

    CatchExceptionHandle(MethodHandle target, Class<? extends Throwable> exType,
                         MethodHandle handler) {
        super(target.type);
        this.target = target;
        this.exType = exType;
        this.handler = handler;
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        try {
            return target.invokeGeneric(args);
        } catch (Throwable e) {
            if (!exType.isInstance(e))
                throw e;
            Object[] handlerArgs = new Object[handler.type.parameterCount()];
            handlerArgs[0] = e;
            System.arraycopy(args, 0, handlerArgs, 1, handlerArgs.length - 1);
            return handler.invokeGeneric(handlerArgs);
        }
    }
}
