/*
 * Cortado class library: java.lang.Float.
 *
 * toString prints the shortest decimal that rounds to the float (in float
 * precision), and parsing rounds directly to float: both are natives
 * (runtime/natives_number.c over runtime/fpconv.c).
 */
package java.lang;

public final class Float extends Number implements Comparable<Float> {
    private static final long serialVersionUID = -2671257302660747028L;

    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    public static final float NaN = 0.0f / 0.0f;
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    public static final float MIN_NORMAL = 0x1.0p-126f;
    public static final float MIN_VALUE = 0x0.000002P-126f;
    public static final int MAX_EXPONENT = 127;
    public static final int MIN_EXPONENT = -126;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    @SuppressWarnings("unchecked")
    public static final Class<Float> TYPE = (Class<Float>) Class.getPrimitiveClass("float");

    private final float value;

    /** @deprecated use {@link #valueOf(float)} */
    @Deprecated
    public Float(float value) {
        this.value = value;
    }

    /** @deprecated use {@link #valueOf(float)} */
    @Deprecated
    public Float(double value) {
        this.value = (float) value;
    }

    /** @deprecated use {@link #parseFloat(String)} */
    @Deprecated
    public Float(String s) throws NumberFormatException {
        this.value = parseFloat(s);
    }

    public static native String toString(float f);

    public static String toHexString(float f) {
        if (isNaN(f))
            return "NaN";
        if (isInfinite(f))
            return f > 0 ? "Infinity" : "-Infinity";
        int bits = floatToRawIntBits(f);
        String sign = bits < 0 ? "-" : "";
        if (f == 0)
            return sign + "0x0.0p0";
        int biased = (bits >>> 23) & 0xff;
        // 23 fraction bits, shifted to fill six hex digits
        long fraction = (bits & 0x7fffffL) << 1;
        return sign + (biased == 0 ? "0x0." : "0x1.") + Double.hexFraction(fraction, 6)
                + "p" + (biased == 0 ? MIN_EXPONENT : biased - 127);
    }

    public static Float valueOf(String s) throws NumberFormatException {
        return new Float(parseFloat(s));
    }

    public static Float valueOf(float f) {
        return new Float(f);
    }

    public static float parseFloat(String s) throws NumberFormatException {
        if (s == null) // HotSpot's helpful message for the JDK's code
            throw new NullPointerException("Cannot invoke \"String.trim()\" because \"in\" is null");
        return parse(s);
    }

    /* Java's grammar (Float.valueOf), rounded once, to float; throws
     * NumberFormatException ("empty String", "For input string: ..."). */
    private static native float parse(String s);

    public static boolean isNaN(float v) {
        return v != v;
    }

    public static boolean isInfinite(float v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    public static boolean isFinite(float f) {
        return Math.abs(f) <= MAX_VALUE;
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
        return value;
    }

    public double doubleValue() {
        return value;
    }

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(float value) {
        return floatToIntBits(value);
    }

    public boolean equals(Object obj) {
        return obj instanceof Float
                && floatToIntBits(((Float) obj).value) == floatToIntBits(value);
    }

    public static int floatToIntBits(float value) {
        if (value != value)
            return 0x7fc00000;
        return floatToRawIntBits(value);
    }

    public static native int floatToRawIntBits(float value);

    public static native float intBitsToFloat(int bits);

    public int compareTo(Float anotherFloat) {
        return compare(value, anotherFloat.value);
    }

    public static int compare(float f1, float f2) {
        if (f1 < f2)
            return -1;
        if (f1 > f2)
            return 1;
        int bits1 = floatToIntBits(f1);
        int bits2 = floatToIntBits(f2);
        return bits1 == bits2 ? 0 : (bits1 < bits2 ? -1 : 1);
    }

    public static float sum(float a, float b) {
        return a + b;
    }

    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    public static float min(float a, float b) {
        return Math.min(a, b);
    }
}
