// Java float/double arithmetic is exactly IEEE 754 round-to-nearest with no
// fused multiply-add and no extended precision: every result below is
// determined bit for bit.
public class StrictFp {
    static double mulSub(double a, double b, double c) { return a * b - c; }
    static float fmulSub(float a, float b, float c) { return a * b - c; }
    static strictfp double strictMul(double a, double b) { return a * b; }

    public static void main(String[] args) {
        double a = 1.0000000074505806; // 1 + 2^-27
        double c = 1.0000000149011612; // 1 + 2^-26
        System.out.println("a*a - c = " + mulSub(a, a, c) + " (a fused multiply-add would give 5.55e-17)");
        float fa = 1.00024414f; // 1 + 2^-12
        float fc = 1.00048828f; // 1 + 2^-11
        System.out.println("fa*fa - fc = " + fmulSub(fa, fa, fc));
        System.out.println("0.1*3 = " + (0.1 * 3) + ", 0.1f*3 = " + (0.1f * 3));
        // Intermediate float results are rounded to float, not kept wider.
        float big = 16777216f;
        float one = 1f;
        float r = big + one + one;
        System.out.println("2^24 + 1 + 1 in float = " + r);
        float r2 = big + (one + one);
        System.out.println("2^24 + (1 + 1) in float = " + r2);
        // Intermediate double results do not have an extended exponent.
        double huge = 1e308;
        double ten = 10;
        System.out.println("1e308 * 10 / 10 = " + (huge * ten / ten));
        double tiny = 1e-308;
        System.out.println("1e-308 / 1e10 * 1e10 = " + (tiny / 1e10 * 1e10));
        System.out.println("strict 1e200*1e200 = " + strictMul(1e200, 1e200) + ", 1e-200*1e-200 = " + strictMul(1e-200, 1e-200));
        // Float arithmetic done in float, not double.
        float third = 1f / 3f;
        System.out.println("1f/3f = " + third + ", as double " + (double) third + ", 1.0/3 = " + (1.0 / 3));
        float fsum = 0f;
        double dsum = 0;
        for (int i = 0; i < 10000; i++) {
            fsum += 0.01f;
            dsum += 0.01;
        }
        System.out.println("10000 * 0.01: float " + fsum + ", double " + dsum);
        // Kahan summation vs naive summation.
        double naive = 0, kahan = 0, comp = 0;
        for (int i = 1; i <= 100000; i++) {
            double term = 1.0 / i;
            naive += term;
            double y = term - comp;
            double t = kahan + y;
            comp = (t - kahan) - y;
            kahan = t;
        }
        System.out.println("harmonic naive " + naive + ", kahan " + kahan);
        // Square roots are correctly rounded.
        for (int i = 1; i <= 20; i++) {
            double s = Math.sqrt(i);
            System.out.println("sqrt(" + i + ") = " + s + ", squared " + (s * s) + ", bits " + Long.toHexString(Double.doubleToLongBits(s)));
        }
        // Polynomial evaluation (Horner), exact per operation.
        double[] coeff = { 1, -3.5, 2.25, 0.125, -0.0625 };
        for (double x = -2; x <= 2; x += 0.25) {
            double p = 0;
            for (double co : coeff) p = p * x + co;
            System.out.println("p(" + x + ") = " + p);
        }
        // A float recurrence that diverges quickly from any wider evaluation.
        float xf = 0.1f;
        double xd = 0.1;
        for (int i = 0; i < 30; i++) {
            xf = 4f * xf * (1f - xf);
            xd = 4 * xd * (1 - xd);
            if (i % 3 == 2) System.out.println("logistic " + i + ": float " + xf + " double " + xd);
        }
        // Rounding of halfway cases in products.
        // (In units of MIN_VALUE: JDK 17 prints 2 * MIN_VALUE as 1.0E-323, not 9.9E-324.)
        System.out.println("0.5 * MIN_VALUE = " + (0.5 * Double.MIN_VALUE) / Double.MIN_VALUE + ", 1.5 * MIN_VALUE = " + (1.5 * Double.MIN_VALUE) / Double.MIN_VALUE
                + ", 2.5 * MIN_VALUE = " + (2.5 * Double.MIN_VALUE) / Double.MIN_VALUE + ", 3.5 * MIN_VALUE = " + (3.5 * Double.MIN_VALUE) / Double.MIN_VALUE + " (units of MIN_VALUE)");
        System.out.println("0.5f * MIN = " + (0.5f * Float.MIN_VALUE) + ", 1.5f * MIN = " + (1.5f * Float.MIN_VALUE)
                + ", 2.5f * MIN = " + (2.5f * Float.MIN_VALUE));
    }
}
