/*
 * ClassLoader - the type of class loaders, for the API that names one
 * (MethodType.fromMethodDescriptorString).
 *
 * Cortado has a single class path and no user-defined class loading yet:
 * a loader delegates to its parent, and the bootstrap "loader" (null) is
 * the VM's own class path. Classes are loaded without being initialized.
 */
package java.lang;

public abstract class ClassLoader {
    private final ClassLoader parent;

    protected ClassLoader() {
        this(null);
    }

    protected ClassLoader(ClassLoader parent) {
        this.parent = parent;
    }

    public final ClassLoader getParent() {
        return parent;
    }

    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return loadClass(name, false);
    }

    /* The parent's class of that name, else findClass's. */
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        try {
            if (parent != null)
                return parent.loadClass(name, false);
            return loadFromClassPath(name);
        } catch (ClassNotFoundException e) {
            return findClass(name);
        }
    }

    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    /* Loading the array class of [name] loads [name] without initializing
     * it (JVMS 5.5), which Class.forName(String) would do. */
    private static Class<?> loadFromClassPath(String name) throws ClassNotFoundException {
        if (name == null)
            throw new NullPointerException();
        if (name.isEmpty() || name.indexOf('[') >= 0 || name.indexOf(';') >= 0)
            throw new ClassNotFoundException(name);
        try {
            return Class.forName("[L" + name + ";").getComponentType();
        } catch (ClassNotFoundException e) {
            throw new ClassNotFoundException(name);
        }
    }
}
