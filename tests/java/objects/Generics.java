// Generic classes and methods after erasure: bridge methods, covariant
// return types, bounded type parameters, casts inserted by javac.
public class Generics {
    static class Box<T> {
        private T value;
        Box(T v) { value = v; }
        T get() { return value; }
        void set(T v) { value = v; }
        <R> Box<R> map(Fn<? super T, ? extends R> f) { return new Box<R>(f.apply(value)); }
    }

    interface Fn<A, B> { B apply(A a); }

    static class Pair<A extends Comparable<A>, B> {
        final A first;
        final B second;
        Pair(A a, B b) { first = a; second = b; }
        @Override public String toString() { return "<" + first + ", " + second + ">"; }
    }

    // A Comparable implementation: javac adds a bridge compareTo(Object).
    static class Version implements Comparable<Version> {
        final int major, minor;
        Version(int major, int minor) { this.major = major; this.minor = minor; }
        public int compareTo(Version o) { return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor); }
        @Override public String toString() { return major + "." + minor; }
    }

    // Covariant return: a bridge Animal make() calling Cat make().
    static class Animal { String sound() { return "?"; } }
    static class Cat extends Animal { String sound() { return "meow"; } }
    static class AnimalFactory { Animal make() { return new Animal(); } }
    static class CatFactory extends AnimalFactory { @Override Cat make() { return new Cat(); } }

    // Overriding a generic method with a concrete one: bridge set(Object).
    static class IntBox extends Box<Integer> {
        int sets;
        IntBox(int v) { super(v); }
        @Override void set(Integer v) { sets++; super.set(v * 10); }
    }

    static <T extends Comparable<T>> T max(T[] items) {
        T best = items[0];
        for (T t : items) if (t.compareTo(best) > 0) best = t;
        return best;
    }

    static <T> void swap(T[] a, int i, int j) {
        T t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static void sortComparables(Comparable[] a) {
        for (int i = 1; i < a.length; i++) {
            for (int j = i; j > 0 && a[j - 1].compareTo(a[j]) > 0; j--) swap(a, j, j - 1);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static void main(String[] args) {
        Box<String> bs = new Box<String>("hello");
        Box<Integer> len = bs.map(new Fn<String, Integer>() {
            public Integer apply(String s) { return s.length(); }
        });
        System.out.println(bs.get() + " -> " + len.get());
        Version[] vs = { new Version(1, 10), new Version(2, 0), new Version(1, 2), new Version(0, 99), new Version(2, 1) };
        System.out.println("max " + max(vs));
        sortComparables(vs);
        StringBuilder sb = new StringBuilder();
        for (Version v : vs) sb.append(v).append(' ');
        System.out.println("sorted " + sb);
        @SuppressWarnings({ "unchecked", "rawtypes" })
        Comparable raw = vs[0];
        try {
            raw.compareTo("not a version");
        } catch (ClassCastException e) {
            System.out.println("bridge method cast failed: ClassCastException");
        }
        String[] words = { "pear", "apple", "fig" };
        sortComparables(words);
        System.out.println(words[0] + " " + words[1] + " " + words[2] + ", max " + max(words));
        AnimalFactory f = new CatFactory();
        System.out.println("covariant: " + f.make().sound() + " " + new CatFactory().make().getClass().getSimpleName());
        IntBox ib = new IntBox(1);
        Box<Integer> asBox = ib;
        asBox.set(5);
        ib.set(6);
        System.out.println("IntBox " + ib.get() + " sets " + ib.sets);
        @SuppressWarnings({ "unchecked", "rawtypes" })
        Box rawBox = ib;
        try {
            rawBox.set("string");
        } catch (ClassCastException e) {
            System.out.println("raw set through bridge: ClassCastException, sets " + ib.sets);
        }
        Pair<String, Integer> p = new Pair<String, Integer>("k", 3);
        System.out.println(p + " " + p.first.compareTo("j"));
        @SuppressWarnings("unchecked")
        Box<Object> unsafe = (Box<Object>) (Box<?>) bs;
        unsafe.set(42);
        try {
            String s = bs.get();
            System.out.println("not reached " + s);
        } catch (ClassCastException e) {
            System.out.println("heap pollution detected at the cast javac inserted");
        }
        Integer[] nums = { 5, -3, 12, 0 };
        sortComparables(nums);
        System.out.println(nums[0] + " " + nums[1] + " " + nums[2] + " " + nums[3] + " max " + max(nums));
    }
}
