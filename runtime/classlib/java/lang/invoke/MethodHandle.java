/*
 * MethodHandle - a typed, directly executable reference to a method, a
 * constructor, a field access or a transformation of another handle.
 *
 * How a call runs: the VM intercepts invokeExact and invoke. A
 * DirectMethodHandle whose type is exactly the call site's is called
 * straight from C; every other call comes to invokeFromVm with the call
 * site's arguments boxed. There the handle is adapted to the call site's
 * type (asType) and its invokeGeneric runs: each kind of handle implements
 * invokeGeneric in Java over boxed values, down to DirectMethodHandle,
 * whose invokeGeneric is a native that performs the member access.
 *
 * The boxed calling convention: invokeGeneric receives exactly
 * type.parameterCount() values, each of its parameter type (a primitive
 * as its exact wrapper: an int is an Integer), and returns a value of the
 * return type the same way (null for void). It must not change the array
 * it was given: a combinator may pass one array to several handles.
 *
 * The VM reads `type` directly and calls invokeFromVm by name
 * (runtime/classlib/README.md).
 */
package java.lang.invoke;

import java.util.List;

public abstract class MethodHandle {
    final MethodType type;

    /* The last asType result: call sites of one type tend to repeat. */
    private MethodHandle asTypeCache;

    MethodHandle(MethodType type) {
        if (type == null)
            throw new NullPointerException();
        this.type = type;
    }

    public MethodType type() {
        return type;
    }

    /* ---- invocation ---- */

    /* Signature polymorphic (JLS 15.12.3): javac compiles each call with
     * the call site's own descriptor and the VM intercepts it. */
    public final native Object invokeExact(Object... args) throws Throwable;

    public final native Object invoke(Object... args) throws Throwable;

    /* Runs the handle over boxed arguments of exactly its own type; see
     * the top of this file. */
    abstract Object invokeGeneric(Object[] args) throws Throwable;

    /* The VM's entry for every call it does not make directly: [args] are
     * the call site's arguments boxed per [callType]; the result is boxed
     * per callType's return type and the VM unboxes it. */
    static Object invokeFromVm(MethodHandle mh, MethodType callType, boolean exact,
                               Object[] args) throws Throwable {
        if (mh.type.equals(callType))
            return mh.invokeGeneric(args);
        if (exact)
            throw new WrongMethodTypeException("expected " + mh.type + " but found " + callType);
        return mh.asType(callType).invokeGeneric(args);
    }

    /* As an inexact invoke from a call site whose parameter and return
     * types are all Object; a null array is no arguments. */
    public Object invokeWithArguments(Object... arguments) throws Throwable {
        Object[] args = arguments == null ? new Object[0] : arguments.clone();
        MethodType generic = MethodType.genericMethodType(args.length);
        return asType(generic).invokeGeneric(args);
    }

    public Object invokeWithArguments(List<?> arguments) throws Throwable {
        return invokeWithArguments(arguments.toArray());
    }

    /* ---- conversions ---- */

    /* A handle of [newType] that converts its arguments to this handle's
     * types, calls it, and converts the result back (boxing, unboxing,
     * widening primitive conversions and reference casts); throws
     * WrongMethodTypeException if some pair of types does not convert. */
    public MethodHandle asType(MethodType newType) {
        if (newType == type)
            return this;
        MethodHandle cached = asTypeCache;
        if (cached != null && cached.type == newType)
            return cached;
        MethodHandle adapted = asTypeUncached(newType);
        asTypeCache = adapted;
        return adapted;
    }

    /* asType for a new type; a varargs collector overrides this to
     * collect trailing arguments first. */
    MethodHandle asTypeUncached(MethodType newType) {
        if (!AsTypeHandle.canConvert(type, newType))
            throw cannotConvert(newType);
        return new AsTypeHandle(this, newType, false);
    }

    WrongMethodTypeException cannotConvert(MethodType newType) {
        return new WrongMethodTypeException("cannot convert " + this + " to " + newType);
    }

