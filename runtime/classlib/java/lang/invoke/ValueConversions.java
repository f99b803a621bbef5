/*
 * ValueConversions - the conversions MethodHandle.asType applies to boxed
 * values, and the small tables of primitive types and their wrappers.
 *
 * Inside java.lang.invoke a value of primitive type travels boxed in its
 * exact wrapper (an int as an Integer, never as a Short or a Long), so a
 * conversion takes a box and returns a box. The static check (may a value
 * of type A become a B?) and the run-time conversion live side by side
 * here so that they cannot disagree.
 *
 * Must never: hand back a box of another wrapper than the destination
 * type's, or let a reference through to a type it is not an instance of.
 */
package java.lang.invoke;

final class ValueConversions {
    private ValueConversions() {
    }

    /* ---- primitive types and wrappers ---- */

    /* The wrapper of primitive type [c] (Void for void), or null. */
    static Class<?> wrapperOf(Class<?> c) {
        if (!c.isPrimitive())
            return null;
        if (c == int.class)
            return Integer.class;
        if (c == long.class)
            return Long.class;
        if (c == boolean.class)
            return Boolean.class;
        if (c == double.class)
            return Double.class;
        if (c == float.class)
            return Float.class;
        if (c == char.class)
            return Character.class;
        if (c == byte.class)
            return Byte.class;
        if (c == short.class)
            return Short.class;
        return Void.class;
    }

    /* The primitive type wrapped by [c] (void for Void), or null. */
    static Class<?> primitiveOf(Class<?> c) {
        if (c == Integer.class)
            return int.class;
        if (c == Long.class)
            return long.class;
        if (c == Boolean.class)
            return boolean.class;
        if (c == Double.class)
            return double.class;
        if (c == Float.class)
            return float.class;
        if (c == Character.class)
            return char.class;
        if (c == Byte.class)
            return byte.class;
        if (c == Short.class)
            return short.class;
        if (c == Void.class)
            return void.class;
        return null;
    }

    /* The boxed zero (or false, or null) of type [c]; null for void. */
    static Object zeroOf(Class<?> c) {
        if (!c.isPrimitive() || c == void.class)
            return null;
        if (c == int.class)
            return Integer.valueOf(0);
        if (c == long.class)
            return Long.valueOf(0L);
        if (c == boolean.class)
            return Boolean.FALSE;
        if (c == double.class)
            return Double.valueOf(0.0);
        if (c == float.class)
            return Float.valueOf(0.0f);
        if (c == char.class)
            return Character.valueOf((char) 0);
        if (c == byte.class)
            return Byte.valueOf((byte) 0);
        return Short.valueOf((short) 0);
    }

    /* JLS 5.1.2: is there a widening primitive conversion from [from] to
     * [to] (or are they the same type)? boolean and void widen to nothing. */
    static boolean widens(Class<?> from, Class<?> to) {
        if (from == to)
            return true;
        if (from == boolean.class || to == boolean.class
                || from == void.class || to == void.class)
            return false;
        if (from == byte.class)
            return to != char.class;
        if (from == short.class || from == char.class)
            return to == int.class || to == long.class
                || to == float.class || to == double.class;
        if (from == int.class)
            return to == long.class || to == float.class || to == double.class;
        if (from == long.class)
            return to == float.class || to == double.class;
        if (from == float.class)
            return to == double.class;
        return false;
    }

    /* ---- the asType rules ---- */

    /* May a value of static type [from] be converted to [to] by asType?
     * (The JDK's MethodHandle.asType: reference casts, widening primitive
     * conversions, boxing to a supertype of the wrapper, unboxing from a
     * wrapper or a supertype of one, then widening.) Void is handled by the
     * callers: it only appears as a return type. */
    static boolean canConvert(Class<?> from, Class<?> to) {
        if (from == to)
            return true;
        boolean fromPrimitive = from.isPrimitive(), toPrimitive = to.isPrimitive();
        if (!fromPrimitive && !toPrimitive)
            return true;                    /* checked when it happens */
        if (fromPrimitive && toPrimitive)
            return widens(from, to);
        if (fromPrimitive)
            return to.isAssignableFrom(wrapperOf(from));
        Class<?> unboxed = primitiveOf(from);
        if (unboxed != null)
            return widens(unboxed, to);
        return from.isAssignableFrom(wrapperOf(to));
    }

