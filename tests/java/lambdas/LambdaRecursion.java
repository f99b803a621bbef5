// Lambdas that return lambdas (currying), recursive lambdas through a
// field or an array cell, a lambda stored in a static final field and used
// from a static initializer, lambdas in an array forming a little stack
// machine, and higher-order helpers written with the test's own
// functional interfaces.
public class LambdaRecursion {
    interface IntFn { int apply(int x); }
    interface IntFn2 { IntFn apply(int x); }
    interface IntFn3 { IntFn2 apply(int x); }
    interface Fn<A, B> { B apply(A a); }
    interface BinOp { long apply(long a, long b); }

    static IntFn factorial;
    static final IntFn SQUARE = x -> x * x;
    static final int SQUARE_OF_9;

    static {
        SQUARE_OF_9 = SQUARE.apply(9);
        factorial = n -> n <= 1 ? 1 : n * factorial.apply(n - 1);
    }

    static <A, B, C> Fn<A, C> then(Fn<A, B> f, Fn<B, C> g) {
        return a -> g.apply(f.apply(a));
    }

    static IntFn power(IntFn f, int times) {
        if (times == 0) return x -> x;
        IntFn rest = power(f, times - 1);
        return x -> f.apply(rest.apply(x));
    }

    public static void main(String[] args) {
        System.out.println("square of 9 " + SQUARE_OF_9);
        for (int i = 0; i <= 12; i += 3) {
            System.out.println(i + "! = " + factorial.apply(i));
        }

        IntFn[] fib = new IntFn[1];
        fib[0] = n -> n < 2 ? n : fib[0].apply(n - 1) + fib[0].apply(n - 2);
        System.out.println("fib(20) " + fib[0].apply(20));

        IntFn3 add3 = a -> b -> c -> a * 100 + b * 10 + c;
        IntFn2 add3with1 = add3.apply(1);
        IntFn add3with12 = add3with1.apply(2);
        System.out.println("curried " + add3with12.apply(3) + " " + add3.apply(9).apply(8).apply(7) + " " + add3with1.apply(5).apply(5));

        Fn<String, Integer> len = String::length;
        Fn<Integer, String> stars = n -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.append('*');
            return sb.toString();
        };
        Fn<String, String> starsFor = then(len, stars);
        Fn<String, String> twiceStars = then(starsFor, starsFor);
        System.out.println(starsFor.apply("hello") + " " + twiceStars.apply("abc"));

        IntFn plus3 = x -> x + 3;
        System.out.println("plus3^10(0) = " + power(plus3, 10).apply(0) + ", square^3(2) = " + power(SQUARE, 3).apply(2));

        BinOp[] ops = { (a, b) -> a + b, (a, b) -> a - b, (a, b) -> a * b, (a, b) -> b == 0 ? 0 : a / b, Math::max, Long::min };
        String[] names = { "+", "-", "*", "/", "max", "min" };
        long acc = 1;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < ops.length; i++) {
                long before = acc;
                acc = ops[i].apply(acc, 7 + round);
                System.out.println(before + " " + names[i] + " " + (7 + round) + " = " + acc);
            }
        }

        // deep recursion through a lambda
        IntFn[] sum = new IntFn[1];
        sum[0] = n -> n == 0 ? 0 : n + sum[0].apply(n - 1);
        System.out.println("sum 1..2000 = " + sum[0].apply(2000));
    }
}
