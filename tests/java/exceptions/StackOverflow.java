// vm-args: -Xss1m
// StackOverflowError from unbounded recursion is catchable; afterwards
// the thread can recurse again, run finally blocks and catch it again.
public class StackOverflow {
    static int depth;

    static void recurse() {
        depth++;
        recurse();
    }

    static int recurseWithLocals(int a, long b, double c) {
        depth++;
        long x = a + b;
        double y = c * 2;
        return recurseWithLocals(a + 1, x, y) + 1;
    }

    static int finallies;

    static void recurseFinally(int n) {
        try {
            recurseFinally(n + 1);
        } finally {
            if (n % 1000 == 0) finallies++;
        }
    }

    static int bounded(int n) { return n == 0 ? 0 : 1 + bounded(n - 1); }

    public static void main(String[] args) {
        for (int round = 1; round <= 3; round++) {
            depth = 0;
            try {
                recurse();
            } catch (StackOverflowError e) {
                System.out.println("round " + round + ": caught " + e.getClass().getName() + ", depth > 1000: " + (depth > 1000));
            }
        }
        depth = 0;
        try {
            recurseWithLocals(0, 0, 1);
        } catch (StackOverflowError e) {
            System.out.println("with locals: caught, depth > 1000: " + (depth > 1000));
        }
        try {
            recurseFinally(0);
        } catch (StackOverflowError e) {
            System.out.println("finally blocks ran during unwinding: " + (finallies > 0));
        }
        System.out.println("normal recursion after overflow: " + bounded(2000));
        try {
            recurse();
        } catch (Error e) {
            System.out.println("caught as Error: " + (e instanceof VirtualMachineError));
        }
        try {
            recurse();
        } catch (Throwable t) {
            System.out.println("caught as Throwable: " + t.getClass().getSimpleName());
        }
        System.out.println("done");
    }
}
