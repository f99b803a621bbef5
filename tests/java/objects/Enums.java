// Enums: values, valueOf (and its exception), ordinal, name, compareTo,
// fields and constructors, constant-specific bodies, abstract methods.
public class Enums {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3303, 2439), VENUS(48690, 6052), EARTH(59760, 6378), MARS(6421, 3397);

        final int massE20;
        final int radiusKm;

        Planet(int mass, int radius) {
            massE20 = mass;
            radiusKm = radius;
        }

        long density() { return (long) massE20 * 1000000 / ((long) radiusKm * radiusKm * radiusKm / 1000); }
    }

    enum Op {
        PLUS("+") {
            int apply(int a, int b) { return a + b; }
        },
        MINUS("-") {
            int apply(int a, int b) { return a - b; }
        },
        TIMES("*") {
            int apply(int a, int b) { return a * b; }
            @Override public String toString() { return "times!"; }
        };

        final String symbol;

        Op(String s) { symbol = s; }

        abstract int apply(int a, int b);
    }

    interface Describable { String describe(); }

    enum Level implements Describable {
        LOW, MEDIUM, HIGH;
        private static final Level[] CACHE = values();
        public String describe() { return name().toLowerCase() + "#" + ordinal(); }
        Level next() { return CACHE[(ordinal() + 1) % CACHE.length]; }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.name() + " " + c.ordinal() + " " + c.compareTo(Color.GREEN));
        System.out.println("valueOf " + Color.valueOf("BLUE") + " same " + (Color.valueOf("BLUE") == Color.BLUE));
        System.out.println("Enum.valueOf " + Enum.valueOf(Color.class, "RED"));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            Color.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException: " + e.getMessage());
        }
        Color[] vs = Color.values();
        vs[0] = null;
        System.out.println("values() is a fresh copy: " + Color.values()[0]);
        for (Planet p : Planet.values()) System.out.println(p + " mass " + p.massE20 + " radius " + p.radiusKm + " density " + p.density());
        for (Op op : Op.values()) {
            System.out.println(op.name() + " (" + op + ") " + op.symbol + " 7,3 -> " + op.apply(7, 3) + " class is enum? "
                    + (op.getDeclaringClass() == Op.class) + " " + (op.getClass() == Op.class));
        }
        Level l = Level.LOW;
        for (int i = 0; i < 5; i++) {
            System.out.println(l.describe() + " -> " + l.next());
            l = l.next();
        }
        Describable d = Level.HIGH;
        System.out.println("via interface " + d.describe());
        System.out.println("equals " + Color.RED.equals(Color.RED) + " " + Color.RED.equals(Level.LOW) + " hash stable "
                + (Color.RED.hashCode() == Color.RED.hashCode()));
        System.out.println("getDeclaringClass " + Color.GREEN.getDeclaringClass().getSimpleName() + " " + Op.TIMES.getDeclaringClass().getSimpleName());
        System.out.println("class names " + Color.RED.getClass().getName() + " " + Op.PLUS.getClass().getName());
        Object o = Color.RED;
        System.out.println("instanceof Enum " + (o instanceof Enum) + ", Comparable " + (o instanceof Comparable));
    }
}
