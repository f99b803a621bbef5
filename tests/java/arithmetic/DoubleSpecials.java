// double arithmetic with NaN, infinities, signed zeros and subnormals.
// (Small multiples of MIN_VALUE are printed in units of MIN_VALUE: JDK 17
// prints 2 * MIN_VALUE as 1.0E-323 where the specified result is 9.9E-324.)
public class DoubleSpecials {
    static double add(double a, double b) { return a + b; }
    static double sub(double a, double b) { return a - b; }
    static double mul(double a, double b) { return a * b; }
    static double div(double a, double b) { return a / b; }
    static double rem(double a, double b) { return a % b; }

    public static void main(String[] args) {
        double[] vals = { 0.0, -0.0, 1.0, -1.0, 0.1, 2.5, -7.0, Double.MAX_VALUE, Double.MIN_NORMAL,
                          Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e300, 1e-300 };
        for (double a : vals) {
            for (double b : vals) {
                System.out.println(a + " " + b + ": + " + add(a, b) + " - " + sub(a, b) + " * " + mul(a, b)
                        + " / " + div(a, b) + " % " + rem(a, b));
            }
        }
        double nz = -0.0;
        System.out.println("-0.0 == 0.0: " + (nz == 0.0) + ", 1/-0.0 = " + (1 / nz) + ", 1/0.0 = " + (1 / 0.0));
        System.out.println("Math.min(0.0, -0.0) = " + Math.min(0.0, nz) + ", Math.max(-0.0, 0.0) = " + Math.max(nz, 0.0));
        System.out.println("0.1 + 0.2 = " + (0.1 + 0.2) + ", == 0.3: " + (0.1 + 0.2 == 0.3));
        System.out.println("1e308 * 10 = " + (1e308 * 10) + ", -1e308 * 10 = " + (-1e308 * 10));
        double min = Double.MIN_VALUE;
        System.out.println("in units of MIN_VALUE: min+min " + (min + min) / min + ", 2.5*min " + (2.5 * min) / min + ", min*min " + (min * min) / min
                + ", min-min " + (min - min) / min + ", 7*min/2 " + (7 * min / 2) / min + ", 1/min " + (1 / min) + ", min%min " + (min % min));
        System.out.println("MIN_VALUE / 2 = " + (Double.MIN_VALUE / 2) + ", MIN_VALUE * 0.5000001 = " + (Double.MIN_VALUE * 0.5000001));
        System.out.println("MIN_NORMAL / 2 = " + (Double.MIN_NORMAL / 2) + ", * 2 again = " + (Double.MIN_NORMAL / 2 * 2));
        double sub = Double.MIN_NORMAL;
        for (int i = 0; i < 60; i += 6) {
            System.out.println("subnormal step " + i + ": bits " + Long.toHexString(Double.doubleToLongBits(sub)) + ", times 2^1000 " + (sub * 0x1p1000));
            sub /= 64;
        }
        double sum = 0;
        for (int i = 1; i <= 100000; i++) {
            sum += 1.0 / ((double) i * i);
            if (i == 10 || i == 1000 || i == 100000) System.out.println("basel(" + i + ") = " + sum);
        }
        double x = 1.0;
        int steps = 0;
        while (1.0 + x != 1.0) {
            x /= 2;
            steps++;
        }
        System.out.println("machine epsilon found after " + steps + " halvings: " + (x * 2));
        double big = 9007199254740992.0;
        System.out.println("2^53 + 1 = " + (big + 1) + ", 2^53 + 2 = " + (big + 2) + ", 2^53 + 3 = " + (big + 3));
        double nan = Double.NaN;
        System.out.println("NaN * 0 = " + (nan * 0) + ", NaN + inf = " + (nan + Double.POSITIVE_INFINITY));
        System.out.println("inf / inf = " + (Double.POSITIVE_INFINITY / Double.NEGATIVE_INFINITY));
        System.out.println("-inf % 3 = " + (Double.NEGATIVE_INFINITY % 3) + ", 3 % inf = " + (3.0 % Double.POSITIVE_INFINITY));
        System.out.println("-3 % inf = " + (-3.0 % Double.NEGATIVE_INFINITY) + ", -0.0 % 5 = " + (nz % 5.0));
        // float <-> double promotion is exact; narrowing rounds.
        float f = 0.1f;
        double d = f;
        System.out.println("(double) 0.1f = " + d + ", (float) 0.1 = " + (float) 0.1);
        System.out.println("(float) 1e40 = " + (float) 1e40 + ", (float) 1e-50 = " + (float) 1e-50 + ", (float) -1e-50 = " + (float) -1e-50);
        System.out.println("(float) MIN_VALUE(double) = " + (float) Double.MIN_VALUE + ", (double) Float.MAX = " + (double) Float.MAX_VALUE);
        System.out.println("(float) 3.4028235677973366E38 = " + (float) 3.4028235677973366E38);
        System.out.println("(float) 1.00000005960464477539 = " + (float) 1.00000005960464477539 + " (tie to even)");
        System.out.println("(float) 1.0000001788139343 = " + (float) 1.0000001788139343 + " (tie to even)");
    }
}
