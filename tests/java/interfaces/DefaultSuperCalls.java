// super calls that end in default methods: I.super.m() through three
// levels of interfaces, a class's super.m() whose superclass inherits m
// from an interface default (invokespecial resolves to the default), a
// default overridden by a class and called back with I.super.m(), defaults
// with long/double parameters and results, and a default method invoked
// through a generic interface with a bridge.
public class DefaultSuperCalls {
    interface Level1 {
        default String path() { return "L1"; }
        default long widen(int x, long y, double z) { return x + y + (long) z; }
    }

    interface Level2 extends Level1 {
        default String path() { return "L2>" + Level1.super.path(); }
    }

    interface Level3 extends Level2 {
        default String path() { return "L3>" + Level2.super.path(); }
        default double avg(double a, long b) { return (a + b) / 2; }
    }

    static class Parent implements Level3 { }

    static class Child extends Parent {
        public String path() { return "Child>" + super.path(); }
    }

    static class GrandChild extends Child {
        public String path() { return "GrandChild>" + super.path(); }
        public long widen(int x, long y, double z) { return 1000 + super.widen(x, y, z); }
    }

    static class Direct implements Level3 {
        public String path() { return "Direct>" + Level3.super.path(); }
        public double avg(double a, long b) { return -Level3.super.avg(a, b); }
    }

    interface Transformer<T> {
        T transform(T t);
        default T twice(T t) { return transform(transform(t)); }
    }

    static class Doubler implements Transformer<Integer> {
        public Integer transform(Integer t) { return t * 2; }
        public Integer twice(Integer t) { return 1 + Transformer.super.twice(t); }
    }

    public static void main(String[] args) {
        Level1[] all = { new Parent(), new Child(), new GrandChild(), new Direct() };
        for (Level1 l : all) {
            System.out.println(l.path() + " widen " + l.widen(1, 1L << 40, 2.9) + (l instanceof Level3 ? " avg " + ((Level3) l).avg(1.5, 4) : ""));
        }
        Doubler d = new Doubler();
        Transformer<Integer> t = d;
        @SuppressWarnings({ "rawtypes", "unchecked" })
        Object raw = ((Transformer) d).twice(5);
        System.out.println("twice " + d.twice(5) + " " + t.twice(5) + " " + raw);
        Transformer<String> lambda = s -> s + s;
        System.out.println("lambda default " + lambda.twice("ab"));
    }
}
