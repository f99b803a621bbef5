/*
 * Cortado class library: java.lang.Double.
 *
 * The bit conversions, toString and parsing are natives
 * (runtime/natives_number.c over runtime/fpconv.c): toString prints the
 * shortest decimal that rounds to the value, as the Java SE 19+
 * specification requires (JDK 17 itself prints a longer decimal for a few
 * values, such as 2.0E23); parsing is correctly rounded.
 */
package java.lang;

public final class Double extends Number implements Comparable<Double> {
    private static final long serialVersionUID = -9172774392245257468L;

    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    @SuppressWarnings("unchecked")
    public static final Class<Double> TYPE = (Class<Double>) Class.getPrimitiveClass("double");

    private final double value;

    /** @deprecated use {@link #valueOf(double)} */
    @Deprecated
    public Double(double value) {
        this.value = value;
    }

    /** @deprecated use {@link #parseDouble(String)} */
    @Deprecated
    public Double(String s) throws NumberFormatException {
        this(parseDouble(s));
    }

    public static native String toString(double d);

    public static String toHexString(double d) {
        if (isNaN(d))
            return "NaN";
        if (isInfinite(d))
            return d > 0 ? "Infinity" : "-Infinity";
        long bits = doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0)
            return sign + "0x0.0p0";
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & 0xfffffffffffffL;
        return sign + (biased == 0 ? "0x0." : "0x1.") + hexFraction(fraction, 13)
                + "p" + (biased == 0 ? MIN_EXPONENT : biased - 1023);
    }

    /* The [digits] hex digits of [fraction] without trailing zeros (at
     * least one digit). Float.toHexString uses it too. */
    static String hexFraction(long fraction, int digits) {
        char[] buf = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            buf[i] = Integer.digits[(int) fraction & 0xf];
            fraction >>>= 4;
        }
        int end = digits;
        while (end > 1 && buf[end - 1] == '0')
            end--;
        return new String(buf, 0, end);
    }

    public static Double valueOf(String s) throws NumberFormatException {
        return new Double(parseDouble(s));
    }

    public static Double valueOf(double d) {
        return new Double(d);
    }

    public static double parseDouble(String s) throws NumberFormatException {
        if (s == null) // HotSpot's helpful message for the JDK's code
            throw new NullPointerException("Cannot invoke \"String.trim()\" because \"in\" is null");
        return parse(s);
    }

    /* Java's grammar (Double.valueOf), correctly rounded; throws
     * NumberFormatException ("empty String", "For input string: ..."). */
    private static native double parse(String s);

    public static boolean isNaN(double v) {
        return v != v;
    }

    public static boolean isInfinite(double v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    public static boolean isFinite(double d) {
        return Math.abs(d) <= MAX_VALUE;
    }

    public boolean isNaN() {
        return isNaN(value);
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

    public String toString() {
        return toString(value);
    }

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return (long) value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return value;
    }

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(double value) {
        long bits = doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }

    public boolean equals(Object obj) {
        return obj instanceof Double
                && doubleToLongBits(((Double) obj).value) == doubleToLongBits(value);
    }

    public static long doubleToLongBits(double value) {
        if (value != value)
            return 0x7ff8000000000000L;
        return doubleToRawLongBits(value);
    }

    public static native long doubleToRawLongBits(double value);

    public static native double longBitsToDouble(long bits);

    public int compareTo(Double anotherDouble) {
        return compare(value, anotherDouble.value);
    }

    public static int compare(double d1, double d2) {
        if (d1 < d2)
            return -1;
        if (d1 > d2)
            return 1;
        // Equal, zeros of either sign, or NaN: order by canonical bits
        // (-0.0 < 0.0 < NaN).
        long bits1 = doubleToLongBits(d1);
        long bits2 = doubleToLongBits(d2);
        return bits1 == bits2 ? 0 : (bits1 < bits2 ? -1 : 1);
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }
}
