/*
 * MethodHandles - lookups that make direct method handles, and the
 * combinators that build new handles out of others.
 *
 * lookup() is a native: the VM makes a full-privilege Lookup for the
 * calling class through Lookup(Class, int). A Lookup's find methods all
 * go through the one native resolve0, which finds the member, checks
 * access from `lookupClass` and makes a DirectMethodHandle; the rest of
 * this file is Java. The error messages are the JDK's.
 */
package java.lang.invoke;

import java.util.List;

public final class MethodHandles {
    private MethodHandles() {
    }

    /* ---- lookups ---- */

    public static native Lookup lookup();

    public static Lookup publicLookup() {
        return Lookup.PUBLIC_LOOKUP;
    }

    /* A full-privilege lookup (less ORIGINAL) on [targetClass], for a
     * caller that has full privilege in the same module. */
    public static Lookup privateLookupIn(Class<?> targetClass, Lookup caller)
            throws IllegalAccessException {
        if (targetClass == null || caller == null)
            throw new NullPointerException();
        Lookup.checkLookupClass(targetClass);
        if ((caller.lookupModes() & (Lookup.PRIVATE | Lookup.MODULE))
                != (Lookup.PRIVATE | Lookup.MODULE))
            throw new IllegalAccessException("caller does not have PRIVATE and MODULE lookup mode");
        if (Lookup.inJavaBase(targetClass) && !Lookup.inJavaBase(caller.lookupClass()))
            throw new IllegalAccessException("module java.base does not open "
                                             + targetClass.getPackageName()
                                             + " to unnamed module");
        return new Lookup(targetClass, null, Lookup.FULL_POWER_MODES & ~Lookup.ORIGINAL);
    }

    /* ---- simple handles ---- */

    /* A handle of type ()type returning [value], converted to [type]. */
    public static MethodHandle constant(Class<?> type, Object value) {
        if (type == void.class)
            throw new IllegalArgumentException("void type");
        Object v = ValueConversions.checkValue(type, value);
        return new ConstantHandle(MethodType.methodType(type), v);
    }

    /* The handle of type (type)type that returns its argument. */
    public static MethodHandle identity(Class<?> type) {
        return new IdentityHandle(MethodType.methodType(type, type));
    }

    /* A handle of type ()type returning zero, false or null; for void it
     * returns nothing. */
    public static MethodHandle zero(Class<?> type) {
        if (type == null)
            throw new NullPointerException();
        return new ConstantHandle(MethodType.methodType(type), ValueConversions.zeroOf(type));
    }

    /* A handle of [type] that ignores its arguments and returns zero. */
    public static MethodHandle empty(MethodType type) {
        return dropArguments(zero(type.returnType()), 0, type.parameterArray());
    }

    /* A handle of type (exType)rtype that throws its argument. */
    public static MethodHandle throwException(Class<?> rtype, Class<? extends Throwable> exType) {
        if (!Throwable.class.isAssignableFrom(exType))
            throw new ClassCastException(exType.getName());
        return new ThrowHandle(MethodType.methodType(rtype, exType));
    }

    /* ---- arrays ---- */

    public static MethodHandle arrayElementGetter(Class<?> arrayClass) {
        Class<?> c = arrayComponent(arrayClass);
        return new ArrayHandle(MethodType.methodType(c, arrayClass, int.class), ArrayHandle.GET);
    }

    public static MethodHandle arrayElementSetter(Class<?> arrayClass) {
        Class<?> c = arrayComponent(arrayClass);
        return new ArrayHandle(MethodType.methodType(void.class, arrayClass, int.class, c),
                               ArrayHandle.SET);
    }

    public static MethodHandle arrayLength(Class<?> arrayClass) {
        arrayComponent(arrayClass);
        return new ArrayHandle(MethodType.methodType(int.class, arrayClass), ArrayHandle.LENGTH);
    }

    public static MethodHandle arrayConstructor(Class<?> arrayClass) {
        arrayComponent(arrayClass);
        return new ArrayHandle(MethodType.methodType(arrayClass, int.class), ArrayHandle.NEW);
    }

    private static Class<?> arrayComponent(Class<?> arrayClass) {
        if (!arrayClass.isArray())
            throw new IllegalArgumentException("not an array: " + arrayClass);
        return arrayClass.getComponentType();
    }

