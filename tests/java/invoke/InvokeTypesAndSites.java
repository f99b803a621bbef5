// min-release: 17
// MethodType (factories, derived types, descriptors, toString, equality
// and interning, errors), CallSites (mutable, volatile, constant; targets
// changed under a dynamic invoker) and Lookup objects (modes, in,
// dropLookupMode, toString).
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.invoke.VolatileCallSite;
import java.lang.invoke.WrongMethodTypeException;

public class InvokeTypesAndSites {
    interface Marker { }

    static class Inner { }

    static int twice(int x) { return 2 * x; }
    static int thrice(int x) { return 3 * x; }
    static String hello(String s) { return "hello " + s; }

    static void fromDescriptor(String d) {
        try {
            System.out.println(d + " -> " + MethodType.fromMethodDescriptorString(d, null));
        } catch (IllegalArgumentException e) {
            System.out.println(d + " -> " + e);
        } catch (TypeNotPresentException e) {
            System.out.println(d + " -> " + e.getMessage());
        }
    }

    static void badType(String what, Class<?> r, Class<?>[] ps) {
        try {
            System.out.println(what + ": " + MethodType.methodType(r, ps));
        } catch (NullPointerException e) {
            System.out.println(what + ": NullPointerException");
        } catch (IllegalArgumentException e) {
            System.out.println(what + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Throwable {
        System.out.println("-- MethodType");
        MethodType mt = MethodType.methodType(void.class, int.class, String.class, int[].class,
                                              String[][].class, long.class, Inner.class, Marker.class);
        System.out.println(mt);
        System.out.println(mt.toMethodDescriptorString());
        System.out.println("count " + mt.parameterCount() + ", last " + mt.lastParameterType()
                           + ", p1 " + mt.parameterType(1) + ", return " + mt.returnType());
        System.out.println("erase " + mt.erase());
        System.out.println("generic " + mt.generic());
        System.out.println("wrap " + mt.wrap());
        System.out.println("unwrap " + mt.wrap().unwrap());
        System.out.println("hasPrimitives " + mt.hasPrimitives() + " hasWrappers " + mt.hasWrappers()
                           + " / " + mt.wrap().hasPrimitives() + " " + mt.wrap().hasWrappers());
        System.out.println("change " + mt.changeReturnType(Object[].class).changeParameterType(0, char.class));
        System.out.println("insert " + mt.insertParameterTypes(1, boolean.class, double.class));
        System.out.println("append " + mt.appendParameterTypes(Runnable.class));
        System.out.println("drop " + mt.dropParameterTypes(1, 5));
        System.out.println("no parameters: " + MethodType.methodType(String.class) + " last "
                           + MethodType.methodType(String.class).lastParameterType());
        System.out.println(MethodType.genericMethodType(3) + " " + MethodType.genericMethodType(1, true));
        System.out.println(MethodType.methodType(int.class, MethodType.methodType(void.class, char.class)));
        System.out.println(MethodType.methodType(int.class, String.class, new Class<?>[] {long.class, byte.class}));

        Class<?>[] params = mt.parameterArray();
        params[0] = Object.class;
        System.out.println("parameterArray is a copy: " + mt.parameterType(0));

        MethodType a = MethodType.methodType(int.class, int.class);
        MethodType b = MethodType.methodType(int.class, new Class<?>[] {int.class});
        System.out.println("equal " + a.equals(b) + ", same object " + (a == b)
                           + ", hash equal " + (a.hashCode() == b.hashCode())
                           + ", list hash " + (a.hashCode() == 31 * (31 + int.class.hashCode()) + int.class.hashCode()));
        System.out.println("not equal " + a.equals(MethodType.methodType(long.class, int.class))
                           + " " + a.equals(MethodType.methodType(int.class, Integer.class))
                           + " " + a.equals("(int)int") + " " + a.equals(null));

        badType("void parameter", int.class, new Class<?>[] {void.class});
        badType("null parameter", int.class, new Class<?>[] {null});
        badType("null return", null, new Class<?>[0]);
        Class<?>[] longs = new Class<?>[128];
        for (int i = 0; i < longs.length; i++)
            longs[i] = long.class;
        badType("128 longs", int.class, longs);
        Class<?>[] ints = new Class<?>[255];
        for (int i = 0; i < ints.length; i++)
            ints[i] = int.class;
        badType("255 ints", void.class, ints);
        try {
            MethodType.genericMethodType(256);
        } catch (IllegalArgumentException e) {
            System.out.println("generic 256: " + e.getMessage());
        }
        try {
            mt.insertParameterTypes(8, int.class);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("insert: " + e.getMessage());
        }
        try {
            mt.dropParameterTypes(3, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("drop: " + e.getMessage());
        }
        try {
            mt.parameterType(7);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("parameterType: " + e.getMessage());
        }

        fromDescriptor("(ILjava/lang/String;[[J)V");
        fromDescriptor("([Ljava/lang/Object;Z)[C");
        fromDescriptor("(LInvokeTypesAndSites$Inner;)LInvokeTypesAndSites$Marker;");
        fromDescriptor("(I");
        fromDescriptor("I");
        fromDescriptor("");
        fromDescriptor("(Ljava.lang.String;)V");
        fromDescriptor("(V)V");
        fromDescriptor("()VV");
        fromDescriptor("(I)");
        fromDescriptor("(Q)V");
        fromDescriptor("(I[)V");
        fromDescriptor("(Ljava/lang/String)V");
        fromDescriptor("(Lno/such/Type;)V");
        fromDescriptor("([Lno/such/Type;)V");

        System.out.println("-- CallSites");
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodType intToInt = MethodType.methodType(int.class, int.class);
        MethodHandle twice = lookup.findStatic(InvokeTypesAndSites.class, "twice", intToInt);
        MethodHandle thrice = lookup.findStatic(InvokeTypesAndSites.class, "thrice", intToInt);
        MethodHandle hello = lookup.findStatic(InvokeTypesAndSites.class, "hello",
            MethodType.methodType(String.class, String.class));

        MutableCallSite mutable = new MutableCallSite(intToInt);
        MethodHandle invoker = mutable.dynamicInvoker();
        System.out.println("mutable " + mutable.type() + ", invoker " + invoker
                           + ", target " + mutable.getTarget());
        try {
            int r = (int) invoker.invokeExact(1);
            System.out.println("no exception " + r);
        } catch (IllegalStateException e) {
            System.out.println("before setTarget: " + e.getMessage());
        }
        mutable.setTarget(twice);
        System.out.println("twice: " + (int) invoker.invokeExact(5));
        mutable.setTarget(thrice);
        System.out.println("thrice: " + (int) invoker.invokeExact(5) + ", getTarget is thrice: "
                           + (mutable.getTarget() == thrice));
        try {
            mutable.setTarget(hello);
        } catch (WrongMethodTypeException e) {
            System.out.println("setTarget: " + e.getMessage());
        }
        try {
            mutable.setTarget(null);
        } catch (NullPointerException e) {
            System.out.println("setTarget(null): NullPointerException");
        }
        MutableCallSite.syncAll(new MutableCallSite[] {mutable});
        MethodHandle composed = MethodHandles.filterReturnValue(invoker, twice);
        mutable.setTarget(twice);
        System.out.println("through a filter: " + (int) composed.invokeExact(7));

        VolatileCallSite vol = new VolatileCallSite(hello);
        MethodHandle vinv = vol.dynamicInvoker();
        System.out.println("volatile: " + (String) vinv.invokeExact("there"));
        vol.setTarget(MethodHandles.identity(String.class));
        System.out.println("volatile changed: " + (String) vinv.invokeExact("there"));

        ConstantCallSite constant = new ConstantCallSite(twice);
        System.out.println("constant: " + constant.type() + ", dynamicInvoker is the target: "
                           + (constant.dynamicInvoker() == twice) + ", "
                           + (int) constant.dynamicInvoker().invokeExact(21));
        try {
            constant.setTarget(thrice);
        } catch (UnsupportedOperationException e) {
            System.out.println("constant setTarget: " + e);
        }
        try {
            new ConstantCallSite(null);
        } catch (NullPointerException e) {
            System.out.println("ConstantCallSite(null): NullPointerException");
        }
        CallSite site = new MutableCallSite(twice);
        System.out.println("CallSite.getTarget: " + site.getTarget());

        System.out.println("-- Lookup");
        System.out.println(lookup + " modes " + lookup.lookupModes() + " full "
                           + lookup.hasFullPrivilegeAccess() + " previous " + lookup.previousLookupClass());
        MethodHandles.Lookup pub = MethodHandles.publicLookup();
        System.out.println(pub + " modes " + pub.lookupModes() + " class " + pub.lookupClass().getName());
        System.out.println("in(Inner): " + lookup.in(Inner.class) + " " + lookup.in(Inner.class).lookupModes());
        System.out.println("in(String): " + lookup.in(String.class) + " " + lookup.in(String.class).lookupModes());
        System.out.println("in(self) is itself: " + (lookup.in(InvokeTypesAndSites.class) == lookup));
        System.out.println("public in(String): " + pub.in(String.class));
        int[] modes = {MethodHandles.Lookup.PRIVATE, MethodHandles.Lookup.PACKAGE,
                       MethodHandles.Lookup.MODULE, MethodHandles.Lookup.PUBLIC,
                       MethodHandles.Lookup.PROTECTED, MethodHandles.Lookup.ORIGINAL,
                       MethodHandles.Lookup.UNCONDITIONAL};
        for (int m : modes) {
            MethodHandles.Lookup dropped = lookup.dropLookupMode(m);
            System.out.println("drop " + m + ": " + dropped + " " + dropped.lookupModes());
        }
        System.out.println("public drop UNCONDITIONAL: "
                           + pub.dropLookupMode(MethodHandles.Lookup.UNCONDITIONAL));
        try {
            lookup.dropLookupMode(3);
        } catch (IllegalArgumentException e) {
            System.out.println("drop 3: " + e.getMessage());
        }
        try {
            lookup.in(int.class);
        } catch (IllegalArgumentException e) {
            System.out.println("in(int): " + e.getMessage());
        }
        try {
            lookup.in(int[].class);
        } catch (IllegalArgumentException e) {
            System.out.println("in(int[]): " + e.getMessage());
        }
        MethodHandles.Lookup privateIn = MethodHandles.privateLookupIn(Inner.class, lookup);
        System.out.println("privateLookupIn(Inner): " + privateIn + " " + privateIn.lookupModes());
        try {
            MethodHandles.privateLookupIn(Inner.class, pub);
        } catch (IllegalAccessException e) {
            System.out.println("privateLookupIn from public: " + e.getMessage());
        }
        System.out.println("findClass: " + lookup.findClass("InvokeTypesAndSites$Inner").getName()
                           + " " + lookup.findClass("[I").getName());
        try {
            lookup.findClass("no.such.Type");
        } catch (ClassNotFoundException e) {
            System.out.println("findClass: " + e);
        }
    }
}
