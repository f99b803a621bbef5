// A static initializer that throws: the first use gets
// ExceptionInInitializerError (cause: the original exception), later uses
// get NoClassDefFoundError "Could not initialize class ...". The class
// stays unusable; other classes are unaffected.
public class InitFailure {
    static class Fragile {
        static int value = compute();

        static int compute() {
            System.out.println("  Fragile.<clinit> runs");
            int zero = 0;
            return 10 / zero;
        }

        static int get() { return value; }
    }

    static class ThrowsError {
        static {
            System.out.println("  ThrowsError.<clinit> runs");
            if (ThrowsError.class != null) throw new IllegalStateException("explicit failure");
        }
        static void hello() { System.out.println("hello"); }
    }

    static class ThrowsErrorDirectly {
        static {
            System.out.println("  ThrowsErrorDirectly.<clinit> runs");
            if (ThrowsErrorDirectly.class != null) throw new AssertionError("an Error is not wrapped");
        }
        static int x;
    }

    static class Healthy {
        static int value = 99;
    }

    static void describe(String label, Throwable t) {
        System.out.println(label + ": " + t.getClass().getName() + ", message " + t.getMessage());
        if (t instanceof ExceptionInInitializerError) {
            Throwable cause = ((ExceptionInInitializerError) t).getException();
            System.out.println("  getException: " + cause);
            System.out.println("  getCause same: " + (t.getCause() == cause));
        }
    }

    public static void main(String[] args) {
        for (int i = 1; i <= 3; i++) {
            try {
                System.out.println("attempt " + i + ": " + Fragile.get());
            } catch (Throwable t) {
                describe("attempt " + i, t);
            }
        }
        try {
            new Fragile();
        } catch (NoClassDefFoundError e) {
            describe("new Fragile()", e);
        }
        try {
            Fragile[] arr = new Fragile[3];
            System.out.println("array of a failed class can still be created: " + arr.length);
        } catch (Throwable t) {
            describe("array", t);
        }
        try {
            ThrowsError.hello();
        } catch (ExceptionInInitializerError e) {
            describe("ThrowsError first", e);
        }
        try {
            ThrowsError.hello();
        } catch (NoClassDefFoundError e) {
            describe("ThrowsError second", e);
        }
        try {
            ThrowsErrorDirectly.x = 1;
        } catch (Throwable t) {
            describe("ThrowsErrorDirectly first", t);
        }
        try {
            System.out.println(ThrowsErrorDirectly.x);
        } catch (Throwable t) {
            describe("ThrowsErrorDirectly second", t);
        }
        System.out.println("Healthy.value = " + Healthy.value);
    }
}