    /* ---- invokers ---- */

    /* (MethodHandle, type's parameters)type's return: invokeExact. */
    public static MethodHandle exactInvoker(MethodType type) {
        return new InvokerHandle(type, true);
    }

    /* (MethodHandle, type's parameters)type's return: invoke. */
    public static MethodHandle invoker(MethodType type) {
        return new InvokerHandle(type, false);
    }

    /* An invoker whose arguments after the first [leadingArgCount] come
     * in one Object[]. */
    public static MethodHandle spreadInvoker(MethodType type, int leadingArgCount) {
        if (leadingArgCount < 0 || leadingArgCount > type.parameterCount())
            throw new IllegalArgumentException("bad argument count " + leadingArgCount);
        return invoker(type).asSpreader(Object[].class, type.parameterCount() - leadingArgCount);
    }

    /* ---- combinators ---- */

    /* As [target].asType([newType]), but with every primitive cast
     * allowed (ValueConversions.explicitCast). */
    public static MethodHandle explicitCastArguments(MethodHandle target, MethodType newType) {
        MethodType t = target.type;
        if (t.parameterCount() != newType.parameterCount())
            throw new WrongMethodTypeException("cannot explicitly cast " + target
                                               + " to " + newType);
        if (t.equals(newType))
            return target;
        return new AsTypeHandle(target.asFixedArity(), newType, true);
    }

    /* [target] with parameters of [valueTypes] inserted at [pos], whose
     * arguments it ignores. */
    public static MethodHandle dropArguments(MethodHandle target, int pos, Class<?>... valueTypes) {
        MethodType oldType = target.type;
        int count = oldType.parameterCount();
        if (pos < 0 || pos > count)
            throw new IllegalArgumentException("no argument type to remove["
                                               + oldType + ", " + pos + ", "
                                               + listOf(valueTypes) + ", "
                                               + (count + valueTypes.length) + ", "
                                               + count + "]");
        MethodType newType = oldType.insertParameterTypes(pos, valueTypes);
        if (valueTypes.length == 0)
            return target;
        return new DropArgumentsHandle(newType, target, pos, valueTypes.length);
    }

    public static MethodHandle dropArguments(MethodHandle target, int pos,
                                             List<Class<?>> valueTypes) {
        return dropArguments(target, pos, MethodType.toArray(valueTypes));
    }

    /* [target] with parameters added, as by dropArguments, so that its
     * parameters after the first [skip] become [newTypes], in which they
     * appear from [pos] on. */
    public static MethodHandle dropArgumentsToMatch(MethodHandle target, int skip,
                                                    List<Class<?>> newTypes, int pos) {
        Class<?>[] wanted = MethodType.toArray(newTypes);
        MethodType t = target.type;
        int count = t.parameterCount();
        if (skip < 0 || skip > count)
            throw new IllegalArgumentException("illegal skip: " + skip + ", " + target);
        if (pos < 0 || pos > wanted.length)
            throw new IllegalArgumentException("illegal pos: " + pos + ", " + listOf(wanted));
        int match = count - skip;
        boolean fits = pos + match <= wanted.length;
        for (int i = 0; fits && i < match; i++)
            fits = wanted[pos + i] == t.parameterType(skip + i);
        if (!fits) {
            Class<?>[] own = new Class<?>[match];
            for (int i = 0; i < match; i++)
                own[i] = t.parameterType(skip + i);
            throw new IllegalArgumentException("argument lists do not match: " + listOf(own)
                                               + ", " + listOf(wanted));
        }
        Class<?>[] before = new Class<?>[pos];
        System.arraycopy(wanted, 0, before, 0, pos);
        Class<?>[] after = new Class<?>[wanted.length - pos - match];
        System.arraycopy(wanted, pos + match, after, 0, after.length);
        MethodHandle h = dropArguments(target, count, after);
        return dropArguments(h, skip, before);
    }

    /* [target] with its result discarded. */
    public static MethodHandle dropReturn(MethodHandle target) {
        Class<?> r = target.type.returnType();
        if (r == void.class)
            return target;
        return target.asType(target.type.changeReturnType(void.class));
    }

