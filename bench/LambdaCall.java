// Benchmark: calls through a functional interface implemented by lambdas
// and method references (invokedynamic, LambdaMetafactory) - compare with
// InterfaceCall, which does exactly the same work through hand-written
// classes. Three call sites: a non-capturing lambda, a lambda capturing two
// values, and a static method reference. Argument: iterations in thousands
// (default 3000).
public class LambdaCall {
    interface IntOp {
        int apply(int x);
    }

    static int mix(int x) {
        return (x >>> 3) ^ x;
    }

    static int run(IntOp op, int n, int seed) {
        int acc = seed;
        for (int i = 0; i < n; i++) {
            acc = op.apply(acc + i);
        }
        return acc;
    }

    public static void main(String[] args) {
        int thousands = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int n = thousands * 1000;
        int k = thousands | 1;
        int m = 0x5bd1e995;
        IntOp plain = x -> x * 31 + 7;
        IntOp capturing = x -> x * k + m;
        IntOp reference = LambdaCall::mix;
        int a = run(plain, n, 1);
        int b = run(capturing, n, 2);
        int c = run(reference, n, 3);
        System.out.println("lambda calls " + 3L * n + ": " + a + " " + b + " " + c);
    }
}
