// Lambdas in generic code: type variables with bounds (the lambda's
// erased signature uses the bound, and the instantiated method type makes
// the proxy checkcast), wildcards, generic methods returning lambdas,
// explicit type arguments on method references (this::<String>m), generic
// constructors, recursive generic bounds, and a heap-pollution case where a
// generic lambda receives a value of the wrong type (ClassCastException at
// the use, not before).
public class LambdaGenericMethods {
    interface Fn<A, R> { R apply(A a); }
    interface Fn2<A, B, R> { R apply(A a, B b); }
    interface Supplier<T> { T get(); }

    static <T extends Comparable<T>> Fn2<T, T, T> maxOf() {
        return (a, b) -> a.compareTo(b) >= 0 ? a : b;
    }

    static <T, R> Fn<T[], String> mapJoin(Fn<? super T, ? extends R> f) {
        return arr -> {
            StringBuilder sb = new StringBuilder();
            for (T t : arr) sb.append(f.apply(t)).append(',');
            return sb.toString();
        };
    }

    static <N extends Number> Fn<N, Double> half() { return n -> n.doubleValue() / 2; }

    <T> String tag(T t) { return "<" + t + ">"; }

    static <T extends CharSequence & Comparable<T>> Fn<T, String> describe() {
        return t -> t.length() + ":" + t.compareTo(t);
    }

    static class Box<T> {
        final T value;

        <S> Box(S seed, Fn<S, T> f) { value = f.apply(seed); }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static void main(String[] args) {
        Fn2<Integer, Integer, Integer> maxInt = maxOf();
        Fn2<String, String, String> maxStr = maxOf();
        System.out.println(maxInt.apply(3, 9) + " " + maxStr.apply("pear", "apple"));

        Fn<Integer[], String> squares = mapJoin((Integer i) -> i * i);
        Fn<String[], String> lengths = mapJoin(String::length);
        System.out.println(squares.apply(new Integer[] { 1, 2, 3 }) + " " + lengths.apply(new String[] { "a", "bb", "" }));

        Fn<Integer, Double> halfInt = half();
        Fn<Long, Double> halfLong = half();
        System.out.println(halfInt.apply(5) + " " + halfLong.apply(1L << 40));

        LambdaGenericMethods self = new LambdaGenericMethods();
        Fn<String, String> tagger = self::<String>tag;
        Fn<Integer, String> tagInt = self::tag;
        System.out.println(tagger.apply("s") + " " + tagInt.apply(7));

        Fn<String, String> d = describe();
        System.out.println(d.apply("hello"));

        Box<String> box = new Box<>(42, i -> "from " + i);
        Box<Integer> box2 = new Box<>("12345", String::length);
        System.out.println(box.value + " " + box2.value);

        Supplier<Supplier<String>> nested = () -> () -> "nested supplier";
        System.out.println(nested.get().get());

        // heap pollution: the raw call succeeds, the use fails
        Fn<String, Integer> len = String::length;
        Fn raw = len;
        try {
            raw.apply(12);
            System.out.println("no exception?!");
        } catch (ClassCastException e) {
            System.out.println("raw call with Integer: ClassCastException");
        }
        Fn<Object, Object> id = o -> o;
        Fn<Object, String> asString = (Fn) id;
        Object result = asString.apply(3);
        System.out.println("polluted result is still an Integer: " + result.getClass().getName());
        try {
            String s = asString.apply(4);
            System.out.println("no exception?! " + s);
        } catch (ClassCastException e) {
            System.out.println("polluted result assigned to String: ClassCastException");
        }
    }
}