    /* [target] with [values] bound to the parameters starting at [pos]. */
    public static MethodHandle insertArguments(MethodHandle target, int pos, Object... values) {
        MethodType t = target.type;
        int remaining = t.parameterCount() - values.length;
        if (remaining < 0)
            throw new IllegalArgumentException("too many values to insert");
        if (pos < 0 || pos > remaining)
            throw new IllegalArgumentException("no argument type to append");
        if (values.length == 0)
            return target;
        Object[] bound = new Object[values.length];
        for (int i = 0; i < values.length; i++)
            bound[i] = ValueConversions.checkValue(t.parameterType(pos + i), values[i]);
        return new BoundHandle(target, pos, bound);
    }

    /* [target] whose result goes through [filter]. */
    public static MethodHandle filterReturnValue(MethodHandle target, MethodHandle filter) {
        MethodType ft = filter.type;
        Class<?> r = target.type.returnType();
        boolean fits = r == void.class ? ft.parameterCount() == 0
                                       : ft.parameterCount() == 1 && ft.parameterType(0) == r;
        if (!fits)
            throw new IllegalArgumentException("target and filter types do not match: "
                                               + target.type + ", " + ft);
        return new FilterReturnHandle(target, filter);
    }

    /* [target] whose arguments from [pos] on go through [filters] (a null
     * filter leaves its argument alone). */
    public static MethodHandle filterArguments(MethodHandle target, int pos, MethodHandle... filters) {
        MethodType t = target.type;
        if (pos + filters.length > t.parameterCount())
            throw new IllegalArgumentException("too many filters");
        MethodType newType = t;
        for (int i = 0; i < filters.length; i++) {
            MethodHandle f = filters[i];
            Class<?> p = t.parameterType(pos + i);
            if (f == null)
                continue;
            if (f.type.parameterCount() != 1 || f.type.returnType() != p)
                throw new IllegalArgumentException("target and filter types do not match: "
                                                   + t + ", " + f.type);
            newType = newType.changeParameterType(pos + i, f.type.parameterType(0));
        }
        return new FilterArgumentsHandle(newType, target, pos, filters.clone());
    }

    public static MethodHandle foldArguments(MethodHandle target, MethodHandle combiner) {
        return foldArguments(target, 0, combiner);
    }

    /* [target] called with the result of [combiner] (if not void)
     * inserted at [pos]; the combiner gets the arguments from [pos] on. */
    public static MethodHandle foldArguments(MethodHandle target, int pos, MethodHandle combiner) {
        MethodType t = target.type, ct = combiner.type;
        boolean hasResult = ct.returnType() != void.class;
        int skip = hasResult ? 1 : 0;
        int n = ct.parameterCount();
        boolean fits = pos >= 0 && pos + skip + n <= t.parameterCount()
            && (!hasResult || t.parameterType(pos) == ct.returnType());
        for (int i = 0; fits && i < n; i++)
            fits = t.parameterType(pos + skip + i) == ct.parameterType(i);
        if (!fits)
            throw new IllegalArgumentException("target and combiner types must match: "
                                               + t + " != " + ct);
        MethodType newType = hasResult ? t.dropParameterTypes(pos, pos + 1) : t;
        return new FoldArgumentsHandle(newType, target, pos, combiner, true);
    }

    /* [target] whose parameter at [pos] (if [filter] returns a value)
     * comes from [filter] applied to new parameters inserted there. */
    public static MethodHandle collectArguments(MethodHandle target, int pos, MethodHandle filter) {
        MethodType t = target.type, ft = filter.type;
        boolean hasResult = ft.returnType() != void.class;
        if (pos < 0 || pos > t.parameterCount() || (hasResult && pos == t.parameterCount()))
            throw new IllegalArgumentException("position is out of range for target: "
                                               + target + ", " + pos);
        if (hasResult && t.parameterType(pos) != ft.returnType())
            throw new IllegalArgumentException("target and filter types do not match: "
                                               + t + ", " + ft);
        MethodType newType = (hasResult ? t.dropParameterTypes(pos, pos + 1) : t)
            .insertParameterTypes(pos, ft.parameterArray());
        return new FoldArgumentsHandle(newType, target, pos, filter, false);
    }

