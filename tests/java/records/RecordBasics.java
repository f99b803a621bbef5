// min-release: 17
// Records: the toString, equals and hashCode that ObjectMethods.bootstrap
// generates, for components of every primitive type, String, boxed values
// and null; accessor methods; records without components; equals against
// null, another type, and a record of another class with the same
// components; explicitly declared accessors and toString.
public class RecordBasics {
    record Empty() { }
    record Point(int x, int y) { }
    record Everything(boolean z, byte b, short s, char c, int i, long l, float f, double d, String str, Integer boxed, Object obj) { }
    record Other(int x, int y) { }
    record Named(String name) {
        public String name() { return "accessor:" + name; }
    }
    record Custom(int v) {
        public String toString() { return "Custom!" + v; }
    }

    static void compare(String label, Object a, Object b) {
        boolean eq = a.equals(b);
        boolean sameHash = a.hashCode() == b.hashCode();
        System.out.println(label + ": equals " + eq + (eq ? ", hashes equal " + sameHash : ""));
    }

    public static void main(String[] args) {
        Empty e = new Empty();
        System.out.println(e + " hash " + e.hashCode() + " equals " + e.equals(new Empty()));

        Point p = new Point(3, -4);
        System.out.println(p + " x=" + p.x() + " y=" + p.y() + " hash " + p.hashCode());
        compare("same values", p, new Point(3, -4));
        compare("different y", p, new Point(3, 4));
        compare("swapped", p, new Point(-4, 3));
        System.out.println("equals null " + p.equals(null) + ", equals Other " + p.equals(new Other(3, -4)) + ", equals String " + p.equals("Point[x=3, y=-4]"));

        Everything a = new Everything(true, (byte) -1, (short) 300, 'q', Integer.MIN_VALUE, Long.MAX_VALUE, 1.5f, -2.25, "text", 127, 'x');
        System.out.println(a);
        System.out.println("hash " + a.hashCode());
        Everything b = new Everything(true, (byte) -1, (short) 300, 'q', Integer.MIN_VALUE, Long.MAX_VALUE, 1.5f, -2.25, new String("text"), Integer.valueOf(127), Character.valueOf('x'));
        compare("everything equal", a, b);
        Everything nulls = new Everything(false, (byte) 0, (short) 0, '\0', 0, 0L, 0f, 0.0, null, null, null);
        System.out.println(nulls.toString().replace('\0', '0'));
        System.out.println("nulls hash " + nulls.hashCode());
        compare("nulls vs nulls", nulls, new Everything(false, (byte) 0, (short) 0, '\0', 0, 0L, 0f, 0.0, null, null, null));
        compare("nulls vs a", nulls, a);

        Named n = new Named("rec");
        System.out.println(n + " " + n.name() + " hash " + n.hashCode() + " vs String hash " + "rec".hashCode());
        System.out.println(new Custom(5) + " equals " + new Custom(5).equals(new Custom(5)) + " hash " + new Custom(5).hashCode());

        Object[] things = { p, e, n, a };
        for (Object o : things) {
            System.out.println(o.getClass().getName() + " isRecord " + o.getClass().isRecord() + " superclass " + o.getClass().getSuperclass().getName() + " instanceof Record " + (o instanceof Record));
        }

        // individual component hashes, to show how the record's hash combines them
        System.out.println("component hashes " + Integer.hashCode(3) + " " + Integer.hashCode(-4) + " -> " + (31 * 3 + -4));
    }
}
