/*
 * Array - making and measuring arrays whose type is known only at run time.
 * For now only what the collections need: newInstance and getLength.
 */
package java.lang.reflect;

public final class Array {
    private Array() {
    }

    /* JVMS 4.3.2: an array type has at most 255 dimensions. */
    private static final int MAX_DIMENSIONS = 255;

    public static Object newInstance(Class<?> componentType, int length)
            throws NegativeArraySizeException {
        if (componentType == null)
            throw new NullPointerException();
        if (componentType == Void.TYPE)
            throw new IllegalArgumentException();
        if (length < 0)
            throw new NegativeArraySizeException(String.valueOf(length));
        int dimensions = 0;
        for (Class<?> c = componentType; c.isArray(); c = c.getComponentType())
            dimensions++;
        if (dimensions >= MAX_DIMENSIONS)
            throw new IllegalArgumentException();
        return newArray(componentType, length);
    }

    public static int getLength(Object array) throws IllegalArgumentException {
        if (array instanceof Object[])
            return ((Object[]) array).length;
        if (array instanceof int[])
            return ((int[]) array).length;
        if (array instanceof long[])
            return ((long[]) array).length;
        if (array instanceof double[])
            return ((double[]) array).length;
        if (array instanceof byte[])
            return ((byte[]) array).length;
        if (array instanceof char[])
            return ((char[]) array).length;
        if (array instanceof boolean[])
            return ((boolean[]) array).length;
        if (array instanceof short[])
            return ((short[]) array).length;
        if (array instanceof float[])
            return ((float[]) array).length;
        if (array == null)
            throw new NullPointerException();
        throw new IllegalArgumentException("Argument is not an array");
    }

    private static native Object newArray(Class<?> componentType, int length);
}
