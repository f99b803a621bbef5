// Interface fields: constants are inlined and never initialize the
// interface; a non-constant field is initialized when first read; using
// a class that implements the interface does not initialize it.
public class InterfaceFields {
    static int mark(String s, int v) {
        System.out.println("  init " + s);
        return v;
    }

    interface Limits {
        int MAX = 10;                         // constant variable
        String LABEL = "limits";              // constant variable
        int COMPUTED = mark("Limits.COMPUTED", 42);
        Object SENTINEL = new Object();
    }

    interface Derived extends Limits {
        int MORE = mark("Derived.MORE", MAX + 1);
    }

    static class Impl implements Derived {
        static { System.out.println("  init Impl"); }
        int value() { return MAX * 2; }
    }

    public static void main(String[] args) {
        System.out.println("constant MAX: " + Limits.MAX);
        System.out.println("constant LABEL: " + Limits.LABEL);
        System.out.println("new Impl().value(): " + new Impl().value());
        System.out.println("Derived.MORE:");
        System.out.println("  = " + Derived.MORE);
        System.out.println("Limits.COMPUTED:");
        System.out.println("  = " + Limits.COMPUTED);
        System.out.println("again: " + Limits.COMPUTED + " " + Derived.MORE);
        System.out.println("SENTINEL not null: " + (Limits.SENTINEL != null));
    }
}
