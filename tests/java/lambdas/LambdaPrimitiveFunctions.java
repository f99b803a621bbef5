// The primitive specialisations of java.util.function implemented by
// lambdas and by method references that need adaptation (a method taking
// long behind an IntToLongFunction, int results widened to double, boxed
// Integer methods behind int interfaces), their default combinators, and
// lambdas handed to the library: Arrays.setAll, Arrays.sort with a
// Comparator lambda, Optional's map/filter/orElseGet/orElseThrow with
// constructor references, BinaryOperator.minBy/maxBy.
import java.util.Arrays;
import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

public class LambdaPrimitiveFunctions {
    static long cube(long x) { return x * x * x; }
    static int half(int x) { return x / 2; }

    public static void main(String[] args) {
        IntUnaryOperator inc = x -> x + 1;
        IntUnaryOperator dbl = x -> x * 2;
        IntUnaryOperator neg = Math::negateExact;
        System.out.println("IntUnaryOperator " + inc.andThen(dbl).applyAsInt(5) + " " + inc.compose(dbl).applyAsInt(5) + " " + neg.applyAsInt(7) + " " + IntUnaryOperator.identity().applyAsInt(9));
        try {
            neg.applyAsInt(Integer.MIN_VALUE);
        } catch (ArithmeticException e) {
            System.out.println("negateExact: " + e.getMessage());
        }

        IntToLongFunction cubeRef = LambdaPrimitiveFunctions::cube;
        IntToDoubleFunction halfAsDouble = LambdaPrimitiveFunctions::half;
        LongUnaryOperator longCube = LambdaPrimitiveFunctions::cube;
        System.out.println("int->long via cube(long) " + cubeRef.applyAsLong(2000) + ", int result widened " + halfAsDouble.applyAsDouble(7) + ", long " + longCube.andThen(x -> x + 1).applyAsLong(-3));

        ToIntFunction<String> length = String::length;
        ToIntFunction<Integer> unbox = Integer::intValue;
        IntFunction<String> hex = Integer::toHexString;
        IntFunction<String[]> newArray = String[]::new;
        System.out.println("ToIntFunction " + length.applyAsInt("hello") + " " + unbox.applyAsInt(-4) + " IntFunction " + hex.apply(4095) + " array " + newArray.apply(3).length);

        IntPredicate even = x -> (x & 1) == 0;
        IntPredicate positive = x -> x > 0;
        StringBuilder sb = new StringBuilder();
        for (int i = -3; i <= 3; i++) {
            sb.append(i).append(':').append(even.and(positive).test(i) ? 'A' : '-').append(even.or(positive).test(i) ? 'O' : '-').append(even.negate().test(i) ? 'N' : '-').append(' ');
        }
        System.out.println("IntPredicate " + sb);

        IntBinaryOperator gcd = new IntBinaryOperator() {
            public int applyAsInt(int a, int b) { return b == 0 ? a : applyAsInt(b, a % b); }
        };
        IntBinaryOperator max = Math::max;
        DoubleBinaryOperator hyp = (a, b) -> Math.sqrt(a * a + b * b);
        DoubleUnaryOperator square = x -> x * x;
        System.out.println("binary " + gcd.applyAsInt(84, 36) + " " + max.applyAsInt(-1, -2) + " " + hyp.applyAsDouble(5, 12) + " " + square.andThen(Math::sqrt).applyAsDouble(-3) + " " + DoubleUnaryOperator.identity().applyAsDouble(-0.0));

        long[] state = { 1 };
        LongSupplier next = () -> state[0] *= 3;
        BooleanSupplier big = () -> state[0] > 100;
        int steps = 0;
        while (!big.getAsBoolean()) {
            next.getAsLong();
            steps++;
        }
        System.out.println("LongSupplier steps " + steps + " state " + state[0]);

        ObjIntConsumer<StringBuilder> repeat = (b, n) -> { for (int i = 0; i < n; i++) b.append('*'); };
        StringBuilder stars = new StringBuilder();
        repeat.accept(stars, 5);
        System.out.println("ObjIntConsumer " + stars);

        Integer[] squares = new Integer[6];
        Arrays.setAll(squares, i -> i * i);
        int[] cubes = new int[5];
        Arrays.setAll(cubes, i -> i * i * i);
        long[] powers = new long[5];
        Arrays.setAll(powers, i -> 1L << (i * 10));
        System.out.println("setAll " + Arrays.toString(squares) + " " + Arrays.toString(cubes) + " " + Arrays.toString(powers));
        String[] words = { "kiwi", "fig", "banana", "apple", "date" };
        Arrays.sort(words, (a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        System.out.println("sort by length " + Arrays.toString(words));
        Arrays.sort(words, Comparator.comparing(String::toString).reversed());
        System.out.println("sort reversed " + Arrays.toString(words));

        BinaryOperator<String> shorter = BinaryOperator.minBy(Comparator.comparingInt(String::length));
        BinaryOperator<String> longer = BinaryOperator.maxBy(Comparator.comparingInt(String::length));
        System.out.println("minBy " + shorter.apply("aaa", "bb") + " maxBy " + longer.apply("aaa", "bb") + " UnaryOperator.identity " + UnaryOperator.identity().apply("same"));

        Optional<String> present = Optional.of("value");
        Optional<String> empty = Optional.empty();
        System.out.println("Optional map " + present.map(String::length).orElse(-1) + " " + empty.map(String::length).orElse(-1));
        System.out.println("Optional filter " + present.filter(s -> s.startsWith("v")).isPresent() + " " + present.filter(s -> s.isEmpty()).isPresent());
        System.out.println("Optional orElseGet " + empty.orElseGet(() -> "computed") + " " + present.orElseGet(() -> "not computed"));
        System.out.println("Optional flatMap " + present.flatMap(s -> Optional.of(s.toUpperCase())).get() + " " + empty.flatMap(s -> Optional.of("never")).isPresent());
        StringBuilder seen = new StringBuilder();
        present.ifPresent(seen::append);
        empty.ifPresent(s -> seen.append("|not called"));
        System.out.println("Optional ifPresent " + seen);
        try {
            empty.orElseThrow(IllegalStateException::new);
        } catch (IllegalStateException e) {
            System.out.println("orElseThrow(IllegalStateException::new): message " + e.getMessage());
        }
        try {
            empty.orElseThrow(() -> new IllegalArgumentException("custom"));
        } catch (IllegalArgumentException e) {
            System.out.println("orElseThrow(lambda): " + e.getMessage());
        }
        try {
            empty.get();
        } catch (NoSuchElementException e) {
            System.out.println("get on empty: " + e.getMessage());
        }
    }
}
