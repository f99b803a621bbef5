// equals/hashCode/toString overrides, used by a hand-written hash set.
public class EqualsHashCode {
    static final class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return "(" + x + ", " + y + ")"; }
    }

    static class Named {
        final String name;
        Named(String name) { this.name = name; }
        @Override public boolean equals(Object o) {
            return o != null && o.getClass() == getClass() && name.equals(((Named) o).name);
        }
        @Override public int hashCode() { return name.hashCode(); }
        @Override public String toString() { return getClass().getSimpleName() + "[" + name + "]"; }
    }

    static class SubNamed extends Named {
        SubNamed(String n) { super(n); }
    }

    // Open-addressing hash set that iterates in table order.
    static class PointSet {
        Object[] table = new Object[8];
        int size;

        boolean add(Object o) {
            if (size * 2 >= table.length) grow();
            int i = index(o, table.length);
            while (table[i] != null) {
                if (table[i].equals(o)) return false;
                i = (i + 1) & (table.length - 1);
            }
            table[i] = o;
            size++;
            return true;
        }

        boolean contains(Object o) {
            int i = index(o, table.length);
            while (table[i] != null) {
                if (table[i].equals(o)) return true;
                i = (i + 1) & (table.length - 1);
            }
            return false;
        }

        static int index(Object o, int len) {
            int h = o.hashCode();
            h ^= h >>> 16;
            return h & (len - 1);
        }

        void grow() {
            Object[] old = table;
            table = new Object[old.length * 2];
            size = 0;
            for (Object o : old) if (o != null) add(o);
        }

        @Override public String toString() {
            StringBuilder sb = new StringBuilder("{");
            for (Object o : table) if (o != null) sb.append(sb.length() > 1 ? ", " : "").append(o);
            return sb.append("}").toString();
        }
    }

    public static void main(String[] args) {
        Point a = new Point(1, 2), b = new Point(1, 2), c = new Point(2, 1);
        System.out.println(a + " equals " + b + ": " + a.equals(b) + ", == " + (a == b));
        System.out.println(a + " equals " + c + ": " + a.equals(c));
        System.out.println("hash " + a.hashCode() + " " + b.hashCode() + " " + c.hashCode());
        System.out.println("equals(null) " + a.equals(null) + ", equals(String) " + a.equals("(1, 2)"));
        Named n1 = new Named("x"), n2 = new SubNamed("x");
        System.out.println(n1 + " vs " + n2 + ": " + n1.equals(n2) + " " + n2.equals(n1) + " hash " + n1.hashCode() + " " + n2.hashCode());
        PointSet set = new PointSet();
        for (int i = 0; i < 20; i++) {
            boolean added = set.add(new Point(i % 7, i % 5));
            System.out.println("add " + new Point(i % 7, i % 5) + " -> " + added + ", size " + set.size);
        }
        System.out.println(set);
        System.out.println("contains (3, 3) " + set.contains(new Point(3, 3)) + ", (6, 0) " + set.contains(new Point(6, 0)));
        PointSet strings = new PointSet();
        String[] words = { "apple", "banana", "cherry", "apple", "date", "banana", "elderberry", "fig", "grape", "fig" };
        for (String w : words) System.out.println("add " + w + " -> " + strings.add(w));
        System.out.println(strings);
        // Default Object.equals is identity.
        Object o1 = new Object(), o2 = new Object();
        System.out.println("Object equals self " + o1.equals(o1) + ", other " + o1.equals(o2));
        // hashCode consistency across calls.
        System.out.println("stable identity hash " + (o1.hashCode() == o1.hashCode()) + ", System.identityHashCode matches " + (System.identityHashCode(o1) == o1.hashCode()));
        System.out.println("identityHashCode(null) = " + System.identityHashCode(null));
    }
}
