// Functional interfaces whose single abstract method has several erasures.
// When the interface redeclares the method, javac puts default bridge
// methods into the interface itself; when it only inherits the methods
// (interface J extends L, R {}) or the target is an intersection type,
// javac asks altMetafactory for bridges (FLAG_BRIDGES), and the lambda
// object itself must answer the call through every view. A call through the
// raw view with an argument of the wrong type fails with
// ClassCastException.
public class LambdaBridges {
    interface Op<T> { T apply(T t); }
    interface StringOp extends Op<String> { String apply(String s); }

    interface Source<T> { T get(); }
    interface IntegerSource extends Source<Integer> { Integer get(); }
    interface NumberSource<N extends Number> extends Source<N> { N get(); }

    interface Combiner<A, B, R> { R combine(A a, B b); }
    interface Concat extends Combiner<String, Object, CharSequence> { String combine(String a, Object b); }

    interface Comparer<T extends Comparable<T>> { int compare(T a, T b); }
    interface StringComparer extends Comparer<String> { int compare(String a, String b); }

    // two unrelated superinterfaces with the same method: both must work
    interface Left { Object value(); }
    interface Right<T> { T value(); }
    interface Both extends Left, Right<String> { String value(); }

    // inherited only: the bridges must come from the lambda's class
    interface L { Object v(); }
    interface R { String v(); }
    interface J extends L, R { }
    interface N<T extends Number> { T get(); }
    interface I { Integer get(); }
    interface NI extends N<Integer>, I { }
    interface P<T> { String take(T t); }
    interface PS { String take(String s); }
    interface Q extends P<String>, PS { }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    public static void main(String[] args) {
        StringOp up = s -> s.toUpperCase();
        Op<String> asOp = up;
        Op raw = up;
        System.out.println(up.apply("direct") + " " + asOp.apply("generic") + " " + raw.apply("raw"));
        try {
            raw.apply(42);
            System.out.println("no exception?!");
        } catch (ClassCastException e) {
            System.out.println("raw call with Integer: ClassCastException");
        }

        StringOp ref = String::trim;
        Op<String> refOp = ref;
        System.out.println("[" + refOp.apply("  ref  ") + "]");

        IntegerSource answer = () -> 42;
        Source<Integer> src = answer;
        Source rawSrc = answer;
        System.out.println(answer.get() + " " + src.get() + " " + rawSrc.get());

        NumberSource<Double> pi = () -> 3.25;
        Source<Double> piSrc = pi;
        System.out.println(pi.get() + " " + piSrc.get());

        Concat cat = (a, b) -> a + "+" + b;
        Combiner<String, Object, CharSequence> comb = cat;
        Combiner rawComb = cat;
        System.out.println(cat.combine("a", 1) + " " + comb.combine("b", 2.5) + " " + rawComb.combine("c", null));
        try {
            rawComb.combine(1, 2);
            System.out.println("no exception?!");
        } catch (ClassCastException e) {
            System.out.println("raw combine with Integer: ClassCastException");
        }

        StringComparer byLength = (a, b) -> a.length() - b.length();
        Comparer<String> cmp = byLength;
        System.out.println(byLength.compare("aaa", "b") + " " + cmp.compare("a", "bbbb"));

        Both both = () -> "both";
        Left left = both;
        Right<String> right = both;
        System.out.println(both.value() + " " + left.value() + " " + right.value());

        J j = () -> "j";
        L jl = j;
        R jr = j;
        System.out.println("inherited " + j.v() + " " + jl.v() + " " + jr.v());
        NI ni = () -> 7;
        N<Integer> nin = ni;
        N rawN = ni;
        I ii = ni;
        System.out.println("inherited " + ni.get() + " " + nin.get() + " " + rawN.get() + " " + ii.get());
        Q q = s -> "took " + s;
        P<String> qp = q;
        PS qps = q;
        P rawP = q;
        System.out.println(qp.take("p") + ", " + qps.take("ps") + ", " + rawP.take("raw"));
        try {
            rawP.take(1);
            System.out.println("no exception?!");
        } catch (ClassCastException e) {
            System.out.println("raw take with Integer: ClassCastException");
        }
        Object inter = (L & R) () -> "intersection";
        System.out.println(((L) inter).v() + " " + ((R) inter).v());

        // an anonymous class gets the same bridges from javac, for comparison
        StringOp anon = new StringOp() {
            public String apply(String s) { return s + s; }
        };
        Op rawAnon = anon;
        System.out.println("anonymous " + rawAnon.apply("x"));
    }
}
