/*
 * MethodType - the type of a method handle or call site: a return type
 * and parameter types, as Class objects.
 *
 * The VM reads `rtype` and `ptypes` directly (runtime/classlib/README.md)
 * and compares two types element by element, so `ptypes` is never changed
 * after construction and never handed out. Types are interned, as in the
 * JDK: equal types are the same object, which makes the common comparison
 * a pointer test.
 *
 * Must never: let a void parameter, a null class or more than 255
 * argument slots into a type.
 */
package java.lang.invoke;

import java.util.AbstractList;
import java.util.List;

public final class MethodType implements java.io.Serializable {
    private static final long serialVersionUID = 292L;

    private final Class<?> rtype;
    private final Class<?>[] ptypes;

    /* JVMS 4.3.3: a method descriptor has at most 255 argument slots. */
    private static final int MAX_SLOTS = 255;

    private static final Class<?>[] NO_PTYPES = new Class<?>[0];

    /* Built only through makeImpl, after the arguments are checked and
     * [ptypes] is a private copy. */
    private MethodType(Class<?> rtype, Class<?>[] ptypes) {
        this.rtype = rtype;
        this.ptypes = ptypes;
    }

    /* ---- factories ---- */

    public static MethodType methodType(Class<?> rtype, Class<?>[] ptypes) {
        return makeImpl(rtype, ptypes, false);
    }

    public static MethodType methodType(Class<?> rtype, List<Class<?>> ptypes) {
        return makeImpl(rtype, toArray(ptypes), true);
    }

    public static MethodType methodType(Class<?> rtype, Class<?> ptype0, Class<?>... ptypes) {
        Class<?>[] all = new Class<?>[ptypes.length + 1];
        all[0] = ptype0;
        System.arraycopy(ptypes, 0, all, 1, ptypes.length);
        return makeImpl(rtype, all, true);
    }

    public static MethodType methodType(Class<?> rtype) {
        return makeImpl(rtype, NO_PTYPES, true);
    }

    public static MethodType methodType(Class<?> rtype, Class<?> ptype0) {
        return makeImpl(rtype, new Class<?>[] {ptype0}, true);
    }

    public static MethodType methodType(Class<?> rtype, MethodType ptypes) {
        return makeImpl(rtype, ptypes.ptypes, true);
    }

    public static MethodType genericMethodType(int objectArgCount, boolean finalArray) {
        int slots = objectArgCount + (finalArray ? 1 : 0);
        if (objectArgCount < 0 || slots > MAX_SLOTS)
            throw new IllegalArgumentException("bad parameter count " + slots);
        Class<?>[] ps = new Class<?>[slots];
        for (int i = 0; i < objectArgCount; i++)
            ps[i] = Object.class;
        if (finalArray)
            ps[objectArgCount] = Object[].class;
        return makeImpl(Object.class, ps, true);
    }

    public static MethodType genericMethodType(int objectArgCount) {
        return genericMethodType(objectArgCount, false);
    }

    /* The interned type (rtype, ptypes). [trusted]: [ptypes] is a fresh
     * array nobody else holds, so it need not be copied. */
    static MethodType makeImpl(Class<?> rtype, Class<?>[] ptypes, boolean trusted) {
        if (rtype == null)
            throw new NullPointerException();
        Class<?>[] ps = trusted ? ptypes : ptypes.clone();
        int slots = 0;
        for (int i = 0; i < ps.length; i++) {
            Class<?> p = ps[i];
            if (p == null)
                throw new NullPointerException();
            if (p == void.class)
                throw new IllegalArgumentException("parameter type cannot be void");
            slots += (p == long.class || p == double.class) ? 2 : 1;
        }
        if (slots > MAX_SLOTS)
            throw new IllegalArgumentException("bad parameter count " + slots);
        return intern(new MethodType(rtype, ps));
    }

    /* ---- the intern table: open addressing, at most half full ---- */

    private static MethodType[] table = new MethodType[64];
    private static int tableCount;

