// Benchmark: calls through an interface implemented by hand-written
// classes - the baseline for LambdaCall, which does the same work with
// lambdas and a method reference. Argument: iterations in thousands
// (default 3000).
public class InterfaceCall {
    interface IntOp {
        int apply(int x);
    }

    static final class Plain implements IntOp {
        public int apply(int x) {
            return x * 31 + 7;
        }
    }

    static final class Capturing implements IntOp {
        private final int k;
        private final int m;

        Capturing(int k, int m) {
            this.k = k;
            this.m = m;
        }

        public int apply(int x) {
            return x * k + m;
        }
    }

    static final class Reference implements IntOp {
        public int apply(int x) {
            return mix(x);
        }
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
        int a = run(new Plain(), n, 1);
        int b = run(new Capturing(k, m), n, 2);
        int c = run(new Reference(), n, 3);
        System.out.println("interface calls " + 3L * n + ": " + a + " " + b + " " + c);
    }
}
