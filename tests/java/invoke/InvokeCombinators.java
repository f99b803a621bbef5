// min-release: 17
// MethodHandles combinators: constant, identity, zero, empty, bindTo,
// insertArguments, dropArguments, filterReturnValue, filterArguments,
// foldArguments, collectArguments, guardWithTest, permuteArguments,
// catchException, throwException, array element handles, invokers,
// spreaders, collectors and varargs collectors; with their argument
// checks and HotSpot's messages.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;

public class InvokeCombinators {
    static int calls;

    static String cat(String a, String b) { return a + b; }
    static int twice(int x) { return 2 * x; }
    static int sub(int a, int b) { return a - b; }
    static boolean positive(int x) { return x > 0; }
    static String describe(int x, String s) { return s + ":" + x; }
    static String other(int x, String s) { return "other " + s + ":" + x; }
    static int length(String s) { return s.length(); }
    static void log(int x) { calls++; System.out.println("  log " + x); }
    static int sum(int[] xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String joinAll(String sep, Object[] parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) sb.append(sep).append(p);
        return sb.toString();
    }
    static String joinStrings(String[] parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) sb.append('<').append(p).append('>');
        return sb.toString();
    }
    static int risky(int x) {
        if (x == 0)
            throw new IllegalStateException("zero");
        if (x < 0)
            throw new ArithmeticException("negative");
        return 100 / x;
    }
    static int recover(IllegalStateException e, int x) { return -1000 - x; }

    static MethodHandle find(String name, MethodType type) throws Exception {
        return MethodHandles.lookup().findStatic(InvokeCombinators.class, name, type);
    }

    static void expectIae(String what, Throwable e) {
        System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
    }

    public static void main(String[] args) throws Throwable {
        MethodHandle cat = find("cat", MethodType.methodType(String.class, String.class, String.class));
        MethodHandle twice = find("twice", MethodType.methodType(int.class, int.class));
        MethodHandle sub = find("sub", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle positive = find("positive", MethodType.methodType(boolean.class, int.class));
        MethodHandle describe = find("describe", MethodType.methodType(String.class, int.class, String.class));
        MethodHandle other = find("other", MethodType.methodType(String.class, int.class, String.class));
        MethodHandle length = find("length", MethodType.methodType(int.class, String.class));
        MethodHandle log = find("log", MethodType.methodType(void.class, int.class));
        MethodHandle sum = find("sum", MethodType.methodType(int.class, int[].class));
        MethodHandle joinAll = find("joinAll", MethodType.methodType(String.class, String.class, Object[].class));
        MethodHandle risky = find("risky", MethodType.methodType(int.class, int.class));
        MethodHandle recover = find("recover", MethodType.methodType(int.class, IllegalStateException.class, int.class));

        System.out.println("-- constant, identity, zero, empty");
        MethodHandle seven = MethodHandles.constant(int.class, 7);
        System.out.println(seven + " " + (int) seven.invokeExact());
        MethodHandle wide = MethodHandles.constant(long.class, (short) 3);
        System.out.println(wide + " " + (long) wide.invokeExact());
        MethodHandle hello = MethodHandles.constant(String.class, "hello");
        System.out.println(hello + " " + (String) hello.invokeExact());
        MethodHandle charAsInt = MethodHandles.constant(int.class, 'c');
        System.out.println("char as int: " + (int) charAsInt.invokeExact());
        try { MethodHandles.constant(int.class, 3L); } catch (ClassCastException e) { expectIae("constant(int, 3L)", e); }
        try { MethodHandles.constant(String.class, 3); } catch (ClassCastException e) { expectIae("constant(String, 3)", e); }
        try { MethodHandles.constant(void.class, 3); } catch (IllegalArgumentException e) { expectIae("constant(void)", e); }
        MethodHandle id = MethodHandles.identity(String.class);
        System.out.println(id + " " + (String) id.invokeExact("same"));
        try { MethodHandles.identity(void.class); } catch (IllegalArgumentException e) { expectIae("identity(void)", e); }
        System.out.println(MethodHandles.zero(double.class) + " " + (double) MethodHandles.zero(double.class).invokeExact()
                           + " " + MethodHandles.zero(void.class) + " " + MethodHandles.zero(Object.class).invoke());
        MethodHandle empty = MethodHandles.empty(MethodType.methodType(boolean.class, String.class, long.class));
        System.out.println(empty + " " + (boolean) empty.invokeExact("x", 1L));

        System.out.println("-- bindTo, insertArguments");
        MethodHandle greet = cat.bindTo("Hello, ");
        System.out.println(greet + " " + (String) greet.invokeExact("world"));
        System.out.println("bound null: " + (String) cat.bindTo(null).invokeExact("x"));
        try { cat.bindTo(1); } catch (ClassCastException e) { expectIae("bindTo(1)", e); }
        try { twice.bindTo(1); } catch (IllegalArgumentException e) { expectIae("bindTo on int", e); }
        MethodHandle tail = MethodHandles.insertArguments(cat, 1, "!");
        System.out.println(tail + " " + (String) tail.invokeExact("wow"));
        MethodHandle both = MethodHandles.insertArguments(sub, 0, 10, 3);
        System.out.println(both + " " + (int) both.invokeExact());
        MethodHandle shortArg = MethodHandles.insertArguments(sub, 1, (short) 4);
        System.out.println("short inserted: " + (int) shortArg.invokeExact(10));
        try { MethodHandles.insertArguments(sub, 0, 1L); } catch (ClassCastException e) { expectIae("insert long", e); }
        try { MethodHandles.insertArguments(sub, 0, 1, 2, 3); } catch (IllegalArgumentException e) { expectIae("insert three", e); }
        try { MethodHandles.insertArguments(sub, 2, 1); } catch (IllegalArgumentException e) { expectIae("insert at 2", e); }
        try { MethodHandles.insertArguments(cat, 0, 5); } catch (ClassCastException e) { expectIae("insert int for String", e); }

        System.out.println("-- dropArguments, dropReturn");
        MethodHandle ignoring = MethodHandles.dropArguments(twice, 0, String.class, double.class);
        System.out.println(ignoring + " " + (int) ignoring.invokeExact("ignored", 1.5, 21));
        MethodHandle ignoringLast = MethodHandles.dropArguments(twice, 1, Object.class);
        System.out.println(ignoringLast + " " + (int) ignoringLast.invokeExact(4, (Object) "x"));
        try { MethodHandles.dropArguments(twice, 2, String.class, int.class); } catch (IllegalArgumentException e) { expectIae("drop at 2", e); }
        try { MethodHandles.dropArguments(twice, 0, void.class); } catch (IllegalArgumentException e) { expectIae("drop void", e); }
        MethodHandle noResult = MethodHandles.dropReturn(twice);
        noResult.invokeExact(3);
        System.out.println("dropReturn: " + noResult);

        System.out.println("-- filters");
        MethodHandle quadruple = MethodHandles.filterReturnValue(twice, twice);
        System.out.println(quadruple + " " + (int) quadruple.invokeExact(5));
        MethodHandle lengthTwice = MethodHandles.filterReturnValue(length, twice);
        System.out.println(lengthTwice + " " + (int) lengthTwice.invokeExact("abc"));
        MethodHandle afterVoid = MethodHandles.filterReturnValue(log, MethodHandles.constant(String.class, "logged"));
        System.out.println(afterVoid + " " + (String) afterVoid.invokeExact(8));
        try { MethodHandles.filterReturnValue(twice, cat); } catch (IllegalArgumentException e) { expectIae("filterReturnValue", e); }
        MethodHandle lens = MethodHandles.filterArguments(sub, 0, length, length);
        System.out.println(lens + " " + (int) lens.invokeExact("four", "on"));
        MethodHandle second = MethodHandles.filterArguments(sub, 1, twice);
        System.out.println(second + " " + (int) second.invokeExact(10, 3));
        MethodHandle skipNull = MethodHandles.filterArguments(describe, 0, null, MethodHandles.identity(String.class));
        System.out.println(skipNull + " " + (String) skipNull.invokeExact(1, "s"));
        try { MethodHandles.filterArguments(cat, 1, twice); } catch (IllegalArgumentException e) { expectIae("filterArguments", e); }
        try { MethodHandles.filterArguments(cat, 1, id, id); } catch (IllegalArgumentException e) { expectIae("too many filters", e); }

        System.out.println("-- fold and collect");
        MethodHandle sq = MethodHandles.foldArguments(sub, twice);
        System.out.println(sq + " " + (int) sq.invokeExact(5));
        MethodHandle logged = MethodHandles.foldArguments(twice, log);
        System.out.println(logged + " " + (int) logged.invokeExact(6) + " calls " + calls);
        MethodHandle foldAt1 = MethodHandles.foldArguments(describe, 1, MethodHandles.constant(String.class, "k"));
        System.out.println(foldAt1 + " " + (String) foldAt1.invokeExact(9));
        try { MethodHandles.foldArguments(cat, twice); } catch (IllegalArgumentException e) { expectIae("foldArguments", e); }
        MethodHandle collected = MethodHandles.collectArguments(describe, 1, cat);
        System.out.println(collected + " " + (String) collected.invokeExact(2, "a", "b"));
        MethodHandle collectVoid = MethodHandles.collectArguments(twice, 0, log);
        System.out.println(collectVoid + " " + (int) collectVoid.invokeExact(1, 2));
        try { MethodHandles.collectArguments(describe, 3, cat); } catch (IllegalArgumentException e) { expectIae("collectArguments at 3", e); }
        try { MethodHandles.collectArguments(describe, 0, cat); } catch (IllegalArgumentException e) { expectIae("collectArguments types", e); }

        System.out.println("-- guardWithTest, permuteArguments");
        MethodHandle guarded = MethodHandles.guardWithTest(positive, describe, other);
        System.out.println(guarded + " " + (String) guarded.invokeExact(3, "a") + " / "
                           + (String) guarded.invokeExact(-3, "b"));
        try { MethodHandles.guardWithTest(twice, describe, other); } catch (IllegalArgumentException e) { expectIae("guard not a predicate", e); }
        try { MethodHandles.guardWithTest(positive, describe, cat); } catch (IllegalArgumentException e) { expectIae("guard fallback", e); }
        try {
            MethodHandles.guardWithTest(MethodHandles.dropArguments(positive, 1, int.class), describe, other);
        } catch (IllegalArgumentException e) { expectIae("guard test types", e); }
        MethodHandle swapped = MethodHandles.permuteArguments(sub,
            MethodType.methodType(int.class, int.class, int.class), 1, 0);
        System.out.println(swapped + " " + (int) swapped.invokeExact(3, 10));
        MethodHandle square = MethodHandles.permuteArguments(
            find("sub", MethodType.methodType(int.class, int.class, int.class)),
            MethodType.methodType(int.class, int.class), 0, 0);
        System.out.println("duplicated: " + (int) square.invokeExact(6));
        MethodType ss = MethodType.methodType(String.class, String.class, String.class);
        try { MethodHandles.permuteArguments(cat, ss, 1); } catch (IllegalArgumentException e) { expectIae("permute length", e); }
        try { MethodHandles.permuteArguments(cat, ss, 1, 2); } catch (IllegalArgumentException e) { expectIae("permute index", e); }
        try { MethodHandles.permuteArguments(cat, MethodType.methodType(String.class, String.class, int.class), 1, 0); } catch (IllegalArgumentException e) { expectIae("permute types", e); }
        try { MethodHandles.permuteArguments(cat, MethodType.methodType(int.class, String.class, String.class), 1, 0); } catch (IllegalArgumentException e) { expectIae("permute return", e); }

        System.out.println("-- exceptions");
        MethodHandle safe = MethodHandles.catchException(risky, IllegalStateException.class, recover);
        System.out.println(safe + " " + (int) safe.invokeExact(4) + " " + (int) safe.invokeExact(0));
        try {
            int r = (int) safe.invokeExact(-1);
            System.out.println("no exception " + r);
        } catch (ArithmeticException e) {
            System.out.println("not caught: " + e);
        }
        try { MethodHandles.catchException(risky, IllegalStateException.class, sub); } catch (IllegalArgumentException e) { expectIae("catch handler", e); }
        try { MethodHandles.catchException(risky, Exception.class, recover); } catch (IllegalArgumentException e) { expectIae("catch exception type", e); }
        MethodHandle thrower = MethodHandles.throwException(String.class, UnsupportedOperationException.class);
        System.out.println(thrower);
        try {
            String r = (String) thrower.invokeExact(new UnsupportedOperationException("thrown by a handle"));
            System.out.println("no exception " + r);
        } catch (UnsupportedOperationException e) {
            System.out.println("caught " + e.getMessage());
        }

        System.out.println("-- arrays");
        MethodHandle get = MethodHandles.arrayElementGetter(int[].class);
        MethodHandle set = MethodHandles.arrayElementSetter(int[].class);
        MethodHandle len = MethodHandles.arrayLength(int[].class);
        MethodHandle make = MethodHandles.arrayConstructor(int[].class);
        System.out.println(get + " " + set + " " + len + " " + make);
        int[] numbers = (int[]) make.invokeExact(3);
        set.invokeExact(numbers, 1, 42);
        System.out.println("numbers[1] = " + (int) get.invokeExact(numbers, 1) + ", length " + (int) len.invokeExact(numbers));
        try {
            int r = (int) get.invokeExact(numbers, 3);
            System.out.println("no exception " + r);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("get: " + e.getMessage());
        }
        MethodHandle setObject = MethodHandles.arrayElementSetter(Object[].class);
        try {
            setObject.invokeExact((Object[]) new String[1], 0, (Object) Integer.valueOf(1));
        } catch (ArrayStoreException e) {
            System.out.println("store: " + e);
        }
        MethodHandle makeStrings = MethodHandles.arrayConstructor(String[].class);
        String[] strings = (String[]) makeStrings.invokeExact(2);
        System.out.println(makeStrings + " " + strings.length + " " + strings.getClass().getName());
        try {
            String[] r = (String[]) makeStrings.invokeExact(-1);
            System.out.println("no exception " + r.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("arrayConstructor(-1): " + e);
        }
        try { MethodHandles.arrayElementGetter(String.class); } catch (IllegalArgumentException e) { expectIae("getter of String", e); }

        System.out.println("-- invokers");
        MethodHandle exact = MethodHandles.exactInvoker(twice.type());
        MethodHandle inexact = MethodHandles.invoker(MethodType.methodType(long.class, short.class));
        System.out.println(exact + " " + inexact);
        System.out.println("exactInvoker: " + (int) exact.invokeExact(twice, 8) + ", invoker: "
                           + (long) inexact.invokeExact(twice, (short) 9));
        try {
            int r = (int) MethodHandles.exactInvoker(MethodType.methodType(int.class, long.class))
                                       .invokeExact(twice, 1L);
            System.out.println("no exception " + r);
        } catch (WrongMethodTypeException e) {
            System.out.println("exactInvoker: " + e.getMessage());
        }
        MethodHandle viaFind = MethodHandles.lookup().findVirtual(MethodHandle.class, "invokeExact", twice.type());
        System.out.println("findVirtual invokeExact: " + viaFind + " " + (int) viaFind.invokeExact(twice, 11));

        System.out.println("-- spreaders and collectors");
        MethodHandle spread = cat.asSpreader(Object[].class, 2);
        System.out.println(spread + " " + (String) spread.invokeExact(new Object[] {"sp", "read"}));
        try {
            String r = (String) spread.invokeExact(new Object[] {"one"});
            System.out.println("no exception " + r);
        } catch (IllegalArgumentException e) {
            System.out.println("spread: " + e.getMessage());
        }
        MethodHandle spreadInts = sub.asSpreader(int[].class, 2);
        System.out.println(spreadInts + " " + (int) spreadInts.invokeExact(new int[] {9, 4}));
        try { cat.asSpreader(int[].class, 2); } catch (WrongMethodTypeException e) { expectIae("spread int[] into Strings", e); }
        try { cat.asSpreader(Object[].class, 3); } catch (IllegalArgumentException e) { expectIae("spread 3", e); }
        try { cat.asSpreader(Object.class, 1); } catch (IllegalArgumentException e) { expectIae("spread Object", e); }
        MethodHandle collect = sum.asCollector(int[].class, 3);
        System.out.println(collect + " " + (int) collect.invokeExact(1, 2, 3));
        try { sum.asCollector(long[].class, 2); } catch (IllegalArgumentException e) { expectIae("collect long[]", e); }
        MethodHandle spreadInvoker = MethodHandles.spreadInvoker(cat.type(), 0);
        System.out.println(spreadInvoker + " " + spreadInvoker.invoke(cat, new Object[] {"a", "b"}));

        System.out.println("-- varargs collectors");
        MethodHandle sumv = sum.asVarargsCollector(int[].class);
        System.out.println(sumv + " varargs " + sumv.isVarargsCollector() + ", plain " + sum.isVarargsCollector());
        System.out.println("invoke(): " + (int) sumv.invoke());
        System.out.println("invoke(1, 2, 3): " + (int) sumv.invoke(1, 2, 3));
        System.out.println("invoke(int[]): " + (int) sumv.invoke(new int[] {4, 5}));
        System.out.println("invokeExact(int[]): " + (int) sumv.invokeExact(new int[] {6}));
        System.out.println("invokeWithArguments: " + sumv.invokeWithArguments(1, 2, 3, 4));
        System.out.println("asType: " + sumv.asType(MethodType.methodType(int.class, int.class, int.class)));
        System.out.println("asFixedArity: " + sumv.asFixedArity().isVarargsCollector());
        try {
            Object r = sumv.invoke(1, 2L);
            System.out.println("no exception " + r);
        } catch (WrongMethodTypeException e) {
            System.out.println("varargs: " + e.getMessage());
        }
        MethodHandle join = joinAll.asVarargsCollector(Object[].class);
        System.out.println("join: " + (String) join.invoke("-", 1, "b", 'c'));
        System.out.println("join array: " + (String) join.invoke("+", new Object[] {"x", "y"}));
        System.out.println("join null: " + (String) join.invoke("*", null));
        MethodHandle strings3 = find("joinStrings", MethodType.methodType(String.class, String[].class))
            .asVarargsCollector(String[].class);
        System.out.println("String varargs: " + (String) strings3.invoke("a", "b", "c") + " "
                           + (String) strings3.invoke() + " " + strings3.invokeWithArguments("x", null));
        try {
            Object r = strings3.invoke("a", (Object) Integer.valueOf(1));
            System.out.println("no exception " + r);
        } catch (ClassCastException e) {
            System.out.println("String varargs: " + e.getMessage());
        }
        System.out.println("withVarargs: " + sum.withVarargs(true).isVarargsCollector() + " "
                           + sumv.withVarargs(false).isVarargsCollector());
        try { twice.asVarargsCollector(int[].class); } catch (IllegalArgumentException e) { expectIae("asVarargsCollector", e); }
        try { twice.withVarargs(true); } catch (IllegalArgumentException e) { expectIae("withVarargs", e); }
    }
}
