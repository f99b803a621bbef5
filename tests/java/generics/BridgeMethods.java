// Bridge methods javac generates: Comparable<T>.compareTo(Object) bridging
// to compareTo(T), covariant return types (clone, a factory returning a
// subtype), a generic superclass method overridden with a concrete type,
// and calls through raw and erased views: the bridge's checkcast throws
// ClassCastException for an argument of the wrong type.
public class BridgeMethods {
    static class Version implements Comparable<Version> {
        final int major, minor;

        Version(int major, int minor) { this.major = major; this.minor = minor; }

        public int compareTo(Version o) { return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor); }

        public String toString() { return major + "." + minor; }
    }

    static abstract class Animal {
        abstract Animal self();
        Animal mate() { return self(); }
        abstract String sound();
    }

    static class Cat extends Animal {
        Cat self() { return this; } // covariant return: bridge Animal self()
        String sound() { return "meow"; }
        String purr() { return "purr"; }
    }

    static class Container<T> {
        T item;
        void put(T t) { item = t; }
        T take() { return item; }
    }

    static class StringContainer extends Container<String> {
        void put(String s) { item = "[" + s + "]"; } // bridge put(Object)
        String take() { return "took " + item; }     // bridge Object take()
    }

    static class Node<T extends Comparable<T>> {
        T max(T a, T b) { return a.compareTo(b) >= 0 ? a : b; }
    }

    static class IntNode extends Node<Integer> {
        Integer max(Integer a, Integer b) { return a > b ? a : b + 1000; } // bridge max(Comparable, Comparable)
    }

    static class Copyable implements Cloneable {
        int v;
        Copyable(int v) { this.v = v; }
        public Copyable clone() { return new Copyable(v + 1); } // bridge Object clone()
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    public static void main(String[] args) throws Exception {
        Version[] vs = { new Version(1, 2), new Version(1, 10), new Version(0, 99), new Version(1, 2) };
        for (Version a : vs) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (Version b : vs) sb.append(' ').append(a.compareTo(b));
            Comparable raw = a;
            sb.append(" raw ").append(raw.compareTo(vs[1]));
            System.out.println(sb);
        }
        try {
            Comparable raw = vs[0];
            raw.compareTo("not a version");
            System.out.println("no exception?!");
        } catch (ClassCastException e) {
            System.out.println("compareTo bridge: ClassCastException");
        }

        Animal a = new Cat();
        System.out.println(a.self().sound() + " " + a.mate().sound() + " " + new Cat().self().purr());

        StringContainer sc = new StringContainer();
        Container<String> cs = sc;
        Container rawC = sc;
        cs.put("generic");
        System.out.println(cs.take() + " | " + sc.take() + " | " + rawC.take());
        try {
            rawC.put(42);
            System.out.println("no exception?!");
        } catch (ClassCastException e) {
            System.out.println("put bridge: ClassCastException, item still " + sc.item);
        }

        Node<Integer> n = new IntNode();
        System.out.println("max " + n.max(3, 9) + " " + n.max(9, 3) + " " + new Node<String>().max("a", "b"));
        try {
            ((Node) n).max("x", "y");
            System.out.println("no exception?!");
        } catch (ClassCastException e) {
            System.out.println("max bridge: ClassCastException");
        }

        Copyable c = new Copyable(1);
        Object viaObject = ((Object) c);
        Copyable copy = c.clone();
        System.out.println("clone " + copy.v + " " + copy.clone().v + " same class " + (viaObject.getClass() == copy.getClass()));
    }
}
