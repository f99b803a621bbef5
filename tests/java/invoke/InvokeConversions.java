// MethodHandle.asType and inexact invoke: boxing, unboxing, widening
// primitive conversions, reference casts, void results; the
// WrongMethodTypeException messages of asType and of invokeExact with the
// wrong type; invokeWithArguments; explicitCastArguments.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;

public class InvokeConversions {
    static int twice(int x) { return 2 * x; }
    static long widen(long x) { return x; }
    static double real(double d) { return d; }
    static boolean flag(boolean b) { return b; }
    static char letter(char c) { return c; }
    static Integer boxed(Integer x) { return x; }
    static Object any(Object o) { return o; }
    static String text(String s) { return s; }
    static void sink(int x) { }
    static Runnable task(Runnable r) { return r; }

    static MethodHandle find(String name, Class<?> r, Class<?> p) throws Exception {
        return MethodHandles.lookup().findStatic(InvokeConversions.class, name,
                                                 MethodType.methodType(r, p));
    }

    /* Tries to adapt [mh] to (p)r and prints what comes back. */
    static MethodHandle adapt(MethodHandle mh, Class<?> r, Class<?> p) {
        try {
            MethodHandle a = mh.asType(MethodType.methodType(r, p));
            System.out.println("asType " + mh.type() + " -> " + a);
            return a;
        } catch (WrongMethodTypeException e) {
            System.out.println("asType: " + e.getMessage());
            return null;
        }
    }

