// Constructor references: Foo::new for classes with several constructors
// (overload chosen by the interface), generic classes, inner classes
// (capturing the enclosing instance), array constructors int[]::new and
// String[][]::new (with a negative size), and constructors that throw.
public class LambdaConstructorRefs {
    interface Make0<T> { T make(); }
    interface Make1<A, T> { T make(A a); }
    interface Make2<A, B, T> { T make(A a, B b); }
    interface IntArrayMaker { int[] make(int n); }
    interface ArrayMaker<T> { T[] make(int n); }
    interface LongMaker { Object make(long n); }

    static int created;

    static class Point {
        final int x, y;
        Point() { this(0, 0); }
        Point(int x) { this(x, x); }
        Point(int x, int y) { this.x = x; this.y = y; created++; }
        Point(String s) { this(Integer.parseInt(s)); }
        public String toString() { return "(" + x + "," + y + ")"; }
    }

    static class Pair<A, B> {
        final A a;
        final B b;
        Pair(A a, B b) { this.a = a; this.b = b; }
        public String toString() { return "<" + a + "|" + b + ">"; }
    }

    static class Strict {
        Strict(int n) {
            if (n < 0) throw new IllegalArgumentException("negative: " + n);
        }
        public String toString() { return "Strict ok"; }
    }

    final String tag;

    LambdaConstructorRefs(String tag) { this.tag = tag; }

    class Inner {
        final int n;
        Inner(int n) { this.n = n; }
        public String toString() { return tag + ".Inner" + n; }
    }

    void innerRefs() {
        Make1<Integer, Inner> mk = Inner::new;
        System.out.println(mk.make(1) + " " + mk.make(2));
    }

    public static void main(String[] args) {
        Make0<Point> origin = Point::new;
        Make1<Integer, Point> diag = Point::new;
        Make2<Integer, Integer, Point> full = Point::new;
        Make1<String, Point> parse = Point::new;
        System.out.println(origin.make() + " " + diag.make(3) + " " + full.make(4, -5) + " " + parse.make("9"));
        System.out.println("created " + created + ", fresh objects " + (origin.make() != origin.make()));

        Make2<String, Integer, Pair<String, Integer>> pair = Pair::new;
        System.out.println(pair.make("one", 1) + " " + pair.make(null, null));

        Make1<String, StringBuilder> sb = StringBuilder::new;
        Make1<Integer, StringBuilder> sbCapacity = StringBuilder::new;
        System.out.println(sb.make("init").append("!") + " [" + sbCapacity.make(100).append("cap") + "]");

        Make1<String, Integer> boxer = Integer::new;
        LongMaker longBox = Long::new;
        System.out.println("boxed " + (boxer.make("77") + 1) + " " + longBox.make(5L));

        IntArrayMaker ints = int[]::new;
        int[] a = ints.make(4);
        a[3] = 9;
        System.out.println("int[] length " + a.length + " last " + a[3] + " first " + a[0]);
        ArrayMaker<String> strings = String[]::new;
        String[] s = strings.make(2);
        System.out.println("String[] " + s.length + " " + s[0] + " " + s.getClass().getName());
        Make1<Integer, String[][]> grid = String[][]::new;
        String[][] g = grid.make(3);
        System.out.println("String[][] " + g.length + " " + g[0] + " " + g.getClass().getName());
        Make1<Integer, long[]> longs = long[]::new;
        System.out.println("long[] " + longs.make(0).length + " " + longs.make(0).getClass().getName());
        try {
            ints.make(-1);
            System.out.println("no exception?!");
        } catch (NegativeArraySizeException e) {
            System.out.println("NegativeArraySizeException " + e.getMessage());
        }

        Make1<Integer, Strict> strict = Strict::new;
        System.out.println(strict.make(1));
        try {
            strict.make(-3);
        } catch (IllegalArgumentException e) {
            System.out.println("constructor threw: " + e.getMessage());
        }

        new LambdaConstructorRefs("outerA").innerRefs();
        new LambdaConstructorRefs("outerB").innerRefs();
    }
}