    private static synchronized MethodType intern(MethodType t) {
        int mask = table.length - 1;
        for (int i = t.hashCode() & mask; ; i = (i + 1) & mask) {
            MethodType e = table[i];
            if (e == null)
                break;
            if (e.equals(t))
                return e;
        }
        if (2 * (tableCount + 1) > table.length)
            grow();
        insert(table, t);
        tableCount++;
        return t;
    }

    private static void grow() {
        MethodType[] bigger = new MethodType[table.length * 2];
        for (int i = 0; i < table.length; i++)
            if (table[i] != null)
                insert(bigger, table[i]);
        table = bigger;
    }

    private static void insert(MethodType[] into, MethodType t) {
        int mask = into.length - 1;
        int i = t.hashCode() & mask;
        while (into[i] != null)
            i = (i + 1) & mask;
        into[i] = t;
    }

    /* ---- queries ---- */

    public Class<?> returnType() {
        return rtype;
    }

    public Class<?> parameterType(int num) {
        return ptypes[num];
    }

    public int parameterCount() {
        return ptypes.length;
    }

    public Class<?>[] parameterArray() {
        return ptypes.clone();
    }

    /* The parameter types as a list that cannot be changed. */
    public List<Class<?>> parameterList() {
        return new AbstractList<Class<?>>() {
            public Class<?> get(int index) {
                return ptypes[index];
            }

            public int size() {
                return ptypes.length;
            }
        };
    }

    /* A fresh array of the classes in [list]. */
    static Class<?>[] toArray(List<Class<?>> list) {
        return list.toArray(new Class<?>[list.size()]);
    }

    /* The last parameter type, or void for a type without parameters. */
    public Class<?> lastParameterType() {
        return ptypes.length == 0 ? void.class : ptypes[ptypes.length - 1];
    }

    public boolean hasPrimitives() {
        if (rtype.isPrimitive())
            return true;
        for (int i = 0; i < ptypes.length; i++)
            if (ptypes[i].isPrimitive())
                return true;
        return false;
    }

    public boolean hasWrappers() {
        return !unwrap().equals(this);
    }

    /* Argument slots: longs and doubles count twice. */
    int parameterSlotCount() {
        int slots = 0;
        for (int i = 0; i < ptypes.length; i++)
            slots += (ptypes[i] == long.class || ptypes[i] == double.class) ? 2 : 1;
        return slots;
    }

    /* ---- derived types ---- */

    public MethodType changeParameterType(int num, Class<?> nptype) {
        if (ptypes[num] == nptype)
            return this;
        Class<?>[] ps = ptypes.clone();
        ps[num] = nptype;
        return makeImpl(rtype, ps, true);
    }

    public MethodType changeReturnType(Class<?> nrtype) {
        if (rtype == nrtype)
            return this;
        return makeImpl(nrtype, ptypes, true);
    }

    public MethodType insertParameterTypes(int num, Class<?>... ptypesToInsert) {
        int len = ptypes.length;
        if (num < 0 || num > len)
            throw new IndexOutOfBoundsException("bad index: " + num);
        int ilen = ptypesToInsert.length;
        if (ilen == 0)
            return this;
        Class<?>[] ps = new Class<?>[len + ilen];
        System.arraycopy(ptypes, 0, ps, 0, num);
        System.arraycopy(ptypesToInsert, 0, ps, num, ilen);
        System.arraycopy(ptypes, num, ps, num + ilen, len - num);
        return makeImpl(rtype, ps, true);
    }

    public MethodType insertParameterTypes(int num, List<Class<?>> ptypesToInsert) {
        return insertParameterTypes(num, toArray(ptypesToInsert));
    }

    public MethodType appendParameterTypes(Class<?>... ptypesToInsert) {
        return insertParameterTypes(ptypes.length, ptypesToInsert);
    }

    public MethodType appendParameterTypes(List<Class<?>> ptypesToInsert) {
        return insertParameterTypes(ptypes.length, toArray(ptypesToInsert));
    }

