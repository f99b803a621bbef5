// f2i, f2l, d2i, d2l: round toward zero, saturate at the ends, NaN -> 0
// (JLS 5.1.3); and the widening conversions i2f, l2f, l2d that round.
// Floats are printed widened to double and large doubles as bits, to stay
// clear of the values where JDK 17's toString is not shortest.
public class FloatToInt {
    public static void main(String[] args) {
        double[] ds = { 0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 2.5, 1e9, 2147483647.0, 2147483647.5, 2147483648.0,
                        -2147483648.0, -2147483648.9, -2147483649.0, 1e10, -1e10, 9.2233720368547758E18,
                        -9.2233720368547758E18, 1e19, -1e19, 1e300, Double.MAX_VALUE, Double.MIN_VALUE,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 4503599627370497.5 };
        for (double d : ds) {
            System.out.println("d=" + d + " (int)=" + (int) d + " (long)=" + (long) d + " (short)=" + (short) d
                    + " (byte)=" + (byte) d + " (char)=" + (int) (char) d + " (float)=" + (double) (float) d);
        }
        float[] fs = { 0f, -0f, 0.99f, -0.99f, 16777217f, 2.1474836E9f, -2.1474836E9f, 3e9f, -3e9f,
                       9.223372E18f, 1e20f, -1e20f, Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                       Float.NaN, 1.4e-45f };
        for (float f : fs) {
            System.out.println("f=" + (double) f + " (int)=" + (int) f + " (long)=" + (long) f + " bits=" + Integer.toHexString(Float.floatToIntBits(f)));
        }
        int[] is = { 0, 1, -1, 16777216, 16777217, 16777219, 2147483647, -2147483648, 123456789, 0x7fffffc0, 0x7fffffbf };
        for (int i : is) {
            System.out.println("i=" + i + " (float)=" + (double) (float) i + " (double)=" + (double) i + " back=" + (int) (float) i);
        }
        long[] ls = { 0L, 1L, 9007199254740993L, 9007199254740995L, Long.MAX_VALUE, Long.MIN_VALUE,
                      0x7ffffffffffffdffL, 0x7ffffffffffffe00L, 1234567890123456789L, -1234567890123456789L,
                      (1L << 24) + 1, (1L << 53) + 1 };
        for (long l : ls) {
            System.out.println("l=" + l + " (float) bits=" + Integer.toHexString(Float.floatToIntBits((float) l)) + " (double) bits="
                    + Long.toHexString(Double.doubleToLongBits((double) l)) + " back=" + (long) (float) l + " " + (long) (double) l);
        }
        // Through method calls (not folded by javac).
        System.out.println(toInt(Float.NaN) + " " + toLong(Double.NaN) + " " + toInt(1e30f) + " " + toLong(-1e30));
        System.out.println(toInt(-1e30f) + " " + toLong(1e30) + " " + toInt(-7.9f) + " " + toLong(-7.9));
        // Loop over increasing magnitudes.
        double v = 1.0;
        for (int i = 0; i < 70; i++) {
            System.out.println("2^" + i + ": " + (int) v + " " + (long) v + " " + (int) -v + " " + (long) -v);
            v *= 2;
        }
    }

    static int toInt(float f) { return (int) f; }
    static long toLong(double d) { return (long) d; }
}
