// Method handles from MethodHandles.lookup(): static, virtual (overriding
// and interface dispatch), constructors, field getters and setters,
// findSpecial, bind; called with invokeExact, invoke and
// invokeWithArguments over every primitive type, and exceptions thrown
// through a handle. Failed look-ups print only the exception's class.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

public class InvokeLookups {
    static int counter;

    static int add(int a, int b) { return a + b; }
    static long mulLong(long a, int b) { return a * b; }
    static double half(double d) { return d / 2; }
    static float neg(float f) { return -f; }
    static boolean not(boolean b) { return !b; }
    static char next(char c) { return (char) (c + 1); }
    static byte low(int x) { return (byte) x; }
    static short twiceShort(short s) { return (short) (s * 2); }
    static void bump() { counter++; }
    static String join(String a, Object b) { return a + "|" + b; }
    static int fail(int x) {
        if (x < 0)
            throw new IllegalArgumentException("negative: " + x);
        return x;
    }
    private static String secret() { return "secret"; }

    interface Shape { String name(); int sides(); }

    static class Square implements Shape {
        public String name() { return "square"; }
        public int sides() { return 4; }
        public String toString() { return "Square"; }
    }

    static class Base {
        String who() { return "Base"; }
        String hello(String to) { return who() + " says hello to " + to; }
    }

    static class Derived extends Base {
        String who() { return "Derived"; }

        /* Base.who, as invokespecial from Derived: no dispatch. */
        static MethodHandle specialWho() throws Exception {
            return MethodHandles.lookup().findSpecial(Base.class, "who",
                MethodType.methodType(String.class), Derived.class);
        }
    }

    static class Point {
        int x;
        long y;
        String label = "p";
        static int created;
        static String registry = "none";

        Point() { created++; }
        Point(int x, long y) { this(); this.x = x; this.y = y; }
        Point(String label) { this(); this.label = label; }
        int sum() { return x + (int) y; }
        public String toString() { return label + "(" + x + "," + y + ")"; }
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        System.out.println("lookup: " + lookup + " class " + lookup.lookupClass().getName());

        MethodHandle add = lookup.findStatic(InvokeLookups.class, "add",
                                             MethodType.methodType(int.class, int.class, int.class));
        System.out.println(add + " " + add.type());
        int sum = (int) add.invokeExact(3, 4);
        System.out.println("invokeExact add: " + sum);
        Object boxed = add.invoke(Integer.valueOf(10), 20);
        System.out.println("invoke add: " + boxed);
        System.out.println("invokeWithArguments add: " + add.invokeWithArguments(5, 6));
        System.out.println("invokeWithArguments array: "
                           + add.invokeWithArguments(new Object[] {7, 8}));

        MethodHandle mulLong = lookup.findStatic(InvokeLookups.class, "mulLong",
            MethodType.methodType(long.class, long.class, int.class));
        long product = (long) mulLong.invokeExact(1L << 40, 3);
        System.out.println("mulLong: " + product);
        MethodHandle half = lookup.findStatic(InvokeLookups.class, "half",
            MethodType.methodType(double.class, double.class));
        System.out.println("half: " + (double) half.invokeExact(5.0));
        MethodHandle neg = lookup.findStatic(InvokeLookups.class, "neg",
            MethodType.methodType(float.class, float.class));
        System.out.println("neg: " + (float) neg.invokeExact(1.5f));
        MethodHandle not = lookup.findStatic(InvokeLookups.class, "not",
            MethodType.methodType(boolean.class, boolean.class));
        System.out.println("not: " + (boolean) not.invokeExact(false));
        MethodHandle next = lookup.findStatic(InvokeLookups.class, "next",
            MethodType.methodType(char.class, char.class));
        System.out.println("next: " + (char) next.invokeExact('a'));
        MethodHandle low = lookup.findStatic(InvokeLookups.class, "low",
            MethodType.methodType(byte.class, int.class));
        System.out.println("low: " + (byte) low.invokeExact(0x1ff));
        MethodHandle twiceShort = lookup.findStatic(InvokeLookups.class, "twiceShort",
            MethodType.methodType(short.class, short.class));
        System.out.println("twiceShort: " + (short) twiceShort.invokeExact((short) 300));
        MethodHandle bump = lookup.findStatic(InvokeLookups.class, "bump",
            MethodType.methodType(void.class));
        bump.invokeExact();
        bump.invoke();
        System.out.println("bump twice: " + counter + " invokeWithArguments: "
                           + bump.invokeWithArguments());
        MethodHandle join = lookup.findStatic(InvokeLookups.class, "join",
            MethodType.methodType(String.class, String.class, Object.class));
        System.out.println("join: " + (String) join.invokeExact("a", (Object) 42));
        System.out.println("join null: " + (String) join.invokeExact((String) null, (Object) null));
        MethodHandle secret = lookup.findStatic(InvokeLookups.class, "secret",
            MethodType.methodType(String.class));
        System.out.println("private static: " + (String) secret.invokeExact());