    public MethodType dropParameterTypes(int start, int end) {
        int len = ptypes.length;
        if (start < 0 || start > end || end > len)
            throw new IndexOutOfBoundsException("start=" + start + " end=" + end);
        if (start == end)
            return this;
        Class<?>[] ps = new Class<?>[len - (end - start)];
        System.arraycopy(ptypes, 0, ps, 0, start);
        System.arraycopy(ptypes, end, ps, start, len - end);
        return makeImpl(rtype, ps, true);
    }

    /* Every reference type becomes Object; primitives and void stay. */
    public MethodType erase() {
        Class<?>[] ps = new Class<?>[ptypes.length];
        for (int i = 0; i < ps.length; i++)
            ps[i] = ptypes[i].isPrimitive() ? ptypes[i] : Object.class;
        return makeImpl(rtype.isPrimitive() ? rtype : Object.class, ps, true);
    }

    public MethodType generic() {
        return genericMethodType(ptypes.length);
    }

    /* Every primitive type becomes its wrapper (void becomes Void). */
    public MethodType wrap() {
        Class<?>[] ps = new Class<?>[ptypes.length];
        for (int i = 0; i < ps.length; i++)
            ps[i] = wrapped(ptypes[i]);
        return makeImpl(wrapped(rtype), ps, true);
    }

    /* Every wrapper type becomes its primitive (Void becomes void). */
    public MethodType unwrap() {
        Class<?>[] ps = new Class<?>[ptypes.length];
        for (int i = 0; i < ps.length; i++)
            ps[i] = unwrapped(ptypes[i]);
        return makeImpl(unwrapped(rtype), ps, true);
    }

    private static Class<?> wrapped(Class<?> c) {
        return c.isPrimitive() ? ValueConversions.wrapperOf(c) : c;
    }

    private static Class<?> unwrapped(Class<?> c) {
        Class<?> p = ValueConversions.primitiveOf(c);
        return p != null ? p : c;
    }

    /* ---- descriptors ---- */