    /* Calls [mh] with one argument through invokeWithArguments. */
    static void call(String what, MethodHandle mh, Object arg) {
        try {
            Object r = mh.invokeWithArguments(arg);
            System.out.println(what + " = " + r + (r == null ? "" : " : " + r.getClass().getName()));
        } catch (NullPointerException e) {
            System.out.println(what + " -> NullPointerException");
        } catch (Throwable e) {
            System.out.println(what + " -> " + e);
        }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandle twice = find("twice", int.class, int.class);
        MethodHandle widen = find("widen", long.class, long.class);
        MethodHandle real = find("real", double.class, double.class);
        MethodHandle flag = find("flag", boolean.class, boolean.class);
        MethodHandle letter = find("letter", char.class, char.class);
        MethodHandle boxed = find("boxed", Integer.class, Integer.class);
        MethodHandle any = find("any", Object.class, Object.class);
        MethodHandle text = find("text", String.class, String.class);
        MethodHandle sink = find("sink", void.class, int.class);
        MethodHandle task = find("task", Runnable.class, Runnable.class);

        System.out.println("-- accepted and rejected conversions");
        adapt(twice, int.class, short.class);
        adapt(twice, long.class, char.class);
        adapt(twice, double.class, byte.class);
        adapt(twice, int.class, long.class);
        adapt(twice, short.class, int.class);
        adapt(twice, int.class, boolean.class);
        adapt(twice, boolean.class, int.class);
        adapt(twice, Object.class, Object.class);
        adapt(twice, Number.class, Number.class);
        adapt(twice, Comparable.class, Comparable.class);
        adapt(twice, Integer.class, Integer.class);
        adapt(twice, Long.class, Short.class);
        adapt(twice, int.class, Long.class);
        adapt(twice, String.class, String.class);
        adapt(twice, void.class, int.class);
        adapt(flag, boolean.class, Number.class);
        adapt(flag, Object.class, java.io.Serializable.class);
        adapt(letter, char.class, Byte.class);
        adapt(letter, Number.class, char.class);
        adapt(boxed, int.class, int.class);
        adapt(boxed, long.class, int.class);
        adapt(boxed, int.class, long.class);
        adapt(sink, Object.class, int.class);
        adapt(sink, double.class, int.class);
        adapt(text, Object.class, Object.class);
        try {
            twice.asType(MethodType.methodType(int.class, int.class, int.class));
        } catch (WrongMethodTypeException e) {
            System.out.println("arity: " + e.getMessage());
        }

        System.out.println("-- values through adapters");
        call("twice(Object Integer)", adapt(twice, Object.class, Object.class), 21);
        call("twice(Object Short)", adapt(twice, Object.class, Object.class), (short) 4);
        call("twice(Object Byte)", adapt(twice, Object.class, Object.class), (byte) 5);
        call("twice(Object Character)", adapt(twice, Object.class, Object.class), 'a');
        call("twice(Object Long)", adapt(twice, Object.class, Object.class), 4L);
        call("twice(Object Boolean)", adapt(twice, Object.class, Object.class), true);
        call("twice(Object Double)", adapt(twice, Object.class, Object.class), 1.5);
        call("twice(Object String)", adapt(twice, Object.class, Object.class), "str");
        call("twice(Object null)", adapt(twice, Object.class, Object.class), null);
        call("widen(Object Integer)", adapt(widen, Object.class, Object.class), 7);
        call("widen(Object Character)", adapt(widen, Object.class, Object.class), 'z');
        call("real(Object Long)", adapt(real, Object.class, Object.class), 3L);
        call("real(Object Float)", adapt(real, Object.class, Object.class), 0.5f);
        call("flag(Object Boolean)", adapt(flag, Object.class, Object.class), false);
        call("flag(Object Integer)", adapt(flag, Object.class, Object.class), 1);
        call("letter(Object Character)", adapt(letter, Object.class, Object.class), 'q');
        call("letter(Object Integer)", adapt(letter, Object.class, Object.class), 113);
        call("boxed(Object Integer)", adapt(boxed, Object.class, Object.class), 9);
        call("boxed(Object String)", adapt(boxed, Object.class, Object.class), "nine");
        call("boxed(Object null)", adapt(boxed, Object.class, Object.class), null);
        call("text(Object Integer)", adapt(text, Object.class, Object.class), 1);
        call("task(Object String)", adapt(task, Object.class, Object.class), "not a task");
        call("sink(Object) as Object", adapt(sink, Object.class, Object.class), 3);

        MethodHandle toInt = boxed.asType(MethodType.methodType(int.class, Integer.class));
        try {
            int r = (int) toInt.invokeExact((Integer) null);
            System.out.println("no exception " + r);
        } catch (NullPointerException e) {
            System.out.println("null result unboxed: NullPointerException");
        }
        MethodHandle sinkInt = sink.asType(MethodType.methodType(int.class, int.class));
        MethodHandle sinkBool = sink.asType(MethodType.methodType(boolean.class, int.class));
        MethodHandle sinkDouble = sink.asType(MethodType.methodType(double.class, int.class));
        MethodHandle sinkObj = sink.asType(MethodType.methodType(Object.class, int.class));
        System.out.println("void as int: " + (int) sinkInt.invokeExact(1) + ", boolean: "
                           + (boolean) sinkBool.invokeExact(1) + ", double: "
                           + (double) sinkDouble.invokeExact(1) + ", Object: "
                           + (Object) sinkObj.invokeExact(1));
        MethodHandle dropped = twice.asType(MethodType.methodType(void.class, int.class));
        dropped.invokeExact(5);
        System.out.println("result dropped: " + dropped);
        System.out.println("same type asType is the handle: "
                           + (twice.asType(twice.type()) == twice));

        System.out.println("-- inexact invoke");
        long l = (long) twice.invoke((short) 8);
        System.out.println("(long) twice.invoke(short 8) = " + l);
        Integer i = (Integer) twice.invoke(Integer.valueOf(50));
        System.out.println("(Integer) twice.invoke(Integer 50) = " + i);
        Object o = twice.invoke((Object) 6);
        System.out.println("twice.invoke((Object) 6) = " + o);
        double d = (double) widen.invoke('A');
        System.out.println("(double) widen.invoke('A') = " + d);
        String s = (String) any.invoke("through Object");
        System.out.println("(String) any.invoke(String) = " + s);
        try {
            String t = (String) any.invoke((Object) Integer.valueOf(3));
            System.out.println("no exception " + t);
        } catch (ClassCastException e) {
            System.out.println("result cast: " + e.getMessage());
        }
        try {
            int r = (int) twice.invoke("x");
            System.out.println("no exception " + r);
        } catch (WrongMethodTypeException e) {
            System.out.println("invoke: " + e.getMessage());
        }
        try {
            int r = (int) twice.invoke(1, 2);
            System.out.println("no exception " + r);
        } catch (WrongMethodTypeException e) {
            System.out.println("invoke: " + e.getMessage());
        }

        System.out.println("-- invokeExact with the wrong type");
        try {
            int r = (int) twice.invokeExact((Integer) 3);
            System.out.println("no exception " + r);
        } catch (WrongMethodTypeException e) {
            System.out.println("invokeExact: " + e.getMessage());
        }
        try {
            long r = (long) twice.invokeExact(3);
            System.out.println("no exception " + r);
        } catch (WrongMethodTypeException e) {
            System.out.println("invokeExact: " + e.getMessage());
        }
        try {
            twice.invokeExact(3);
            System.out.println("no exception");
        } catch (WrongMethodTypeException e) {
            System.out.println("invokeExact: " + e.getMessage());
        }
        try {
            Object r = twice.invokeExact(3);
            System.out.println("no exception " + r);
        } catch (WrongMethodTypeException e) {
            System.out.println("invokeExact: " + e.getMessage());
        }

        System.out.println("-- invokeWithArguments");
        System.out.println("twice(4) = " + twice.invokeWithArguments(4));
        System.out.println("twice(Short 4) = " + twice.invokeWithArguments((short) 4));
        try {
            twice.invokeWithArguments(1, 2);
        } catch (WrongMethodTypeException e) {
            System.out.println("two arguments: " + e.getMessage());
        }
        try {
            twice.invokeWithArguments((Object[]) null);
        } catch (WrongMethodTypeException e) {
            System.out.println("null array: " + e.getMessage());
        }
        try {
            twice.invokeWithArguments(9L);
        } catch (ClassCastException e) {
            System.out.println("Long for int: " + e.getMessage());
        }

        System.out.println("-- explicitCastArguments");
        MethodHandle narrow = MethodHandles.explicitCastArguments(twice,
            MethodType.methodType(byte.class, long.class));
        System.out.println(narrow + ": " + (byte) narrow.invokeExact((1L << 40) | 100));
        MethodHandle bools = MethodHandles.explicitCastArguments(twice,
            MethodType.methodType(boolean.class, boolean.class));
        System.out.println("boolean through int: " + (boolean) bools.invokeExact(true));
        MethodHandle fromDouble = MethodHandles.explicitCastArguments(letter,
            MethodType.methodType(int.class, double.class));
        System.out.println("double to char to int: " + (int) fromDouble.invokeExact(66.9));
        MethodHandle unboxAny = MethodHandles.explicitCastArguments(twice,
            MethodType.methodType(long.class, Object.class));
        System.out.println("Long unboxed and narrowed: " + (long) unboxAny.invokeExact((Object) 5000000000L)
                           + ", null: " + (long) unboxAny.invokeExact((Object) null)
                           + ", Boolean: " + (long) unboxAny.invokeExact((Object) Boolean.TRUE));
        MethodHandle toBool = MethodHandles.explicitCastArguments(flag,
            MethodType.methodType(int.class, int.class));
        System.out.println("int 3 as boolean: " + (int) toBool.invokeExact(3)
                           + ", 2: " + (int) toBool.invokeExact(2));
        try {
            MethodHandles.explicitCastArguments(twice, MethodType.methodType(int.class));
        } catch (WrongMethodTypeException e) {
            System.out.println("explicit arity: " + e.getMessage());
        }
    }
}
