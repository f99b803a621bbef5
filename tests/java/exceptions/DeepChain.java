// Exceptions thrown from deep call chains unwind through every frame,
// running the finally blocks on the way, and are caught at various depths.
public class DeepChain {
    static int finallies;

    static int descend(int depth, int throwAt) {
        try {
            if (depth == throwAt) throw new IllegalStateException("thrown at depth " + depth);
            if (depth == 0) return 0;
            return 1 + descend(depth - 1, throwAt);
        } finally {
            finallies++;
        }
    }

    static int catchAt(int depth, int catchDepth, int throwAt) {
        if (depth == catchDepth) {
            try {
                return catchAt(depth - 1, catchDepth, throwAt);
            } catch (IllegalStateException e) {
                return -depth;
            }
        }
        if (depth == throwAt) throw new IllegalStateException("boom");
        if (depth == 0) return 0;
        return catchAt(depth - 1, catchDepth, throwAt);
    }

    interface Node {
        int eval();
    }

    static Node chain(final int n) {
        if (n == 0) {
            return new Node() {
                public int eval() { throw new ArithmeticException("leaf"); }
            };
        }
        final Node next = chain(n - 1);
        return new Node() {
            public int eval() { return n + next.eval(); }
        };
    }

    public static void main(String[] args) {
        int[] throwAts = { -1, 0, 50, 500, 999 };
        for (int t : throwAts) {
            finallies = 0;
            try {
                int r = descend(1000, t);
                System.out.println("throwAt " + t + ": returned " + r + ", finallies " + finallies);
            } catch (IllegalStateException e) {
                System.out.println("throwAt " + t + ": " + e.getMessage() + ", finallies " + finallies);
            }
        }
        System.out.println("caught at 300: " + catchAt(1000, 300, 10));
        System.out.println("caught at 11: " + catchAt(1000, 11, 10));
        System.out.println("no throw: " + catchAt(1000, 11, -5));
        try {
            catchAt(100, 5, 10);
        } catch (IllegalStateException e) {
            System.out.println("escaped the catcher below it: " + e.getMessage());
        }
        try {
            chain(200).eval();
        } catch (ArithmeticException e) {
            System.out.println("through 200 virtual calls: " + e.getMessage());
        }
        // Repeated throwing and catching must not leak anything.
        long sum = 0;
        for (int i = 0; i < 20000; i++) {
            try {
                sum += descend(20, i % 25);
            } catch (IllegalStateException e) {
                sum -= e.getMessage().length();
            }
        }
        System.out.println("sum " + sum);
    }
}
