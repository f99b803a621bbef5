// Lambdas and method references implementing the library's
// java.util.function interfaces (Function, BiFunction, Supplier, Consumer,
// Predicate) and their default combinators (andThen, compose, and, or,
// negate), plus java.util.Objects helpers used with them.
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

public class LambdaJavaUtilFunction {
    static StringBuilder log = new StringBuilder();

    static int counter;

    static <T, R> void mapAll(T[] items, Function<? super T, ? extends R> f, Consumer<? super R> sink) {
        for (T item : items) sink.accept(f.apply(item));
    }

    static <T> int count(T[] items, Predicate<? super T> p) {
        int n = 0;
        for (T item : items) if (p.test(item)) n++;
        return n;
    }

    public static void main(String[] args) {
        Function<String, Integer> length = String::length;
        Function<Integer, Integer> square = x -> x * x;
        Function<Integer, String> show = x -> "#" + x;
        System.out.println("andThen " + length.andThen(square).andThen(show).apply("four"));
        System.out.println("compose " + show.compose(square).compose(length).apply("seven!!"));
        System.out.println("compose vs andThen " + square.compose((Integer x) -> x + 1).apply(2) + " " + square.andThen(x -> x + 1).apply(2));

        BiFunction<String, Integer, String> repeat = (s, n) -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.append(s);
            return sb.toString();
        };
        System.out.println("BiFunction " + repeat.apply("ab", 3) + " " + repeat.andThen(String::length).apply("xyz", 4));
        BiFunction<Integer, Integer, Integer> max = Math::max;
        System.out.println("Math::max as BiFunction " + max.apply(-5, 3));

        Supplier<String> hello = () -> "hello";
        Supplier<StringBuilder> fresh = StringBuilder::new;
        Supplier<Integer> next = () -> ++counter;
        System.out.println("Supplier " + hello.get() + " " + fresh.get().append("new").append(fresh.get().length()) + " " + next.get() + next.get() + next.get());

        Consumer<String> logIt = log::append;
        Consumer<String> logLen = s -> log.append('(').append(s.length()).append(')');
        Consumer<String> both = logIt.andThen(logLen).andThen(s -> log.append(' '));
        both.accept("alpha");
        both.accept("be");
        System.out.println("Consumer log: " + log);

        Predicate<String> empty = String::isEmpty;
        Predicate<String> longish = s -> s.length() > 3;
        Predicate<String> startsA = s -> s.startsWith("a");
        String[] words = { "", "a", "apple", "bob", "avocado", "kiwi", "an" };
        System.out.println("empty " + count(words, empty) + " nonEmpty " + count(words, empty.negate()) + " long&a " + count(words, longish.and(startsA))
                + " long|a " + count(words, longish.or(startsA)) + " !(long|a) " + count(words, longish.or(startsA).negate()));
        Predicate<Object> isNull = Objects::isNull;
        Predicate<Object> nonNull = Objects::nonNull;
        Object[] objs = { null, 1, null, "x" };
        System.out.println("nulls " + count(objs, isNull) + " nonNulls " + count(objs, nonNull));
        Predicate<String> isApple = Predicate.isEqual("apple");
        System.out.println("isEqual apple " + count(words, isApple));

        StringBuilder out = new StringBuilder();
        mapAll(words, s -> s.isEmpty() ? "<empty>" : s.toUpperCase(), s -> out.append(s).append(','));
        System.out.println("mapAll " + out);

        Function<Object, String> str = Objects::toString;
        System.out.println("Objects::toString " + str.apply(null) + " " + str.apply(3.5));
        BiFunction<Object, Object, Boolean> eq = Objects::equals;
        System.out.println("Objects::equals " + eq.apply(null, null) + " " + eq.apply("a", "a") + " " + eq.apply(1, 1L));
        try {
            length.andThen(null);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("andThen(null): NullPointerException");
        }
        try {
            Objects.requireNonNull(null, "custom message");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, () -> "supplied " + counter);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull(supplier): " + e.getMessage());
        }
    }
}
