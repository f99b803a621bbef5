// Local classes capturing effectively final locals and parameters of every
// type (copied into synthetic fields at construction), in static and
// instance methods, local classes with constructors of their own, local
// classes extending other local classes, captured values seen by methods
// called from the superclass constructor, and local classes created in a
// loop (each instance its own captured values).
public class LocalClassCapture {
    interface Describer { String describe(); }

    final String name;

    LocalClassCapture(String name) { this.name = name; }

    static Describer fromStatic(boolean z, byte b, char c, short s, int i, long l, float f, double d, String str) {
        class Local implements Describer {
            public String describe() { return "static local: " + z + " " + b + " " + c + " " + s + " " + i + " " + l + " " + f + " " + d + " " + str; }
        }
        return new Local();
    }

    Describer fromInstance(int factor) {
        int base = 7;
        class Local implements Describer {
            final int own;

            Local(int own) { this.own = own; }

            public String describe() { return name + ": " + own + "*" + factor + "+" + base + " = " + (own * factor + base); }
        }
        return new Local(3);
    }

    static String inheritance(String prefix) {
        String middle = "-mid-";
        abstract class Base {
            final String made;

            Base() { made = prefix + tag(); }

            abstract String tag();
        }
        class Derived extends Base {
            String tag() { return middle + "derived"; }
        }
        class MoreDerived extends Derived {
            String tag() { return super.tag() + "+" + prefix.length(); }
        }
        return new Derived().made + " | " + new MoreDerived().made;
    }

    public static void main(String[] args) {
        System.out.println(fromStatic(true, (byte) 9, 'k', (short) -2, 12345, -1L, 0.5f, 1e-3, "s").describe());
        System.out.println(new LocalClassCapture("inst").fromInstance(5).describe());
        System.out.println(inheritance("pre"));

        Describer[] ds = new Describer[4];
        for (int i = 0; i < ds.length; i++) {
            int square = i * i;
            String label = "item" + i;
            class Item implements Describer {
                public String describe() { return label + "=" + square; }
            }
            ds[i] = new Item();
        }
        StringBuilder sb = new StringBuilder();
        for (Describer d : ds) sb.append(d.describe()).append(' ');
        System.out.println(sb);

        int[] counter = { 0 };
        class Incrementer {
            int next() { return ++counter[0]; }
        }
        Incrementer a = new Incrementer(), b = new Incrementer();
        a.next();
        b.next();
        a.next();
        System.out.println("shared array counter " + counter[0]);

        class Recursive {
            int fact(int n) { return n <= 1 ? 1 : n * new Recursive().fact(n - 1); }
        }
        System.out.println("10! " + new Recursive().fact(10));
    }
}
