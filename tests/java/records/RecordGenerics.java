// min-release: 17
// Generic records, nested and local records, records implementing
// interfaces (including Comparable, with a bridge method) and functional
// interfaces, static fields, static methods and static initializers in
// records, instance methods, and records used as lambda results.
public class RecordGenerics {
    interface Shape {
        double area();
        default String describe() { return getClass().getSimpleName() + " area " + area(); }
    }

    record Pair<A, B>(A first, B second) {
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
    }

    record Box<T extends Comparable<T>>(T value) implements Comparable<Box<T>> {
        public int compareTo(Box<T> o) { return value.compareTo(o.value); }
    }

    record Circle(double r) implements Shape {
        static final double PI = 3.0;
        static int created;

        static {
            created = 100;
        }

        Circle {
            created++;
        }

        public double area() { return PI * r * r; }
    }

    record Rect(double w, double h) implements Shape {
        public double area() { return w * h; }
        static Rect square(double s) { return new Rect(s, s); }
    }

    record Tree(int value, Tree left, Tree right) {
        static Tree leaf(int v) { return new Tree(v, null, null); }

        int sum() { return value + (left == null ? 0 : left.sum()) + (right == null ? 0 : right.sum()); }

        int depth() { return 1 + Math.max(left == null ? 0 : left.depth(), right == null ? 0 : right.depth()); }
    }

    interface Maker<T> { T make(int i); }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("one", 1);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(2.5) + " " + p.withSecond(null));
        System.out.println("generic equals " + p.equals(new Pair<>("one", 1)) + " hash " + p.hashCode());
        Pair<Pair<String, Integer>, Pair<Integer, String>> nested = new Pair<>(p, p.swap());
        System.out.println(nested + " hash " + nested.hashCode());

        Box<String> a = new Box<>("apple"), b = new Box<>("banana");
        Comparable<Box<String>> cmp = a;
        System.out.println("compareTo " + a.compareTo(b) + " " + b.compareTo(a) + " via Comparable " + cmp.compareTo(a));
        @SuppressWarnings({ "rawtypes", "unchecked" })
        int rawResult = ((Comparable) a).compareTo(b);
        System.out.println("raw compareTo " + rawResult);

        Shape[] shapes = { new Circle(1), Rect.square(2), new Rect(1.5, 4), new Circle(0.5) };
        for (Shape s : shapes) System.out.println(s + " -> " + s.describe());
        System.out.println("circles created " + Circle.created + " PI " + Circle.PI);

        Tree t = new Tree(1, new Tree(2, Tree.leaf(4), null), new Tree(3, Tree.leaf(5), Tree.leaf(6)));
        System.out.println(t);
        System.out.println("sum " + t.sum() + " depth " + t.depth() + " hash " + t.hashCode());
        System.out.println("subtree equals " + t.right().equals(new Tree(3, Tree.leaf(5), Tree.leaf(6))));

        record Local(String tag, int n) {
            String twice() { return tag + tag + n; }
        }
        Maker<Local> maker = i -> new Local("L" + i, i * i);
        for (int i = 0; i < 3; i++) {
            Local l = maker.make(i);
            System.out.println(l + " " + l.twice() + " " + l.getClass().getSimpleName());
        }
        Maker<Pair<Integer, String>> pm = i -> new Pair<>(i, Integer.toBinaryString(i));
        System.out.println(pm.make(10) + " " + pm.make(255));
    }
}
