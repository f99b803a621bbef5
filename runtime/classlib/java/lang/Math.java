/*
 * Cortado class library: java.lang.Math.
 *
 * Everything that is exact arithmetic (abs, min/max, rounding, bit
 * manipulation of doubles, the *Exact family, floorDiv/floorMod, scalb) is
 * written here in Java. The transcendental functions, sqrt and fma are
 * natives of StrictMath over the C library (runtime/natives_math.c); the
 * results of sin, exp, pow... may therefore differ from HotSpot's in the
 * last place, which the specification allows for Math (1 ulp).
 */
package java.lang;

import java.util.Random;

public final class Math {
    private Math() {
    }

    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;

    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;

    /* ---- functions of the C library (StrictMath natives) ---- */

    public static double sin(double a) {
        return StrictMath.sin(a);
    }

    public static double cos(double a) {
        return StrictMath.cos(a);
    }

    public static double tan(double a) {
        return StrictMath.tan(a);
    }

    public static double asin(double a) {
        return StrictMath.asin(a);
    }

    public static double acos(double a) {
        return StrictMath.acos(a);
    }

    public static double atan(double a) {
        return StrictMath.atan(a);
    }

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    public static double exp(double a) {
        return StrictMath.exp(a);
    }

    public static double log(double a) {
        return StrictMath.log(a);
    }

    public static double log10(double a) {
        return StrictMath.log10(a);
    }

    public static double sqrt(double a) {
        return StrictMath.sqrt(a);
    }

    public static double cbrt(double a) {
        return StrictMath.cbrt(a);
    }

    public static double IEEEremainder(double f1, double f2) {
        return StrictMath.IEEEremainder(f1, f2);
    }

    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    public static double pow(double a, double b) {
        return StrictMath.pow(a, b);
    }

    public static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    public static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    public static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double fma(double a, double b, double c) {
        return StrictMath.fma(a, b, c);
    }

    public static float fma(float a, float b, float c) {
        return StrictMath.fma(a, b, c);
    }

    /* ---- rounding ---- */

    public static double ceil(double a) {
        return roundTowards(a, 1.0);
    }

    public static double floor(double a) {
        return roundTowards(a, -1.0);
    }

    /* floor (direction -1) or ceil (+1) by clearing fraction bits. */
    private static double roundTowards(double a, double direction) {
        int exponent = getExponent(a);
        if (exponent < 0) {
            // |a| < 1: zero keeps its sign, others go to 0 or +-1.
            if (a == 0 || a != a)
                return a;
            if (direction > 0)
                return a > 0 ? 1.0 : -0.0;
            return a < 0 ? -1.0 : 0.0;
        }
        if (exponent >= 52) // integral, infinite or NaN
            return a;
        long fractionMask = (1L << (52 - exponent)) - 1;
        long bits = Double.doubleToRawLongBits(a);
        if ((bits & fractionMask) == 0)
            return a;
        double truncated = Double.longBitsToDouble(bits & ~fractionMask);
        if ((direction > 0) == (a > 0))
            return truncated + direction;
        return truncated;
    }

    public static double rint(double a) {
        // Adding and removing 2^52 leaves no fraction bits, rounding to
        // nearest even on the way (the arithmetic's own rounding).
        double twoTo52 = 4503599627370496.0;
        double magnitude = abs(a);
        if (magnitude < twoTo52)
            magnitude = (magnitude + twoTo52) - twoTo52;
        return copySign(magnitude, a);
    }

    public static int round(float a) {
        int bits = Float.floatToRawIntBits(a);
        int exponent = ((bits >> 23) & 0xff) - 127;
        if (exponent < -1) // |a| < 0.5, or zero
            return 0;
        if (exponent >= 23) // integral, huge or NaN: the cast saturates
            return (int) a;
        int significand = (bits & 0x7fffff) | 0x800000;
        if (bits < 0)
            significand = -significand;
        // floor(a + 1/2) from 2a rounded down, without any rounding error.
        return ((significand >> (22 - exponent)) + 1) >> 1;
    }

    public static long round(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int exponent = (int) ((bits >> 52) & 0x7ff) - 1023;
        if (exponent < -1)
            return 0;
        if (exponent >= 52)
            return (long) a;
        long significand = (bits & 0xfffffffffffffL) | 0x10000000000000L;
        if (bits < 0)
            significand = -significand;
        return ((significand >> (51 - exponent)) + 1) >> 1;
    }