        MethodHandle fail = lookup.findStatic(InvokeLookups.class, "fail",
            MethodType.methodType(int.class, int.class));
        System.out.println("fail(1): " + (int) fail.invokeExact(1));
        try {
            int r = (int) fail.invokeExact(-1);
            System.out.println("no exception: " + r);
        } catch (IllegalArgumentException e) {
            System.out.println("thrown through invokeExact: " + e.getMessage());
        }
        try {
            fail.invokeWithArguments(-2);
        } catch (IllegalArgumentException e) {
            System.out.println("thrown through invokeWithArguments: " + e.getMessage());
        }

        // Virtual and interface dispatch.
        MethodHandle who = lookup.findVirtual(Base.class, "who", MethodType.methodType(String.class));
        System.out.println(who + ": " + (String) who.invokeExact(new Base()) + " "
                           + (String) who.invokeExact((Base) new Derived()));
        MethodHandle hello = lookup.findVirtual(Base.class, "hello",
            MethodType.methodType(String.class, String.class));
        System.out.println((String) hello.invokeExact((Base) new Derived(), "you"));
        MethodHandle sides = lookup.findVirtual(Shape.class, "sides", MethodType.methodType(int.class));
        MethodHandle name = lookup.findVirtual(Shape.class, "name", MethodType.methodType(String.class));
        Shape sq = new Square();
        System.out.println(sides + " " + name + ": " + (int) sides.invokeExact(sq) + " "
                           + (String) name.invokeExact(sq));
        MethodHandle length = lookup.findVirtual(String.class, "length", MethodType.methodType(int.class));
        System.out.println("length: " + (int) length.invokeExact("hello"));
        MethodHandle csLength = lookup.findVirtual(CharSequence.class, "length",
            MethodType.methodType(int.class));
        System.out.println("CharSequence.length on a StringBuilder: "
                           + (int) csLength.invokeExact((CharSequence) new StringBuilder("abc")));
        MethodHandle toStr = lookup.findVirtual(Object.class, "toString",
            MethodType.methodType(String.class));
        System.out.println("Object.toString virtual: " + (String) toStr.invokeExact((Object) sq));
        MethodHandle concat = lookup.findVirtual(String.class, "concat",
            MethodType.methodType(String.class, String.class));
        System.out.println("concat: " + (String) concat.invokeExact("con", "cat"));
        try {
            int r = (int) length.invokeExact((String) null);
            System.out.println("no exception " + r);
        } catch (NullPointerException e) {
            System.out.println("null receiver: NullPointerException");
        }

        // findSpecial: Base.who called on a Derived, without dispatch.
        MethodHandle special = Derived.specialWho();
        System.out.println(special + ": " + (String) special.invokeExact(new Derived()));

        // Constructors.
        MethodHandle newPoint = lookup.findConstructor(Point.class,
            MethodType.methodType(void.class, int.class, long.class));
        Point p = (Point) newPoint.invokeExact(2, 3L);
        System.out.println(newPoint + ": " + p + " sum " + p.sum());
        MethodHandle newLabeled = lookup.findConstructor(Point.class,
            MethodType.methodType(void.class, String.class));
        System.out.println("labeled: " + newLabeled.invoke("q"));
        MethodHandle newSb = lookup.findConstructor(StringBuilder.class,
            MethodType.methodType(void.class, String.class));
        StringBuilder sb = (StringBuilder) newSb.invokeExact("built");
        System.out.println("StringBuilder: " + sb.append('!'));
        System.out.println("points created: " + Point.created);

