// Math functions: exact cases printed in full (sqrt, cbrt of cubes, pow of
// small integers, hypot of Pythagorean triples, exp(0), log(1)), and
// transcendental results only rounded to 9 decimals, since the last bit
// may legitimately differ between C libraries and HotSpot's intrinsics.
public class MathFunctions {
    static String r9(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
        return String.format("%.9f", v);
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 16; i++) System.out.println("sqrt(" + i + ") = " + Math.sqrt(i) + ", sqrt(" + (i * i) + ") = " + Math.sqrt(i * i));
        System.out.println("sqrt special " + Math.sqrt(-1) + " " + Math.sqrt(-0.0) + " " + Math.sqrt(Double.POSITIVE_INFINITY) + " " + Math.sqrt(Double.NaN)
                + " " + Math.sqrt(2e-320) + " " + Math.sqrt(Double.MAX_VALUE));
        System.out.println("cbrt " + r9(Math.cbrt(27)) + " " + r9(Math.cbrt(-8)) + " " + r9(Math.cbrt(1e9)) + " " + Math.cbrt(0.0) + " " + Math.cbrt(-0.0));
        System.out.println("pow " + Math.pow(2, 10) + " " + Math.pow(2, -3) + " " + Math.pow(-2, 3) + " " + Math.pow(10, 15) + " " + Math.pow(3, 20)
                + " " + Math.pow(0, 0) + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(1, Double.NaN) + " " + Math.pow(-1, 0.5) + " " + Math.pow(0, -1)
                + " " + Math.pow(-0.0, -1) + " " + Math.pow(2, 1024) + " " + Math.pow(2, -1075) + " " + Math.pow(4, 0.5) + " " + Math.pow(-8, 1.0 / 3));
        System.out.println("hypot " + Math.hypot(3, 4) + " " + Math.hypot(5, 12) + " " + Math.hypot(Double.POSITIVE_INFINITY, Double.NaN) + " " + Math.hypot(0, -7));
        System.out.println("exact exp/log " + Math.exp(0) + " " + Math.log(1) + " " + r9(Math.log10(1000)) + " " + r9(Math.log10(1e-5)) + " " + Math.log(0) + " " + Math.log(-1)
                + " " + Math.exp(Double.NEGATIVE_INFINITY) + " " + Math.exp(1000) + " " + Math.expm1(0) + " " + Math.log1p(0));
        System.out.println("exact trig " + Math.sin(0) + " " + Math.cos(0) + " " + Math.tan(0) + " " + Math.atan(0) + " " + Math.asin(0) + " " + Math.acos(1)
                + " " + Math.sin(-0.0) + " " + Math.atan2(0, 1) + " " + Math.atan2(-0.0, 1) + " " + Math.sinh(0) + " " + Math.tanh(Double.POSITIVE_INFINITY)
                + " " + Math.sin(Double.NaN) + " " + Math.cos(Double.POSITIVE_INFINITY) + " " + Math.asin(2));
        for (int i = -6; i <= 6; i++) {
            double x = i * 0.5;
            System.out.println("x=" + x + " sin " + r9(Math.sin(x)) + " cos " + r9(Math.cos(x)) + " tan " + r9(Math.tan(x)) + " exp " + r9(Math.exp(x))
                    + " atan " + r9(Math.atan(x)) + " sinh " + r9(Math.sinh(x)) + " tanh " + r9(Math.tanh(x)));
        }
        for (int i = 1; i <= 10; i++) {
            double x = i * 1.7;
            System.out.println("x=" + x + " log " + r9(Math.log(x)) + " log10 " + r9(Math.log10(x)) + " sqrt " + Math.sqrt(x) + " pow(x, 1.5) " + r9(Math.pow(x, 1.5))
                    + " cbrt " + r9(Math.cbrt(x)) + " log1p " + r9(Math.log1p(x)) + " expm1 " + r9(Math.expm1(x / 10)));
        }
        System.out.println("asin/acos " + r9(Math.asin(0.5)) + " " + r9(Math.acos(0.5)) + " " + r9(Math.atan2(1, 1)) + " " + r9(Math.atan2(-1, -1)) + " " + r9(Math.cosh(1)));
        // A computation that accumulates many transcendental calls; rounded.
        double acc = 0;
        for (int i = 1; i <= 1000; i++) acc += Math.sin(i) * Math.cos(i / 2.0) + Math.log(i) / i;
        System.out.println("accumulated " + String.format("%.6f", acc));
        // Newton's method for sqrt compared with Math.sqrt: exact agreement.
        for (double v = 2; v < 1e6; v *= 7.3) {
            double g = v;
            for (int k = 0; k < 60; k++) g = 0.5 * (g + v / g);
            System.out.println("newton sqrt(" + v + ") = " + g + " Math.sqrt " + Math.sqrt(v) + " same " + (g == Math.sqrt(v) || Math.abs(g - Math.sqrt(v)) <= Math.ulp(g)));
        }
        System.out.println("abs/max via Math on ints " + Math.abs(-3) + " " + Math.max(7, 9) + " " + Math.min(-1L, 1L));
    }
}