    private static final class RandomNumberGeneratorHolder {
        static final Random randomNumberGenerator = new Random();
    }

    public static double random() {
        return RandomNumberGeneratorHolder.randomNumberGenerator.nextDouble();
    }

    /* ---- exact integer arithmetic ---- */

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0)
            throw new ArithmeticException("integer overflow");
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0)
            throw new ArithmeticException("long overflow");
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0)
            throw new ArithmeticException("integer overflow");
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0)
            throw new ArithmeticException("long overflow");
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r)
            throw new ArithmeticException("integer overflow");
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        // The product fits when the high half is the sign of the low half.
        if (multiplyHigh(x, y) != (r >> 63))
            throw new ArithmeticException("long overflow");
        return r;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE)
            throw new ArithmeticException("integer overflow");
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE)
            throw new ArithmeticException("long overflow");
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE)
            throw new ArithmeticException("integer overflow");
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE)
            throw new ArithmeticException("long overflow");
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE)
            throw new ArithmeticException("integer overflow");
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE)
            throw new ArithmeticException("long overflow");
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value)
            throw new ArithmeticException("integer overflow");
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    public static long multiplyHigh(long x, long y) {
        // Schoolbook product of 32-bit halves (signed high, unsigned low).
        long x1 = x >> 32, x0 = x & 0xffffffffL;
        long y1 = y >> 32, y0 = y & 0xffffffffL;
        long low = x0 * y0;
        long t = x1 * y0 + (low >>> 32);
        long middle = (t & 0xffffffffL) + x0 * y1;
        return x1 * y1 + (t >> 32) + (middle >> 32);
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && q * y != x)
            q--;
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && q * y != x)
            q--;
        return q;
    }

    public static int floorMod(int x, int y) {
        int m = x % y;
        if ((m ^ y) < 0 && m != 0)
            m += y;
        return m;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long m = x % y;
        if ((m ^ y) < 0 && m != 0)
            m += y;
        return m;
    }

    /* ---- absolute value, minimum and maximum ---- */

    public static int abs(int a) {
        return a < 0 ? -a : a;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE)
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        return abs(a);
    }

    public static long abs(long a) {
        return a < 0 ? -a : a;
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE)
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        return abs(a);
    }

    public static float abs(float a) {
        return a <= 0.0f ? 0.0f - a : a;
    }

    public static double abs(double a) {
        return a <= 0.0 ? 0.0 - a : a;
    }

    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    /* max and min: NaN wins; -0.0 is smaller than 0.0. */
    public static float max(float a, float b) {
        if (a != a)
            return a;
        if (a == 0.0f && b == 0.0f)
            return Float.floatToRawIntBits(a) < 0 ? b : a;
        return a >= b ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a)
            return a;
        if (a == 0.0 && b == 0.0)
            return Double.doubleToRawLongBits(a) < 0 ? b : a;
        return a >= b ? a : b;
    }

    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    public static float min(float a, float b) {
        if (a != a)
            return a;
        if (a == 0.0f && b == 0.0f)
            return Float.floatToRawIntBits(b) < 0 ? b : a;
        return a <= b ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a)
            return a;
        if (a == 0.0 && b == 0.0)
            return Double.doubleToRawLongBits(b) < 0 ? b : a;
        return a <= b ? a : b;
    }

    /* ---- IEEE 754 recommended functions ---- */

    public static double ulp(double d) {
        int exponent = getExponent(d);
        if (exponent == Double.MAX_EXPONENT + 1) // NaN or infinite
            return abs(d);
        if (exponent == Double.MIN_EXPONENT - 1) // zero or subnormal
            return Double.MIN_VALUE;
        exponent -= 52;
        if (exponent >= Double.MIN_EXPONENT)
            return powerOfTwoD(exponent);
        return Double.longBitsToDouble(1L << (exponent - (Double.MIN_EXPONENT - 52)));
    }

    public static float ulp(float f) {
        int exponent = getExponent(f);
        if (exponent == Float.MAX_EXPONENT + 1)
            return abs(f);
        if (exponent == Float.MIN_EXPONENT - 1)
            return Float.MIN_VALUE;
        exponent -= 23;
        if (exponent >= Float.MIN_EXPONENT)
            return powerOfTwoF(exponent);
        return Float.intBitsToFloat(1 << (exponent - (Float.MIN_EXPONENT - 23)));
    }

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        long signBit = Double.doubleToRawLongBits(sign) & Long.MIN_VALUE;
        long rest = Double.doubleToRawLongBits(magnitude) & Long.MAX_VALUE;
        return Double.longBitsToDouble(signBit | rest);
    }

    public static float copySign(float magnitude, float sign) {
        int signBit = Float.floatToRawIntBits(sign) & Integer.MIN_VALUE;
        int rest = Float.floatToRawIntBits(magnitude) & Integer.MAX_VALUE;
        return Float.intBitsToFloat(signBit | rest);
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >> 23) & 0xff) - 127;
    }

    public static int getExponent(double d) {
        return (int) ((Double.doubleToRawLongBits(d) >> 52) & 0x7ff) - 1023;
    }

    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            if (start == 0.0d) // either zero: the negative subnormal
                return -Double.MIN_VALUE;
            long bits = Double.doubleToRawLongBits(start);
            return Double.longBitsToDouble(bits + (start > 0.0d ? -1L : 1L));
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction)
            return direction;
        return start + direction; // a NaN
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            if (start == 0.0f)
                return -Float.MIN_VALUE;
            int bits = Float.floatToRawIntBits(start);
            return Float.intBitsToFloat(bits + (start > 0.0f ? -1 : 1));
        }
        if (start < direction)
            return nextUp(start);
        if (start == direction)
            return (float) direction;
        return start + (float) direction;
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY)
            return d;
        d += 0.0d; // -0.0 becomes 0.0
        long bits = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(bits + (d >= 0.0d ? 1L : -1L));
    }

    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY)
            return f;
        f += 0.0f;
        int bits = Float.floatToRawIntBits(f);
        return Float.intBitsToFloat(bits + (f >= 0.0f ? 1 : -1));
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY)
            return d;
        if (d == 0.0)
            return -Double.MIN_VALUE;
        long bits = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(bits + (d > 0.0d ? -1L : 1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY)
            return f;
        if (f == 0.0f)
            return -Float.MIN_VALUE;
        int bits = Float.floatToRawIntBits(f);
        return Float.intBitsToFloat(bits + (f > 0.0f ? -1 : 1));
    }

    /*
     * d * 2^scaleFactor rounded once. The result is computed exactly from
     * d's integer significand when it is representable; only a result below
     * the smallest subnormal's precision is rounded, by hand, half to even.
     */
    public static double scalb(double d, int scaleFactor) {
        if (d == 0.0 || !Double.isFinite(d))
            return d;
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long significand = bits & 0xfffffffffffffL;
        if (biased != 0)
            significand |= 0x10000000000000L;
        else
            biased = 1;
        // d = significand * 2^exponent, significand < 2^53
        int exponent = biased - 1075;
        int scale = Math.max(-3000, Math.min(3000, scaleFactor));
        int target = exponent + scale;
        int top = target + (63 - Long.numberOfLeadingZeros(significand));
        double magnitude;
        if (top > Double.MAX_EXPONENT) {
            magnitude = Double.POSITIVE_INFINITY;
        } else if (target >= -1074) {
            magnitude = significand; // exact
            while (target > 0) {
                int step = Math.min(target, 1000);
                magnitude *= powerOfTwoD(step);
                target -= step;
            }
            while (target < 0) {
                int step = Math.min(-target, 1000);
                magnitude *= powerOfTwoD(-step);
                target += step;
            }
        } else {
            int shift = -1074 - target;
            long kept;
            if (shift > 54) {
                kept = 0;
            } else {
                kept = significand >>> shift;
                long rest = significand & ((1L << shift) - 1);
                long half = 1L << (shift - 1);
                if (rest > half || (rest == half && (kept & 1) != 0))
                    kept++;
            }
            magnitude = kept * Double.MIN_VALUE; // exact
        }
        return bits < 0 ? -magnitude : magnitude;
    }

    public static float scalb(float f, int scaleFactor) {
        // The double product is exact for these ranges; one rounding to float.
        int scale = Math.max(-278, Math.min(278, scaleFactor));
        return (float) ((double) f * powerOfTwoD(scale));
    }

    /* 2^n for normal results (n in -1022..1023). */
    static double powerOfTwoD(int n) {
        return Double.longBitsToDouble((long) (n + 1023) << 52);
    }

    static float powerOfTwoF(int n) {
        return Float.intBitsToFloat((n + 127) << 23);
    }
}