        // Fields.
        MethodHandle getX = lookup.findGetter(Point.class, "x", int.class);
        MethodHandle setX = lookup.findSetter(Point.class, "x", int.class);
        MethodHandle getY = lookup.findGetter(Point.class, "y", long.class);
        MethodHandle setY = lookup.findSetter(Point.class, "y", long.class);
        MethodHandle getLabel = lookup.findGetter(Point.class, "label", String.class);
        MethodHandle setLabel = lookup.findSetter(Point.class, "label", String.class);
        System.out.println(getX + " " + setX + " " + getY + " " + setLabel);
        setX.invokeExact(p, 40);
        setY.invokeExact(p, -7L);
        setLabel.invokeExact(p, "moved");
        System.out.println("fields: " + (int) getX.invokeExact(p) + " " + (long) getY.invokeExact(p)
                           + " " + (String) getLabel.invokeExact(p) + " -> " + p);
        MethodHandle getCreated = lookup.findStaticGetter(Point.class, "created", int.class);
        MethodHandle setRegistry = lookup.findStaticSetter(Point.class, "registry", String.class);
        MethodHandle getRegistry = lookup.findStaticGetter(Point.class, "registry", String.class);
        System.out.println(getCreated + " " + setRegistry);
        setRegistry.invokeExact("set by handle");
        System.out.println("statics: " + (int) getCreated.invokeExact() + " "
                           + (String) getRegistry.invokeExact());
        try {
            int x = (int) getX.invokeExact((Point) null);
            System.out.println("no exception " + x);
        } catch (NullPointerException e) {
            System.out.println("null field owner: NullPointerException");
        }

        // bind: findVirtual on the receiver's class, bound to it.
        MethodHandle bound = lookup.bind("bound", "length", MethodType.methodType(int.class));
        System.out.println(bound + ": " + (int) bound.invokeExact());

        // Look-ups that fail.
        tryFind(lookup, "missing static", 0);
        tryFind(lookup, "static as virtual", 1);
        tryFind(lookup, "virtual as static", 2);
        tryFind(lookup, "wrong return type", 3);
        tryFind(lookup, "missing field", 4);
        tryFind(lookup, "field of another type", 5);
        tryFind(lookup, "<init> by findStatic", 6);
        tryFind(lookup, "constructor returning int", 7);
        tryFind(lookup, "missing constructor", 8);
        tryFind(lookup, "null class", 9);
    }

    static void tryFind(MethodHandles.Lookup lookup, String what, int which) {
        try {
            MethodHandle h;
            switch (which) {
            case 0: h = lookup.findStatic(InvokeLookups.class, "nope", MethodType.methodType(void.class)); break;
            case 1: h = lookup.findVirtual(InvokeLookups.class, "add",
                            MethodType.methodType(int.class, int.class, int.class)); break;
            case 2: h = lookup.findStatic(String.class, "length", MethodType.methodType(int.class)); break;
            case 3: h = lookup.findVirtual(String.class, "length", MethodType.methodType(long.class)); break;
            case 4: h = lookup.findGetter(Point.class, "z", int.class); break;
            case 5: h = lookup.findGetter(Point.class, "x", long.class); break;
            case 6: h = lookup.findStatic(Point.class, "<init>", MethodType.methodType(void.class)); break;
            case 7: h = lookup.findConstructor(Point.class, MethodType.methodType(int.class)); break;
            case 8: h = lookup.findConstructor(Point.class, MethodType.methodType(void.class, double.class)); break;
            default: h = lookup.findStatic(null, "x", MethodType.methodType(void.class)); break;
            }
            System.out.println(what + ": found " + h);
        } catch (Exception e) {
            System.out.println(what + ": " + e.getClass().getName());
        }
    }
}
