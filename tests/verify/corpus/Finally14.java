/*
 * Finally14 - try/finally, nested and in loops, return and throw through
 * finally blocks, synchronized: compiled by ecj for Java 1.4 (class file
 * version 48), where each finally block is a jsr/ret subroutine. See
 * make.sh; tests/verify/run.sh checks that it verifies, as on HotSpot.
 */
public class Finally14 {
    static int counter;

    static int simple(int x) {
        try {
            x = x + 1;
        } finally {
            x = x * 2;
            counter++;
        }
        return x;
    }

    static String nested(int n) {
        StringBuffer sb = new StringBuffer();
        try {
            sb.append("a");
            try {
                if (n > 1) throw new RuntimeException("boom" + n);
                sb.append("b");
            } finally {
                sb.append("c");
            }
        } catch (RuntimeException e) {
            sb.append("[").append(e.getMessage()).append("]");
        } finally {
            sb.append("d");
        }
        return sb.toString();
    }

    static int loop(int n) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            try {
                if (i == 2) continue;
                if (i == 5) break;
                total += i;
            } finally {
                total += 100;
            }
        }
        return total;
    }

    static int returnInTry(int x) {
        try {
            if (x > 0) return x;
            return -x;
        } finally {
            counter += 10;
        }
    }

    static Object lock = new Object();

    static int sync(int x) {
        synchronized (lock) {
            try {
                return x * 3;
            } finally {
                counter++;
            }
        }
    }

    static long longs(long a, double d) {
        long r = a;
        try {
            r += (long) d;
        } finally {
            r *= 2;
        }
        return r;
    }

    static String finallyThrows(int x) {
        try {
            try {
                return "t" + x;
            } finally {
                if (x == 3) throw new IllegalStateException("in finally");
            }
        } catch (IllegalStateException e) {
            return "caught " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        System.out.println(simple(3));
        System.out.println(nested(1));
        System.out.println(nested(2));
        System.out.println(loop(10));
        System.out.println(returnInTry(-4));
        System.out.println(sync(7));
        System.out.println(longs(5L, 2.5));
        System.out.println(finallyThrows(1));
        System.out.println(finallyThrows(3));
        System.out.println(counter);
    }
}