    /* Converts the boxed value [v] of static type [from] to [to]; the
     * conversion has passed canConvert. Throws ClassCastException or
     * NullPointerException as the JDK does when the value does not fit. */
    static Object convert(Object v, Class<?> from, Class<?> to) {
        if (from == to)
            return v;
        if (!to.isPrimitive()) {
            if (from.isPrimitive())
                return v;                   /* boxing: already boxed */
            return castReference(v, to);
        }
        return unboxTo(v, to);
    }

    /* Class.cast's check with the JDK's message; null passes. */
    static Object castReference(Object v, Class<?> to) {
        if (v != null && !to.isInstance(v))
            throw new ClassCastException("Cannot cast " + v.getClass().getName()
                                         + " to " + to.getName());
        return v;
    }

    /* The box of primitive type [to] holding [v] (a box of any wrapper)
     * after unboxing and widening: a Short becomes an Integer for int. A
     * wrapper that does not widen to [to] is a ClassCastException naming
     * [to]'s wrapper; anything else fails the cast to Number. */
    static Object unboxTo(Object v, Class<?> to) {
        if (v == null)
            throw new NullPointerException();
        Class<?> unboxed = primitiveOf(v.getClass());
        if (unboxed == null || unboxed == void.class) {
            Number forced = (Number) v;     /* the VM's checkcast message */
            throw new ClassCastException("Cannot cast " + forced.getClass().getName()
                                         + " to " + wrapperOf(to).getName());
        }
        if (!widens(unboxed, to))
            throw new ClassCastException("Cannot cast " + v.getClass().getName()
                                         + " to " + wrapperOf(to).getName());
        return widen(v, to);
    }

    /* The box of [to] for the wrapper [v], whose primitive widens to [to]. */
    static Object widen(Object v, Class<?> to) {
        if (v instanceof Boolean)
            return v;
        if (v instanceof Character) {
            if (to == char.class)
                return v;
            v = Integer.valueOf(((Character) v).charValue());
        }
        Number n = (Number) v;
        if (to == int.class)
            return v instanceof Integer ? v : Integer.valueOf(n.intValue());
        if (to == long.class)
            return v instanceof Long ? v : Long.valueOf(n.longValue());
        if (to == double.class)
            return v instanceof Double ? v : Double.valueOf(n.doubleValue());
        if (to == float.class)
            return v instanceof Float ? v : Float.valueOf(n.floatValue());
        if (to == short.class)
            return v instanceof Short ? v : Short.valueOf(n.shortValue());
        return v;                           /* byte to byte */
    }

    /* ---- explicitCastArguments ---- */

    /* Converts [v] of static type [from] to [to] as explicitCastArguments
     * does: asType's conversions, plus any primitive cast (JLS 5.5), with
     * boolean as a one-bit integer (true is 1; to boolean tests the low
     * bit of the value cast to byte), and null unboxes to zero. As in the
     * verifier (JVMS 4.10.1.2), an interface type is not checked: the VM
     * checks the receiver of invokeinterface anyway. */
    static Object explicitCast(Object v, Class<?> from, Class<?> to) {
        if (from == to)
            return v;
        if (to.isInterface())
            return v;
        if (!to.isPrimitive())
            return castReference(v, to);    /* a primitive arrives boxed */
        if (v == null)
            return zeroOf(to);
        Class<?> unboxed = primitiveOf(v.getClass());
        if (unboxed == null || unboxed == void.class) {
            Number forced = (Number) v;     /* the VM's checkcast message */
            throw new ClassCastException("Cannot cast " + forced.getClass().getName()
                                         + " to " + wrapperOf(to).getName());
        }
        return castPrimitive(v, to);
    }

    /* The box of [to] holding the primitive in box [v] cast to [to]. */
    private static Object castPrimitive(Object v, Class<?> to) {
        if (v instanceof Boolean)
            v = Integer.valueOf(((Boolean) v).booleanValue() ? 1 : 0);
        else if (v instanceof Character)
            v = Integer.valueOf(((Character) v).charValue());
        Number n = (Number) v;
        if (to == int.class)
            return Integer.valueOf(n.intValue());
        if (to == long.class)
            return Long.valueOf(n.longValue());
        if (to == double.class)
            return Double.valueOf(n.doubleValue());
        if (to == float.class)
            return Float.valueOf(n.floatValue());
        if (to == short.class)
            return Short.valueOf(n.shortValue());
        if (to == byte.class)
            return Byte.valueOf(n.byteValue());
        if (to == char.class)
            return Character.valueOf((char) n.intValue());
        return Boolean.valueOf((n.byteValue() & 1) != 0);
    }

