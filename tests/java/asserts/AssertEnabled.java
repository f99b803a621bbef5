// vm-args: -ea
// stderr: first-line
// assert with -ea: a false condition throws AssertionError whose message is
// the detail expression converted like String.valueOf (int, long, double,
// char, boolean, null, an object's toString), a Throwable detail also
// becomes the cause; the detail expression is evaluated only when the
// assertion fails; asserts in nested classes, lambdas, instance and static
// initializers (an Error from <clinit> is thrown as is, and the class is
// then unusable); finally an uncaught AssertionError ends the program
// (status 1, the exception on stderr).
public class AssertEnabled {
    static int evaluations;

    static boolean check(boolean v) {
        evaluations++;
        return v;
    }

    static String detail() {
        evaluations += 100;
        return "detail";
    }

    static class Point {
        public String toString() { return "Point(1,2)"; }
    }

    static class Nested {
        static void run(int x) {
            assert x > 0 : "x must be positive but was " + x;
        }
    }

    static void expect(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no error");
        } catch (AssertionError e) {
            System.out.println(label + ": AssertionError message=" + e.getMessage() + " cause=" + e.getCause());
        }
    }

    static class InitAssert {
        static int value = 5;

        static {
            assert value == 6 : "static init sees " + value;
        }
    }

    int field;

    {
        assert field != 0 : "instance initializer, field " + field;
    }

    public static void main(String[] args) {
        System.out.println("desiredAssertionStatus " + AssertEnabled.class.desiredAssertionStatus());
        expect("true condition", () -> { assert check(true) : detail(); });
        System.out.println("evaluations " + evaluations);
        expect("no detail", () -> { assert check(false); });
        expect("int detail", () -> { assert false : 42; });
        expect("long detail", () -> { assert false : Long.MIN_VALUE; });
        expect("double detail", () -> { assert false : -0.0; });
        expect("float detail", () -> { assert false : 1.5f; });
        expect("char detail", () -> { assert false : 'c'; });
        expect("boolean detail", () -> { assert false : true; });
        expect("null detail", () -> { assert false : null; });
        expect("object detail", () -> { assert false : new Point(); });
        expect("string detail", () -> { assert check(false) : detail(); });
        System.out.println("evaluations " + evaluations);
        expect("throwable detail", () -> { assert false : new IllegalStateException("as cause"); });
        expect("nested ok", () -> Nested.run(1));
        expect("nested fails", () -> Nested.run(-1));
        expect("instance initializer", () -> new AssertEnabled());
        try {
            System.out.println(InitAssert.value);
        } catch (AssertionError e) {
            // an Error from <clinit> is not wrapped in ExceptionInInitializerError
            System.out.println("static initializer: AssertionError " + e.getMessage());
        }
        try {
            System.out.println(InitAssert.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("second use: NoClassDefFoundError");
        }
        int count = 0;
        for (int i = 0; i < 10; i++) {
            try {
                assert i % 3 != 0 : i;
            } catch (AssertionError e) {
                count++;
            }
        }
        System.out.println("failed asserts in loop " + count);
        assert args.length > 5 : "uncaught, args.length=" + args.length;
        System.out.println("not reached");
    }
}