    /* [target] if [test] (over a prefix of the arguments) is true, else
     * [fallback]. */
    public static MethodHandle guardWithTest(MethodHandle test, MethodHandle target,
                                             MethodHandle fallback) {
        MethodType gt = test.type, t = target.type;
        if (gt.returnType() != boolean.class)
            throw new IllegalArgumentException("guard type is not a predicate " + gt);
        if (!t.equals(fallback.type))
            throw new IllegalArgumentException("target and fallback types must match: "
                                               + t + " != " + fallback.type);
        if (!isPrefix(gt, t, 0))
            throw new IllegalArgumentException("target and test types must match: "
                                               + t + " != " + gt);
        return new GuardWithTestHandle(test, target, fallback);
    }

    /* [target] with exceptions of [exType] passed to [handler], which
     * also gets a prefix of the arguments. */
    public static MethodHandle catchException(MethodHandle target,
                                              Class<? extends Throwable> exType,
                                              MethodHandle handler) {
        MethodType t = target.type, ht = handler.type;
        if (ht.returnType() != t.returnType())
            throw new IllegalArgumentException("target and handler return types must match: "
                                               + t + " != " + ht);
        if (ht.parameterCount() == 0 || !ht.parameterType(0).isAssignableFrom(exType))
            throw new IllegalArgumentException("handler does not accept exception type "
                                               + exType);
        if (!isPrefix(ht, t, 1))
            throw new IllegalArgumentException("target and handler types must match: "
                                               + t + " != " + ht);
        return new CatchExceptionHandle(target, exType, handler);
    }

    /* Are [prefix]'s parameters from [skip] on a prefix of [of]'s? */
    private static boolean isPrefix(MethodType prefix, MethodType of, int skip) {
        int n = prefix.parameterCount() - skip;
        if (n > of.parameterCount())
            return false;
        for (int i = 0; i < n; i++)
            if (prefix.parameterType(skip + i) != of.parameterType(i))
                return false;
        return true;
    }

    /* A handle of [newType] that passes its argument reorder[i] as the
     * target's argument i. */
    public static MethodHandle permuteArguments(MethodHandle target, MethodType newType,
                                                int... reorder) {
        MethodType t = target.type;
        int n = t.parameterCount();
        if (reorder.length != n)
            throw new IllegalArgumentException("old type parameter count and reorder array"
                                               + " length do not match: " + t + ", "
                                               + listOf(reorder));
        if (t.returnType() != newType.returnType())
            throw new IllegalArgumentException("return types do not match: " + t + ", " + newType);
        for (int i = 0; i < n; i++) {
            int j = reorder[i];
            if (j < 0 || j >= newType.parameterCount())
                throw new IllegalArgumentException("index is out of bounds for new type: "
                                                   + j + ", " + newType);
        }
        for (int i = 0; i < n; i++)
            if (newType.parameterType(reorder[i]) != t.parameterType(i))
                throw new IllegalArgumentException("parameter types do not match after"
                                                   + " reorder: " + t + ", " + newType);
        return new PermuteArgumentsHandle(newType, target, reorder.clone());
    }

