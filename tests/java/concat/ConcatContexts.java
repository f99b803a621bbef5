// String concatenation in every kind of code: in the argument of a
// super(...) or this(...) call (before the object is initialised), static
// and instance initializers, field initializers, interface default and
// static methods and interface constant fields, enum constructors, switch
// cases, nested inside another concatenation's operand, inside lambdas and
// local classes, and in a synchronized block.
public class ConcatContexts {
    static final String STATIC_INIT;
    static String staticField = "sf" + System.getProperty("no.such.property");

    static {
        int n = 3;
        STATIC_INIT = "static init " + n + '/' + (n * 0.5);
    }

    static class Base {
        final String made;

        Base(String made) { this.made = made; }
    }

    static class Derived extends Base {
        String field = "field of " + made;
        String initBlock;

        {
            initBlock = "init block sees " + field;
        }

        Derived(int x, long y) {
            super("super arg " + x + ":" + y);
        }

        Derived(char c) {
            this(c + 0, (long) c << 20);
        }
    }

    interface Describer {
        String PREFIX = "iface-" + Describer.class.getSimpleName();

        String name();

        default String describe() { return PREFIX + ": " + name() + " (" + name().length() + ")"; }

        static String join(Describer a, Describer b) { return a.describe() + " & " + b.describe() + " " + 'x' + 1.5f; }
    }

    enum Planet {
        MERCURY(0.38), EARTH(1.0);

        final String label;

        Planet(double gravity) { label = name().toLowerCase() + "@" + gravity + "g#" + ordinal(); }
    }

    interface Fn { String apply(int i); }

    static String sw(int k) {
        switch (k) {
            case 1: return "one:" + k;
            case 2: return "two:" + (k * k) + ":" + (char) ('a' + k);
            default: return "other:" + k + ":" + (k < 0);
        }
    }

    public static void main(String[] args) {
        System.out.println(STATIC_INIT + " | " + staticField);
        Derived d = new Derived(7, -8L);
        System.out.println(d.made + " | " + d.field + " | " + d.initBlock);
        Derived e = new Derived('A');
        System.out.println(e.made + " | " + e.field);
        Describer x = () -> "lambda";
        Describer y = new Describer() {
            public String name() { return "anon" + 42; }
        };
        System.out.println(Describer.join(x, y));
        for (Planet p : Planet.values()) System.out.println(p.label);
        for (int k = -1; k <= 3; k++) System.out.print(sw(k) + " ");
        System.out.println();
        String nested = "a" + ("b" + ("c" + ("d" + 4 + 'e') + 5L) + 6.0f) + true;
        System.out.println(nested);
        Fn f = i -> "lambda got " + i + " -> " + (i * 2) + "!";
        System.out.println(f.apply(21));
        class Local {
            final String s;

            Local(int n) { s = "local " + n + " " + Integer.toHexString(n); }
        }
        System.out.println(new Local(255).s);
        Object lock = new Object();
        String synced;
        synchronized (lock) {
            synced = "synchronized " + lock.equals(lock) + " " + (lock.hashCode() == lock.hashCode());
        }
        System.out.println(synced);
    }
}
