// Decimal conversion of float and double in concatenation and
// Double.toString/Float.toString: plain notation for 1e-3 <= |x| < 1e7,
// computerized scientific notation otherwise, shortest digits that
// round-trip. (Values where JDK 17 is known not to be shortest are
// avoided, e.g. 2e23, Float.MIN_NORMAL, and (float) 2^31.)
public class NumberToString {
    public static void main(String[] args) {
        double[] ds = { 0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 10.0, 100.0, 1234567.0, 9999999.0,
                        10000000.0, 12345678.0, 1e7, 1.5e7, 1e8, 1e15, 1e16, 1e17, 1e21, 1e22, 1e100, 1e300, 0.001, 0.0015,
                        0.00099, 1e-4, 1.5e-5, 1e-10, 1e-100, 1e-300, 4.9e-324, 2.2250738585072014E-308, 1.7976931348623157E308,
                        3.141592653589793, 2.718281828459045, 1.4142135623730951, 123.456, -987.654321, 100.5, 0.05, 5e-324 * 3,
                        9007199254740992.0, 9007199254740993.0, 1.0E-5, 123456.789, 1.1, 2.675, 299792458.0, 6.02214076e23,
                        6.62607015e-34, 1.602176634e-19, Math.PI * 1e10, Math.E / 1e10, 0.30000000000000004, 100.0 / 7 };
        for (double d : ds) System.out.println("double " + d + " | " + Double.toString(d) + " | " + String.valueOf(d));
        float[] fs = { 0f, -0f, 1f, 0.1f, 0.2f, 0.3f, 0.1f + 0.2f, 1f / 3, 2f / 3, 100f, 1234567f, 9999999f, 1e7f, 1.5e7f, 1e8f,
                       1e10f, 1e20f, 1e38f, 3.4028235e38f, 0.001f, 0.00099f, 1e-5f, 1.4e-45f, 3.1415927f,
                       2.7182817f, 123.456f, 16777216f, 16777217f, 0.05f, 33.333332f, 1.1f, 6.0221409e23f };
        for (float f : fs) System.out.println("float " + f + " | " + Float.toString(f) + " | " + String.valueOf(f) + " | as double " + (double) f);
        // Sequences.
        double x = 1;
        for (int i = 0; i < 23; i++) {
            System.out.println("10^" + i + " = " + x + ", 10^-" + i + " = " + (1 / x));
            x *= 10;
        }
        double y = 1;
        for (int i = 0; i < 20; i++) {
            y = y * 1.7 + 0.3;
            System.out.println("seq " + y + " " + (float) y);
        }
        float fx = 1;
        for (int i = 0; i < 15; i++) {
            fx /= 3;
            System.out.println("third^" + (i + 1) + " = " + fx);
        }
    }
}