    public String toMethodDescriptorString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ptypes.length; i++)
            appendDescriptor(sb, ptypes[i]);
        sb.append(')');
        appendDescriptor(sb, rtype);
        return sb.toString();
    }

    public String descriptorString() {
        return toMethodDescriptorString();
    }

    /* JVMS 4.3.2: the field descriptor of [c]. */
    static void appendDescriptor(StringBuilder sb, Class<?> c) {
        if (c.isPrimitive()) {
            sb.append(primitiveLetter(c));
        } else if (c.isArray()) {
            sb.append(c.getName().replace('.', '/'));
        } else {
            sb.append('L').append(c.getName().replace('.', '/')).append(';');
        }
    }

    private static char primitiveLetter(Class<?> c) {
        if (c == int.class)
            return 'I';
        if (c == long.class)
            return 'J';
        if (c == boolean.class)
            return 'Z';
        if (c == double.class)
            return 'D';
        if (c == float.class)
            return 'F';
        if (c == char.class)
            return 'C';
        if (c == byte.class)
            return 'B';
        if (c == short.class)
            return 'S';
        return 'V';
    }

    public static MethodType fromMethodDescriptorString(String descriptor, ClassLoader loader)
            throws IllegalArgumentException, TypeNotPresentException {
        if (!descriptor.startsWith("(") || descriptor.indexOf(')') < 0
                || descriptor.indexOf('.') >= 0)
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        try {
            return new DescriptorParser(descriptor, loader).methodType();
        } catch (ClassNotFoundException e) {
            throw new TypeNotPresentException(e.getMessage(), e);
        }
    }

    /* For the VM: the type of a method descriptor it has already checked
     * (a call site's, or a CONSTANT_MethodType). A class that cannot be
     * found is a NoClassDefFoundError naming it in internal form, as when
     * the VM resolves any other reference (JVMS 5.4.3). Classes are loaded
     * but not initialized. */
    static MethodType fromDescriptor(String descriptor) {
        try {
            return new DescriptorParser(descriptor, null).methodType();
        } catch (ClassNotFoundException e) {
            NoClassDefFoundError error =
                new NoClassDefFoundError(e.getMessage().replace('.', '/'));
            error.initCause(e);
            throw error;
        }
    }

    /* Reads a method descriptor from left to right, loading the classes it
     * names; the error messages are the JDK's. */
    private static final class DescriptorParser {
        private final String text;
        private final ClassLoader loader;
        private int pos;

        DescriptorParser(String text, ClassLoader loader) {
            this.text = text;
            this.loader = loader;
        }

        MethodType methodType() throws ClassNotFoundException {
            pos = 1;                                    /* after '(' */
            Class<?>[] ps = new Class<?>[8];
            int count = 0;
            while (pos < text.length() && text.charAt(pos) != ')') {
                Class<?> p = type();
                if (p == null || p == void.class)
                    throw bad("bad argument type");
                if (count == ps.length) {
                    Class<?>[] bigger = new Class<?>[2 * count];
                    System.arraycopy(ps, 0, bigger, 0, count);
                    ps = bigger;
                }
                ps[count++] = p;
            }
            pos++;                                      /* after ')' */
            Class<?> r = pos < text.length() ? type() : null;
            if (r == null || pos != text.length())
                throw bad("bad return type");
            Class<?>[] exact = new Class<?>[count];
            System.arraycopy(ps, 0, exact, 0, count);
            return makeImpl(r, exact, true);
        }

        private IllegalArgumentException bad(String what) {
            return new IllegalArgumentException("bad signature: " + text + ": " + what);
        }

        /* The type at pos, moving past it; null if it is cut short. */
        private Class<?> type() throws ClassNotFoundException {
            if (pos >= text.length())
                return null;
            char c = text.charAt(pos);
            if (c == 'L') {
                int semicolon = text.indexOf(';', pos);
                if (semicolon < 0)
                    return null;
                String name = text.substring(pos + 1, semicolon).replace('/', '.');
                pos = semicolon + 1;
                return load(name);
            }
            if (c == '[') {
                int start = pos++;
                Class<?> element = type();
                if (element == null)
                    return null;
                if (element == void.class)
                    throw new IllegalArgumentException();
                /* The element is loaded, so this only makes its array. */
                return Class.forName(text.substring(start, pos).replace('/', '.'));
            }
            pos++;
            switch (c) {
            case 'Z': return boolean.class;
            case 'B': return byte.class;
            case 'C': return char.class;
            case 'S': return short.class;
            case 'I': return int.class;
            case 'J': return long.class;
            case 'F': return float.class;
            case 'D': return double.class;
            case 'V': return void.class;
            default:
                throw new IllegalArgumentException("not basic type char: " + c);
            }
        }

        private Class<?> load(String name) throws ClassNotFoundException {
            if (loader != null)
                return loader.loadClass(name);
            return loadUninitialized(name);
        }
    }

    /* Loads the class [name] (binary name) without initializing it: the
     * library's Class.forName(String) initializes, but loading the array
     * class of [name] loads [name] and initializes nothing (JVMS 5.5). */
    static Class<?> loadUninitialized(String name) throws ClassNotFoundException {
        if (name.isEmpty() || name.indexOf('[') >= 0 || name.indexOf(';') >= 0)
            throw new ClassNotFoundException(name);
        try {
            return Class.forName("[L" + name + ";").getComponentType();
        } catch (ClassNotFoundException e) {
            throw new ClassNotFoundException(name);
        }
    }

    /* ---- identity ---- */

    public boolean equals(Object x) {
        if (this == x)
            return true;
        if (!(x instanceof MethodType))
            return false;
        MethodType that = (MethodType) x;
        if (rtype != that.rtype || ptypes.length != that.ptypes.length)
            return false;
        for (int i = 0; i < ptypes.length; i++)
            if (ptypes[i] != that.ptypes[i])
                return false;
        return true;
    }

    /* As a List of the return type followed by the parameter types. */
    public int hashCode() {
        int h = 31 + rtype.hashCode();
        for (int i = 0; i < ptypes.length; i++)
            h = 31 * h + ptypes[i].hashCode();
        return h;
    }

    /* "(int,String)void", with simple names. */
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ptypes.length; i++) {
            if (i > 0)
                sb.append(',');
            sb.append(ptypes[i].getSimpleName());
        }
        return sb.append(')').append(rtype.getSimpleName()).toString();
    }
}
