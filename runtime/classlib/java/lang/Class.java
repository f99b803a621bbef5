/*
 * Class - the mirror of a loaded class, interface, array or primitive type.
 *
 * The VM creates Class objects itself (there is no constructor call) and
 * keeps its own Class* in `vmClass`. Everything the class file knows comes
 * from the natives below; names, kinds and enum constants are derived here.
 */
package java.lang;

public final class Class<T> implements java.io.Serializable {
    private transient long vmClass;
    private transient String name;          /* getName(), once computed */

    private static final int ACC_FINAL = 0x0010;
    private static final int ACC_SYNTHETIC = 0x1000;
    private static final int ACC_ANNOTATION = 0x2000;
    private static final int ACC_ENUM = 0x4000;

    private Class() {
    }

    /* ---- natives ---- */

    static native Class<?> getPrimitiveClass(String name);

    private native String getName0();

    /* The simple name of a non-array class: "" for an anonymous class. */
    private native String getSimpleName0();

    private static native Class<?> forName0(String name, boolean initialize)
        throws ClassNotFoundException;

    public native Class<? super T> getSuperclass();

    public native Class<?>[] getInterfaces();

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public native Class<?> getComponentType();

    public native int getModifiers();

    public native boolean desiredAssertionStatus();

    /* The class this one is a member of (InnerClasses), or null. */
    private native Class<?> getDeclaringClass0();
    private native Class<?> getNestHost0();
    private native Class<?>[] getNestMembers0();
    private native Class<?>[] getPermittedSubclasses0();

    /** The host of this class's nest (JVMS 5.4.4); itself for arrays and primitives. */
    public Class<?> getNestHost() {
        return (isArray() || isPrimitive()) ? this : getNestHost0();
    }

    public boolean isNestmateOf(Class<?> c) {
        if (c == this)
            return true;
        if (isArray() || isPrimitive() || c.isArray() || c.isPrimitive())
            return false;
        return getNestHost() == c.getNestHost();
    }

    /** The nest host first, then the members its NestMembers attribute lists. */
    public Class<?>[] getNestMembers() {
        if (isArray() || isPrimitive())
            return new Class<?>[] { this };
        return getNestMembers0();
    }

    /** The permitted direct subclasses of a sealed class, or null. */
    public Class<?>[] getPermittedSubclasses() {
        if (isArray() || isPrimitive())
            return null;
        return getPermittedSubclasses0();
    }

    public boolean isSealed() {
        return getPermittedSubclasses() != null;
    }

    /* A fresh array from the enum's values(), or null if not an enum. */
    private native Object[] getEnumConstants0();

    /* ---- loading ---- */

    public static Class<?> forName(String className)
            throws ClassNotFoundException {
        return forName0(className, true);
    }

    /* ---- names ---- */

    public String getName() {
        String n = name;
        if (n == null)
            name = n = getName0();
        return n;
    }

    public String getSimpleName() {
        if (isArray())
            return getComponentType().getSimpleName() + "[]";
        if (isPrimitive())
            return getName();
        return getSimpleName0();
    }

    public String getTypeName() {
        if (isArray()) {
            Class<?> c = this;
            int dimensions = 0;
            while (c.isArray()) {
                dimensions++;
                c = c.getComponentType();
            }
            StringBuilder sb = new StringBuilder(c.getName());
            for (int i = 0; i < dimensions; i++)
                sb.append("[]");
            return sb.toString();
        }
        return getName();
    }

    /* The name in Java source: null for local and anonymous classes (and
     * arrays of them). */
    public String getCanonicalName() {
        if (isArray()) {
            String component = getComponentType().getCanonicalName();
            return component == null ? null : component + "[]";
        }
        if (isPrimitive())
            return getName();
        if (isLocalOrAnonymous())
            return null;
        Class<?> outer = getDeclaringClass0();
        if (outer == null)
            return getName();
        String outerName = outer.getCanonicalName();
        return outerName == null ? null : outerName + "." + getSimpleName0();
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray())
            c = c.getComponentType();
        if (c.isPrimitive())
            return "java.lang";
        String n = c.getName();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    public String toString() {
        return (isInterface() ? "interface " : isPrimitive() ? "" : "class ")
            + getName();
    }

    /* ---- kinds ---- */

    public boolean isAnnotation() {
        return (getModifiers() & ACC_ANNOTATION) != 0;
    }

    public boolean isSynthetic() {
        return (getModifiers() & ACC_SYNTHETIC) != 0;
    }

    public boolean isEnum() {
        return (getModifiers() & ACC_ENUM) != 0
            && getSuperclass() == Enum.class;
    }

    public boolean isRecord() {
        return getSuperclass() == Record.class
            && (getModifiers() & ACC_FINAL) != 0;
    }

    public boolean isAnonymousClass() {
        return isLocalOrAnonymous() && getSimpleName0().isEmpty();
    }

    public boolean isMemberClass() {
        return !isArray() && !isPrimitive() && getDeclaringClass0() != null;
    }

    public boolean isLocalClass() {
        return isLocalOrAnonymous() && !getSimpleName0().isEmpty();
    }

    /* A local or anonymous class has no declaring class, and its simple
     * name is not the tail of its binary name (Outer$1Local, Outer$1). */
    private boolean isLocalOrAnonymous() {
        if (isArray() || isPrimitive() || getDeclaringClass0() != null)
            return false;
        String simple = getSimpleName0();
        String n = getName();
        return simple.isEmpty()
            || !simple.equals(n.substring(n.lastIndexOf('.') + 1));
    }

    public Class<?> getDeclaringClass() {
        if (isArray() || isPrimitive())
            return null;
        return getDeclaringClass0();
    }

    public Class<?> componentType() {
        return isArray() ? getComponentType() : null;
    }

    /* ---- enums and casts ---- */

    public T[] getEnumConstants() {
        if (!isEnum())
            return null;
        @SuppressWarnings("unchecked")
        T[] constants = (T[]) getEnumConstants0();
        return constants;
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj))
            throw new ClassCastException("Cannot cast " + obj.getClass().getName()
                                         + " to " + getName());
        return (T) obj;
    }

    @SuppressWarnings("unchecked")
    public <U> Class<? extends U> asSubclass(Class<U> clazz) {
        if (clazz.isAssignableFrom(this))
            return (Class<? extends U>) this;
        throw new ClassCastException(this.toString());
    }
}