    /* "[class java.lang.String, int]", as List.toString prints classes. */
    private static String listOf(Class<?>[] classes) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < classes.length; i++) {
            if (i > 0)
                sb.append(", ");
            sb.append(classes[i]);
        }
        return sb.append(']').toString();
    }

    private static String listOf(int[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            if (i > 0)
                sb.append(", ");
            sb.append(values[i]);
        }
        return sb.append(']').toString();
    }

    /* ---- the small handle kinds ---- */

    /* constant and zero: returns one value, whatever the arguments. */
    static final class ConstantHandle extends MethodHandle {
        private final Object value;

        ConstantHandle(MethodType type, Object value) {
            super(type);
            this.value = value;
        }

        Object invokeGeneric(Object[] args) {
            return value;
        }
    }

    static final class IdentityHandle extends MethodHandle {
        IdentityHandle(MethodType type) {
            super(type);
        }

        Object invokeGeneric(Object[] args) {
            return args[0];
        }
    }

    static final class ThrowHandle extends MethodHandle {
        ThrowHandle(MethodType type) {
            super(type);
        }

        Object invokeGeneric(Object[] args) throws Throwable {
            throw (Throwable) args[0];
        }
    }

    /* The array element getter and setter, length and constructor. */
    static final class ArrayHandle extends MethodHandle {
        static final int GET = 0, SET = 1, LENGTH = 2, NEW = 3;
        private final int op;

        ArrayHandle(MethodType type, int op) {
            super(type);
            this.op = op;
        }

        Object invokeGeneric(Object[] args) {
            switch (op) {
            case GET:
                return ValueConversions.arrayGet(nonNull(args[0]), ((Integer) args[1]).intValue());
            case SET:
                ValueConversions.arraySet(nonNull(args[0]), ((Integer) args[1]).intValue(), args[2]);
                return null;
            case LENGTH:
                return Integer.valueOf(ValueConversions.arrayLength(nonNull(args[0])));
            default:
                return ValueConversions.newArray(type.returnType(), ((Integer) args[0]).intValue());
            }
        }

        private static Object nonNull(Object array) {
            if (array == null)
                throw new NullPointerException();
            return array;
        }
    }

    /* exactInvoker and invoker: the first argument is the handle to call
     * with the rest, as a call site of the invoker's type would. */
    static final class InvokerHandle extends MethodHandle {
        private final MethodType invokedType;
        private final boolean exact;

        InvokerHandle(MethodType invokedType, boolean exact) {
            super(invokedType.insertParameterTypes(0, MethodHandle.class));
            this.invokedType = invokedType;
            this.exact = exact;
        }

        Object invokeGeneric(Object[] args) throws Throwable {
            MethodHandle mh = (MethodHandle) args[0];
            if (mh == null)
                throw new NullPointerException();
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return MethodHandle.invokeFromVm(mh, invokedType, exact, rest);
        }
    }

    /* ---- Lookup ---- */

    /*
     * A Lookup stands for the access rights of its lookup class. The VM
     * makes full-privilege ones through Lookup(Class, int) with -1 and
     * reads `lookupClass` to check access in resolve0.
     */
    public static final class Lookup {
        public static final int PUBLIC = 0x01;
        public static final int PRIVATE = 0x02;
        public static final int PROTECTED = 0x04;
        public static final int PACKAGE = 0x08;
        public static final int MODULE = 0x10;
        public static final int UNCONDITIONAL = 0x20;
        public static final int ORIGINAL = 0x40;

        static final int FULL_POWER_MODES = PUBLIC | PRIVATE | PROTECTED | PACKAGE | MODULE | ORIGINAL;

        static final Lookup PUBLIC_LOOKUP = new Lookup(Object.class, null, UNCONDITIONAL);

        private final Class<?> lookupClass;
        private final int allowedModes;
        private final Class<?> prevLookupClass;   /* before a jump to another module */

        /* The VM's constructor: -1 means full privilege. */
        Lookup(Class<?> lookupClass, int allowedModes) {
            this(lookupClass, null, allowedModes == -1 ? FULL_POWER_MODES : allowedModes);
        }

        private Lookup(Class<?> lookupClass, Class<?> prevLookupClass, int allowedModes) {
            this.lookupClass = lookupClass;
            this.prevLookupClass = prevLookupClass;
            this.allowedModes = allowedModes;
        }

        public Class<?> lookupClass() {
            return lookupClass;
        }

        public Class<?> previousLookupClass() {
            return prevLookupClass;
        }

        public int lookupModes() {
            return allowedModes;
        }

        public boolean hasFullPrivilegeAccess() {
            return (allowedModes & (PRIVATE | MODULE)) == (PRIVATE | MODULE);
        }

        @Deprecated
        public boolean hasPrivateAccess() {
            return hasFullPrivilegeAccess();
        }

        /* The lookup from [requestedLookupClass]'s point of view with no
         * more access than this one: access to what is private to this
         * class's nest, package or module goes when the new class is
         * outside it. The classes of the library stand for java.base, the
         * program's for the unnamed module. */
        public Lookup in(Class<?> requestedLookupClass) {
            checkLookupClass(requestedLookupClass);
            if (requestedLookupClass == lookupClass)
                return this;
            Class<?> target = requestedLookupClass;
            int modes = allowedModes & ~ORIGINAL;
            Class<?> prev = prevLookupClass;
            if ((modes & UNCONDITIONAL) != 0) {
                modes = UNCONDITIONAL;
            } else if (inJavaBase(target) != inJavaBase(lookupClass)) {
                if (prev != null && inJavaBase(prev) != inJavaBase(target))
                    modes = 0;
                modes &= PUBLIC;
                prev = lookupClass;
            }
            if ((modes & PACKAGE) != 0
                    && !target.getPackageName().equals(lookupClass.getPackageName()))
                modes &= ~(PACKAGE | PRIVATE | PROTECTED);
            if ((modes & PRIVATE) != 0 && !topLevelName(target).equals(topLevelName(lookupClass)))
                modes &= ~(PRIVATE | PROTECTED);
            if ((modes & (PUBLIC | UNCONDITIONAL)) != 0 && !isAccessible(target))
                modes = 0;
            return new Lookup(target, prev, modes);
        }

        /* A lookup with less access: dropping a mode also drops the modes
         * that imply it, and PROTECTED and ORIGINAL always go. */
        public Lookup dropLookupMode(int modeToDrop) {
            int drop;
            switch (modeToDrop) {
            case PUBLIC: drop = PUBLIC | MODULE | PACKAGE | PRIVATE; break;
            case MODULE: drop = MODULE | PACKAGE | PRIVATE; break;
            case PACKAGE: drop = PACKAGE | PRIVATE; break;
            case PRIVATE:
            case PROTECTED:
            case UNCONDITIONAL:
            case ORIGINAL: drop = modeToDrop; break;
            default:
                throw new IllegalArgumentException(modeToDrop + " is not a valid mode to drop");
            }
            int modes = allowedModes & ~(drop | PROTECTED | ORIGINAL);
            if (modes == allowedModes)
                return this;
            return new Lookup(lookupClass, prevLookupClass, modes);
        }

        static void checkLookupClass(Class<?> c) {
            if (c.isPrimitive())
                throw new IllegalArgumentException(c + " is a primitive class");
            if (c.isArray())
                throw new IllegalArgumentException(c + " is an array class");
        }

        static boolean inJavaBase(Class<?> c) {
            return c.getName().startsWith("java.");
        }

        /* The binary name of the top-level class around [c]: classes
         * with the same one are nestmates (JVMS 5.4.4). */
        private static String topLevelName(Class<?> c) {
            while (c.getDeclaringClass() != null)
                c = c.getDeclaringClass();
            String name = c.getName();
            if (c.isLocalClass() || c.isAnonymousClass())
                name = name.substring(0, name.indexOf('$'));
            return name;
        }

        /* Can the lookup class see [c] at all (public, or in its package)? */
        private boolean isAccessible(Class<?> c) {
            return (c.getModifiers() & PUBLIC) != 0
                || (inJavaBase(c) == inJavaBase(lookupClass)
                    && c.getPackageName().equals(lookupClass.getPackageName()));
        }

        /* "Foo" for full privilege, "Foo/package", "java.lang.Object/publicLookup". */
        public String toString() {
            String name = lookupClass.getName();
            if (prevLookupClass != null)
                name += "/" + prevLookupClass.getName();
            switch (allowedModes) {
            case 0:
                return name + "/noaccess";
            case UNCONDITIONAL:
                return name + "/publicLookup";
            case PUBLIC:
                return name + "/public";
            case PUBLIC | MODULE:
                return name + "/module";
            case PUBLIC | PACKAGE:
            case PUBLIC | MODULE | PACKAGE:
                return name + "/package";
            case PUBLIC | PACKAGE | PRIVATE:
            case PUBLIC | MODULE | PACKAGE | PRIVATE:
                return name + "/private";
            case FULL_POWER_MODES:
            case FULL_POWER_MODES & ~ORIGINAL:
                return name;
            default:
                return name + "/" + Integer.toHexString(allowedModes);
            }
        }

        /* ---- finding members ---- */

        /* Finds the member and checks access from lookupClass: kind is a
         * JVMS reference kind; [type] is a method's type, or null and
         * [fieldType] a field's. Throws NoSuchMethodException,
         * NoSuchFieldException or IllegalAccessException. */
        private native MethodHandle resolve0(Class<?> refc, String name, MethodType type,
                                             Class<?> fieldType, int kind,
                                             Class<?> specialCaller)
            throws NoSuchMethodException, NoSuchFieldException, IllegalAccessException;

        private MethodHandle findMethod(Class<?> refc, String name, MethodType type, int kind,
                                        Class<?> specialCaller)
                throws NoSuchMethodException, IllegalAccessException {
            if (refc == null || name == null || type == null)
                throw new NullPointerException();
            if (kind != DirectMethodHandle.REF_newInvokeSpecial
                    && (name.equals("<init>") || name.equals("<clinit>")))
                throw new NoSuchMethodException("illegal method name: " + name);
            try {
                return resolve0(refc, name, type, null, kind, specialCaller);
            } catch (NoSuchFieldException e) {
                throw new InternalError(e);
            }
        }

        private MethodHandle findField(Class<?> refc, String name, Class<?> type, int kind)
                throws NoSuchFieldException, IllegalAccessException {
            if (refc == null || name == null || type == null)
                throw new NullPointerException();
            try {
                return resolve0(refc, name, null, type, kind, null);
            } catch (NoSuchMethodException e) {
                throw new InternalError(e);
            }
        }

        public MethodHandle findStatic(Class<?> refc, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            return findMethod(refc, name, type, DirectMethodHandle.REF_invokeStatic, null);
        }

        /* MethodHandle's invokeExact and invoke are found as invokers. */
        public MethodHandle findVirtual(Class<?> refc, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            if (refc == MethodHandle.class && type != null) {
                if ("invokeExact".equals(name))
                    return exactInvoker(type);
                if ("invoke".equals(name))
                    return invoker(type);
            }
            int kind = refc != null && refc.isInterface() ? DirectMethodHandle.REF_invokeInterface
                                                          : DirectMethodHandle.REF_invokeVirtual;
            return findMethod(refc, name, type, kind, null);
        }

        /* As invokespecial from [specialCaller], which must be the lookup
         * class (with private access); its type takes a specialCaller as
         * the receiver. */
        public MethodHandle findSpecial(Class<?> refc, String name, MethodType type,
                                        Class<?> specialCaller)
                throws NoSuchMethodException, IllegalAccessException {
            if (specialCaller == null)
                throw new NullPointerException();
            if ((allowedModes & PRIVATE) == 0 || specialCaller != lookupClass)
                throw new IllegalAccessException("no private access for invokespecial: "
                                                 + specialCaller + ", from " + this);
            MethodHandle mh = findMethod(refc, name, type, DirectMethodHandle.REF_invokeSpecial,
                                         specialCaller);
            if (mh instanceof DirectMethodHandle && mh.type.parameterType(0) != specialCaller) {
                DirectMethodHandle d = (DirectMethodHandle) mh;
                mh = new DirectMethodHandle(d.type.changeParameterType(0, specialCaller),
                                            d.vmMember, d.kind);
            }
            return mh;
        }

        public MethodHandle findConstructor(Class<?> refc, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            if (refc == null || type == null)
                throw new NullPointerException();
            if (type.returnType() != void.class)
                throw new NoSuchMethodException("no such constructor: " + refc.getName()
                                                + ".<init>" + type + "/newInvokeSpecial");
            return findMethod(refc, "<init>", type, DirectMethodHandle.REF_newInvokeSpecial, null);
        }

        public MethodHandle findGetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            return findField(refc, name, type, DirectMethodHandle.REF_getField);
        }

        public MethodHandle findSetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            return findField(refc, name, type, DirectMethodHandle.REF_putField);
        }

        public MethodHandle findStaticGetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            return findField(refc, name, type, DirectMethodHandle.REF_getStatic);
        }

        public MethodHandle findStaticSetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            return findField(refc, name, type, DirectMethodHandle.REF_putStatic);
        }

        /* findVirtual on the receiver's class, bound to the receiver. */
        public MethodHandle bind(Object receiver, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            return findVirtual(receiver.getClass(), name, type).bindTo(receiver);
        }

        /* The class [targetName] (binary name), loaded but not initialized. */
        public Class<?> findClass(String targetName)
                throws ClassNotFoundException, IllegalAccessException {
            if (targetName.startsWith("["))
                return Class.forName(targetName);
            return MethodType.loadUninitialized(targetName);
        }

        public Class<?> accessClass(Class<?> targetClass) throws IllegalAccessException {
            if (targetClass == null)
                throw new NullPointerException();
            return targetClass;
        }
    }
}