    /* Binds [x] to the first parameter, which must be a reference. */
    public MethodHandle bindTo(Object x) {
        if (type.parameterCount() == 0 || type.parameterType(0).isPrimitive())
            throw new IllegalArgumentException("no leading reference parameter");
        ValueConversions.castReference(x, type.parameterType(0));
        return new BoundHandle(asFixedArity(), 0, new Object[] {x});
    }

    /* ---- arrays and arity ---- */

    public MethodHandle asSpreader(Class<?> arrayType, int arrayLength) {
        return asSpreader(type.parameterCount() - arrayLength, arrayType, arrayLength);
    }

    /* A handle taking one array, at [spreadArgPos], in place of the
     * [arrayLength] parameters that start there. */
    public MethodHandle asSpreader(int spreadArgPos, Class<?> arrayType, int arrayLength) {
        Class<?> component = arrayComponent(arrayType);
        if (arrayLength < 0)
            throw new IllegalArgumentException("array length is not legal: " + arrayLength);
        int count = type.parameterCount();
        if (spreadArgPos < 0 || spreadArgPos + arrayLength > count)
            throw new IllegalArgumentException("bad spread array length");
        Class<?>[] ps = type.parameterArray();
        for (int i = 0; i < arrayLength; i++)
            ps[spreadArgPos + i] = component;
        MethodHandle target = asFixedArity().asType(MethodType.methodType(type.returnType(), ps));
        MethodType spreadType = type.dropParameterTypes(spreadArgPos, spreadArgPos + arrayLength)
                                    .insertParameterTypes(spreadArgPos, arrayType);
        return new SpreaderHandle(spreadType, target, spreadArgPos, arrayLength);
    }

    public MethodHandle asCollector(Class<?> arrayType, int arrayLength) {
        return asCollector(type.parameterCount() - 1, arrayType, arrayLength);
    }

    /* A handle taking [arrayLength] values of the array's component type
     * at [collectArgPos], which it passes as one new array there. */
    public MethodHandle asCollector(int collectArgPos, Class<?> arrayType, int arrayLength) {
        checkCollectorArray(collectArgPos, arrayType);
        if (arrayLength < 0)
            throw new IllegalArgumentException("array length is not legal: " + arrayLength);
        return CollectorHandle.make(asFixedArity(), collectArgPos, arrayType, arrayLength);
    }

    /* The trailing parameter must accept arrays of [arrayType]. */
    void checkCollectorArray(int pos, Class<?> arrayType) {
        arrayComponent(arrayType);
        if (pos < 0 || pos >= type.parameterCount()
                || !type.parameterType(pos).isAssignableFrom(arrayType))
            throw new IllegalArgumentException("array type not assignable to argument: "
                                               + this + ", " + arrayType);
    }

    static Class<?> arrayComponent(Class<?> arrayType) {
        Class<?> component = arrayType.getComponentType();
        if (component == null)
            throw new IllegalArgumentException("not an array type: " + arrayType);
        return component;
    }

    /* A variable arity adapter: an inexact call with any number of
     * trailing arguments collects them into a new array of [arrayType]. */
    public MethodHandle asVarargsCollector(Class<?> arrayType) {
        checkCollectorArray(type.parameterCount() - 1, arrayType);
        MethodHandle fixed = asFixedArity();
        if (isVarargsCollector() && type.lastParameterType() == arrayType)
            return this;
        return new VarargsCollectorHandle(fixed, arrayType);
    }

    public boolean isVarargsCollector() {
        return false;
    }

    public MethodHandle asFixedArity() {
        return this;
    }

    public MethodHandle withVarargs(boolean makeVarargs) {
        if (makeVarargs == isVarargsCollector())
            return this;
        if (!makeVarargs)
            return asFixedArity();
        Class<?> last = type.lastParameterType();
        if (type.parameterCount() == 0 || !last.isArray())
            throw new IllegalArgumentException("not an array type: " + last);
        return asVarargsCollector(last);
    }

    /* ---- printing ---- */

    public String toString() {
        return "MethodHandle" + type;
    }
}