    /* ---- values given to MethodHandles.constant and insertArguments ---- */

    /* [v] as a value of [type]: cast for a reference type; for a primitive
     * type the box must unbox and widen to it ("class java.lang.Integer is
     * not compatible with class java.lang.Long" otherwise, as the JDK
     * words it: the wanted wrapper first). */
    static Object checkValue(Class<?> type, Object v) {
        if (!type.isPrimitive())
            return castReference(v, type);
        Class<?> unboxed = primitiveOf(v.getClass());   /* NPE for null */
        if (unboxed == null || unboxed == void.class || !widens(unboxed, type))
            throw new ClassCastException("class " + wrapperOf(type).getName()
                                         + " is not compatible with class "
                                         + v.getClass().getName());
        return widen(v, type);
    }

    /* ---- arrays of any type ---- */

    /* A new array of class [arrayType] with [length] elements. */
    static Object newArray(Class<?> arrayType, int length) {
        Class<?> component = arrayType.getComponentType();
        if (component == Object.class)
            return new Object[length];
        if (component == int.class)
            return new int[length];
        if (component == long.class)
            return new long[length];
        if (component == double.class)
            return new double[length];
        if (component == boolean.class)
            return new boolean[length];
        if (component == char.class)
            return new char[length];
        if (component == float.class)
            return new float[length];
        if (component == byte.class)
            return new byte[length];
        if (component == short.class)
            return new short[length];
        return java.lang.reflect.Array.newInstance(component, length);
    }

    /* Element [i] of [array], boxed for a primitive array. */
    static Object arrayGet(Object array, int i) {
        if (array instanceof Object[])
            return ((Object[]) array)[i];
        if (array instanceof int[])
            return Integer.valueOf(((int[]) array)[i]);
        if (array instanceof long[])
            return Long.valueOf(((long[]) array)[i]);
        if (array instanceof double[])
            return Double.valueOf(((double[]) array)[i]);
        if (array instanceof boolean[])
            return Boolean.valueOf(((boolean[]) array)[i]);
        if (array instanceof char[])
            return Character.valueOf(((char[]) array)[i]);
        if (array instanceof float[])
            return Float.valueOf(((float[]) array)[i]);
        if (array instanceof byte[])
            return Byte.valueOf(((byte[]) array)[i]);
        return Short.valueOf(((short[]) array)[i]);
    }

    /* Stores [v] (a box of the component type, for a primitive array)
     * into element [i] of [array]; an Object[] checks the store. */
    static void arraySet(Object array, int i, Object v) {
        if (array instanceof Object[])
            ((Object[]) array)[i] = v;
        else if (array instanceof int[])
            ((int[]) array)[i] = ((Integer) v).intValue();
        else if (array instanceof long[])
            ((long[]) array)[i] = ((Long) v).longValue();
        else if (array instanceof double[])
            ((double[]) array)[i] = ((Double) v).doubleValue();
        else if (array instanceof boolean[])
            ((boolean[]) array)[i] = ((Boolean) v).booleanValue();
        else if (array instanceof char[])
            ((char[]) array)[i] = ((Character) v).charValue();
        else if (array instanceof float[])
            ((float[]) array)[i] = ((Float) v).floatValue();
        else if (array instanceof byte[])
            ((byte[]) array)[i] = ((Byte) v).byteValue();
        else
            ((short[]) array)[i] = ((Short) v).shortValue();
    }

    /* The length of [array] (NullPointerException for null). */
    static int arrayLength(Object array) {
        if (array instanceof Object[])
            return ((Object[]) array).length;
        if (array instanceof int[])
            return ((int[]) array).length;
        if (array instanceof long[])
            return ((long[]) array).length;
        if (array instanceof double[])
            return ((double[]) array).length;
        if (array instanceof boolean[])
            return ((boolean[]) array).length;
        if (array instanceof char[])
            return ((char[]) array).length;
        if (array instanceof float[])
            return ((float[]) array).length;
        if (array instanceof byte[])
            return ((byte[]) array).length;
        return ((short[]) array).length;
    }
}
