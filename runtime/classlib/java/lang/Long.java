/*
 * Cortado class library: java.lang.Long.
 *
 * Mirrors Integer (see there) for 64-bit values, with the unsigned
 * conversions done by exact long arithmetic rather than BigInteger.
 */
package java.lang;

public final class Long extends Number implements Comparable<Long> {
    private static final long serialVersionUID = 4290774380558885855L;

    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) Class.getPrimitiveClass("long");

    private final long value;

    /** @deprecated use {@link #valueOf(long)} */
    @Deprecated
    public Long(long value) {
        this.value = value;
    }

    /** @deprecated use {@link #parseLong(String)} */
    @Deprecated
    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    /* ---- to text ---- */

    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
            radix = 10;
        if (radix == 10)
            return toString(i);
        char[] buf = new char[65];
        int pos = 64;
        boolean negative = i < 0;
        if (!negative)
            i = -i;
        while (i <= -radix) {
            buf[pos--] = Integer.digits[(int) -(i % radix)];
            i = i / radix;
        }
        buf[pos] = Integer.digits[(int) -i];
        if (negative)
            buf[--pos] = '-';
        return new String(buf, pos, 65 - pos);
    }

    public static String toUnsignedString(long i, int radix) {
        if (i >= 0)
            return toString(i, radix);
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
            radix = 10;
        switch (radix) {
        case 2:
            return toBinaryString(i);
        case 4:
            return toUnsignedPowerOfTwo(i, 2);
        case 8:
            return toOctalString(i);
        case 16:
            return toHexString(i);
        case 32:
            return toUnsignedPowerOfTwo(i, 5);
        default:
            // Split off the last digit so the rest fits in a signed long.
            long quotient = divideUnsigned(i, radix);
            long remainder = i - quotient * radix;
            return toString(quotient, radix) + Integer.digits[(int) remainder];
        }
    }

    public static String toHexString(long i) {
        return toUnsignedPowerOfTwo(i, 4);
    }

    public static String toOctalString(long i) {
        return toUnsignedPowerOfTwo(i, 3);
    }

    public static String toBinaryString(long i) {
        return toUnsignedPowerOfTwo(i, 1);
    }

    private static String toUnsignedPowerOfTwo(long i, int shift) {
        int length = Math.max((SIZE - numberOfLeadingZeros(i) + shift - 1) / shift, 1);
        char[] buf = new char[length];
        int mask = (1 << shift) - 1;
        for (int pos = length - 1; pos >= 0; pos--) {
            buf[pos] = Integer.digits[(int) i & mask];
            i >>>= shift;
        }
        return new String(buf);
    }

    public static String toString(long i) {
        int size = stringSize(i);
        char[] buf = new char[size];
        getChars(i, size, buf);
        return new String(buf);
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    /* The number of characters of toString(x), sign included. */
    static int stringSize(long x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        long p = -10;
        for (int i = 1; i < 19; i++) {
            if (x > p)
                return i + d;
            p = 10 * p;
        }
        return 19 + d;
    }

    /* Writes the decimal digits of [i] (and its sign) into [buf], ending
     * just before [index]; returns the index of the first character. */
    static int getChars(long i, int index, char[] buf) {
        int pos = index;
        boolean negative = i < 0;
        if (!negative)
            i = -i;
        while (i <= Integer.MIN_VALUE) {
            long q = i / 10;
            buf[--pos] = (char) ('0' + (int) (q * 10 - i));
            i = q;
        }
        int small = (int) i;
        while (small <= -10) {
            int q = small / 10;
            buf[--pos] = (char) ('0' + (q * 10 - small));
            small = q;
        }
        buf[--pos] = (char) ('0' - small);
        if (negative)
            buf[--pos] = '-';
        return pos;
    }

    /* ---- from text ---- */

    public static long parseLong(String s, int radix) throws NumberFormatException {
        if (s == null)
            throw new NumberFormatException("Cannot parse null string");
        Integer.checkRadix(radix);
        int length = s.length();
        if (length == 0)
            throw Integer.forInputString(s, radix);
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            if (length == 1)
                throw Integer.forInputString(s, radix);
            i = 1;
        }
        long limit = negative ? MIN_VALUE : -MAX_VALUE;
        long multiplyLimit = limit / radix;
        long result = 0;
        while (i < length) {
            int digit = Character.digit(s.charAt(i++), radix);
            if (digit < 0 || result < multiplyLimit)
                throw Integer.forInputString(s, radix);
            result *= radix;
            if (result < limit + digit)
                throw Integer.forInputString(s, radix);
            result -= digit;
        }
        return negative ? result : -result;
    }

    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        Integer.checkRange(s, beginIndex, endIndex);
        Integer.checkRadix(radix);
        if (beginIndex == endIndex)
            throw new NumberFormatException(""); // sic: JDK 17 gives no text here
        int i = beginIndex;
        boolean negative = false;
        char first = s.charAt(i);
        if (first < '0') {
            if (first == '-')
                negative = true;
            else if (first != '+')
                throw Integer.forCharSequence(s, beginIndex, endIndex, i);
            i++;
            if (i == endIndex)
                throw Integer.forCharSequence(s, beginIndex, endIndex, i);
        }
        long limit = negative ? MIN_VALUE : -MAX_VALUE;
        long multiplyLimit = limit / radix;
        long result = 0;
        while (i < endIndex) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multiplyLimit)
                throw Integer.forCharSequence(s, beginIndex, endIndex, i);
            result *= radix;
            if (result < limit + digit)
                throw Integer.forCharSequence(s, beginIndex, endIndex, i);
            result -= digit;
            i++;
        }
        return negative ? result : -result;
    }

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        if (s == null)
            throw new NumberFormatException("Cannot parse null string");
        int length = s.length();
        if (length == 0)
            throw Integer.forInputString(s, radix);
        if (s.charAt(0) == '-')
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        if (length <= 12 || (radix == 10 && length <= 18))
            return parseLong(s, radix); // cannot reach 2^63
        // All but the last digit as a signed long, then the last digit.
        long first = parseLong(s, 0, length - 1, radix);
        int last = Character.digit(s.charAt(length - 1), radix);
        if (last < 0)
            throw new NumberFormatException("Bad digit at end of " + s);
        return combineUnsigned(first, last, radix, s);
    }

    public static long parseUnsignedLong(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        Integer.checkRange(s, beginIndex, endIndex);
        int length = endIndex - beginIndex;
        if (length == 0)
            throw Integer.forInputString("", radix);
        if (s.charAt(beginIndex) == '-')
            throw new NumberFormatException("Illegal leading minus sign on unsigned string "
                    + s.subSequence(beginIndex, endIndex) + ".");
        if (length <= 12 || (radix == 10 && length <= 18))
            return parseLong(s, beginIndex, endIndex, radix);
        long first = parseLong(s, beginIndex, endIndex - 1, radix);
        int last = Character.digit(s.charAt(endIndex - 1), radix);
        if (last < 0)
            throw new NumberFormatException("Bad digit at end of " + s.subSequence(beginIndex, endIndex));
        return combineUnsigned(first, last, radix, s.subSequence(beginIndex, endIndex));
    }

    /* [first] * [radix] + [last] as an unsigned long, or the JDK's overflow
     * exception. [first] >= 0 here (a sign would have been rejected). */
    private static long combineUnsigned(long first, int last, int radix, CharSequence text) {
        // Overflow unless first * radix + last < 2^64.
        long high = Math.multiplyHigh(first, radix);
        long low = first * radix;
        long result = low + last;
        boolean carry = compareUnsigned(result, low) < 0;
        if (high != 0 || carry)
            throw new NumberFormatException("String value " + text + " exceeds range of unsigned long.");
        return result;
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    private static final class LongCache {
        static final Long[] cache = new Long[256];

        static {
            for (int i = 0; i < cache.length; i++)
                cache[i] = new Long(i - 128);
        }
    }

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127)
            return LongCache.cache[(int) l + 128];
        return new Long(l);
    }

    public static Long decode(String nm) throws NumberFormatException {
        int[] prefix = Integer.decodePrefix(nm);
        boolean negative = prefix[0] != 0;
        int radix = prefix[1];
        int index = prefix[2];
        try {
            long magnitude = parseLong(nm.substring(index), radix);
            return valueOf(negative ? -magnitude : magnitude);
        } catch (NumberFormatException e) {
            String text = negative ? "-" + nm.substring(index) : nm.substring(index);
            return valueOf(parseLong(text, radix));
        }
    }

    /* ---- Number ---- */

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
        return value;
    }

    public float floatValue() {
        return value;
    }

    public double doubleValue() {
        return value;
    }

    public String toString() {
        return toString(value);
    }

    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    public boolean equals(Object obj) {
        return obj instanceof Long && value == ((Long) obj).longValue();
    }

    /* ---- system properties ---- */

    public static Long getLong(String nm) {
        return getLong(nm, null);
    }

    public static Long getLong(String nm, long val) {
        Long result = getLong(nm, null);
        return result == null ? valueOf(val) : result;
    }

    public static Long getLong(String nm, Long val) {
        String v = null;
        try {
            v = System.getProperty(nm);
        } catch (IllegalArgumentException e) {
            // empty name
        } catch (NullPointerException e) {
            // null name
        }
        if (v != null) {
            try {
                return decode(v);
            } catch (NumberFormatException e) {
                // not a number: the default
            }
        }
        return val;
    }

    /* ---- comparison and arithmetic ---- */

    public int compareTo(Long anotherLong) {
        return compare(value, anotherLong.value);
    }

    public static int compare(long x, long y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) // divisor >= 2^63: the quotient is 0 or 1
            return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        if (dividend >= 0)
            return dividend / divisor;
        // Halve the dividend, divide, then fix the one-off error.
        long quotient = ((dividend >>> 1) / divisor) << 1;
        long remainder = dividend - quotient * divisor;
        return quotient + (compareUnsigned(remainder, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        if (divisor < 0)
            return compareUnsigned(dividend, divisor) < 0 ? dividend : dividend - divisor;
        if (dividend >= 0)
            return dividend % divisor;
        long quotient = ((dividend >>> 1) / divisor) << 1;
        long remainder = dividend - quotient * divisor;
        return compareUnsigned(remainder, divisor) >= 0 ? remainder - divisor : remainder;
    }

    /* ---- bits ---- */

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(long i) {
        int high = (int) (i >>> 32);
        return high == 0 ? 32 + Integer.numberOfLeadingZeros((int) i)
                         : Integer.numberOfLeadingZeros(high);
    }

    public static int numberOfTrailingZeros(long i) {
        int low = (int) i;
        return low == 0 ? 32 + Integer.numberOfTrailingZeros((int) (i >>> 32))
                        : Integer.numberOfTrailingZeros(low);
    }

    public static int bitCount(long i) {
        return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32));
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static long reverse(long i) {
        return ((long) Integer.reverse((int) i) << 32) | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    public static long reverseBytes(long i) {
        return ((long) Integer.reverseBytes((int) i) << 32)
                | (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }
}
