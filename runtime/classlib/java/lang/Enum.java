/*
 * Enum - the common base of all enum classes.
 */
package java.lang;

public abstract class Enum<E extends Enum<E>>
        implements Comparable<E>, java.io.Serializable {
    private final String name;
    private final int ordinal;

    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    public final String name() {
        return name;
    }

    public final int ordinal() {
        return ordinal;
    }

    public String toString() {
        return name;
    }

    public final boolean equals(Object other) {
        return this == other;
    }

    public final int hashCode() {
        return super.hashCode();
    }

    protected final Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    public final int compareTo(E o) {
        Enum<?> other = (Enum<?>) o;
        if (getClass() != other.getClass()
                && getDeclaringClass() != other.getDeclaringClass())
            throw new ClassCastException();
        return ordinal - other.ordinal;
    }

    /* The enum class itself, also for a constant with a body (whose class
     * is an anonymous subclass). */
    @SuppressWarnings("unchecked")
    public final Class<E> getDeclaringClass() {
        Class<?> clazz = getClass();
        Class<?> zuper = clazz.getSuperclass();
        return (Class<E>) (zuper == Enum.class ? clazz : zuper);
    }

    public static <T extends Enum<T>> T valueOf(Class<T> enumClass,
                                                String name) {
        T[] constants = enumClass.getEnumConstants();
        if (constants == null)
            throw new IllegalArgumentException(enumClass.getName()
                                               + " is not an enum class");
        if (name == null)
            throw new NullPointerException("Name is null");
        for (int i = 0; i < constants.length; i++) {
            if (constants[i].name().equals(name))
                return constants[i];
        }
        throw new IllegalArgumentException("No enum constant "
            + enumClass.getCanonicalName() + "." + name);
    }

    @Deprecated
    protected final void finalize() {
    }
}
