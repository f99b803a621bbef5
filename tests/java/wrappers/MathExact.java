// Math.*Exact methods: results, and ArithmeticException "integer
// overflow" / "long overflow" when the result does not fit; floorDiv and
// floorMod.
public class MathExact {
    interface Op { Object run(); }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (ArithmeticException e) {
            System.out.println(label + ": ArithmeticException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        final int IMAX = Integer.MAX_VALUE, IMIN = Integer.MIN_VALUE;
        final long LMAX = Long.MAX_VALUE, LMIN = Long.MIN_VALUE;
        attempt("addExact(1, 2)", new Op() { public Object run() { return Math.addExact(1, 2); } });
        attempt("addExact(IMAX, 1)", new Op() { public Object run() { return Math.addExact(IMAX, 1); } });
        attempt("addExact(IMIN, -1)", new Op() { public Object run() { return Math.addExact(IMIN, -1); } });
        attempt("addExact(LMAX, 1L)", new Op() { public Object run() { return Math.addExact(LMAX, 1L); } });
        attempt("subtractExact(IMIN, 1)", new Op() { public Object run() { return Math.subtractExact(IMIN, 1); } });
        attempt("subtractExact(0, IMIN)", new Op() { public Object run() { return Math.subtractExact(0, IMIN); } });
        attempt("subtractExact(LMIN, 1L)", new Op() { public Object run() { return Math.subtractExact(LMIN, 1L); } });
        attempt("subtractExact(5L, 7L)", new Op() { public Object run() { return Math.subtractExact(5L, 7L); } });
        attempt("multiplyExact(46341, 46341)", new Op() { public Object run() { return Math.multiplyExact(46341, 46341); } });
        attempt("multiplyExact(46340, 46340)", new Op() { public Object run() { return Math.multiplyExact(46340, 46340); } });
        attempt("multiplyExact(IMIN, -1)", new Op() { public Object run() { return Math.multiplyExact(IMIN, -1); } });
        attempt("multiplyExact(LMAX, 2L)", new Op() { public Object run() { return Math.multiplyExact(LMAX, 2L); } });
        attempt("multiplyExact(LMIN, -1L)", new Op() { public Object run() { return Math.multiplyExact(LMIN, -1L); } });
        attempt("multiplyExact(3037000499L, 3037000499L)", new Op() { public Object run() { return Math.multiplyExact(3037000499L, 3037000499L); } });
        attempt("multiplyExact(3037000500L, 3037000500L)", new Op() { public Object run() { return Math.multiplyExact(3037000500L, 3037000500L); } });
        attempt("multiplyExact(long, int)", new Op() { public Object run() { return Math.multiplyExact(1L << 40, 1 << 10); } });
        attempt("incrementExact(IMAX)", new Op() { public Object run() { return Math.incrementExact(IMAX); } });
        attempt("incrementExact(41)", new Op() { public Object run() { return Math.incrementExact(41); } });
        attempt("decrementExact(IMIN)", new Op() { public Object run() { return Math.decrementExact(IMIN); } });
        attempt("decrementExact(LMIN)", new Op() { public Object run() { return Math.decrementExact(LMIN); } });
        attempt("incrementExact(LMAX)", new Op() { public Object run() { return Math.incrementExact(LMAX); } });
        attempt("negateExact(IMIN)", new Op() { public Object run() { return Math.negateExact(IMIN); } });
        attempt("negateExact(IMAX)", new Op() { public Object run() { return Math.negateExact(IMAX); } });
        attempt("negateExact(LMIN)", new Op() { public Object run() { return Math.negateExact(LMIN); } });
        attempt("toIntExact(1L << 31)", new Op() { public Object run() { return Math.toIntExact(1L << 31); } });
        attempt("toIntExact(-(1L << 31))", new Op() { public Object run() { return Math.toIntExact(-(1L << 31)); } });
        attempt("toIntExact(-1L)", new Op() { public Object run() { return Math.toIntExact(-1L); } });
        attempt("floorDiv(7, 0)", new Op() { public Object run() { return Math.floorDiv(7, 0); } });
        attempt("floorMod(7, 0)", new Op() { public Object run() { return Math.floorMod(7, 0); } });
        int[][] pairs = { { 7, 2 }, { -7, 2 }, { 7, -2 }, { -7, -2 }, { 6, 3 }, { -6, 3 }, { 0, -5 }, { IMIN, -1 }, { IMIN, 3 }, { IMAX, -7 } };
        for (int[] p : pairs) {
            System.out.println("floorDiv(" + p[0] + ", " + p[1] + ") = " + Math.floorDiv(p[0], p[1]) + ", floorMod = " + Math.floorMod(p[0], p[1])
                    + ", / = " + (p[0] / p[1]) + ", % = " + (p[0] % p[1]));
        }
        System.out.println("long floorDiv " + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 2L) + " " + Math.floorDiv(LMIN, -1L) + " " + Math.floorMod(LMIN, 10L));
        // Summing with overflow detection.
        int acc = 0;
        int steps = 0;
        try {
            while (true) {
                acc = Math.addExact(acc, 123456789);
                steps++;
            }
        } catch (ArithmeticException e) {
            System.out.println("overflowed after " + steps + " additions, acc " + acc);
        }
        long fact = 1;
        int n = 1;
        try {
            while (true) {
                fact = Math.multiplyExact(fact, (long) ++n);
            }
        } catch (ArithmeticException e) {
            System.out.println("largest factorial in a long: " + (n - 1) + "! = " + fact);
        }
    }
}
