/*
 * Cortado class library: java.lang.Integer.
 *
 * Text conversions follow the JDK 17 API exactly, including the
 * NumberFormatException messages programs can print. Digits are parsed with
 * Character.digit, so any Unicode decimal digit is accepted, as in Java.
 */
package java.lang;

public final class Integer extends Number implements Comparable<Integer> {
    private static final long serialVersionUID = 1360826667806852920L;

    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    @SuppressWarnings("unchecked")
    public static final Class<Integer> TYPE = (Class<Integer>) Class.getPrimitiveClass("int");

    /* Digits for every radix up to Character.MAX_RADIX. */
    static final char[] digits = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b',
        'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n',
        'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'
    };

    private final int value;

    /** @deprecated use {@link #valueOf(int)} */
    @Deprecated
    public Integer(int value) {
        this.value = value;
    }

    /** @deprecated use {@link #parseInt(String)} */
    @Deprecated
    public Integer(String s) throws NumberFormatException {
        this.value = parseInt(s, 10);
    }

    /* ---- to text ---- */

    public static String toString(int i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
            radix = 10;
        if (radix == 10)
            return toString(i);
        char[] buf = new char[33];
        int pos = 32;
        boolean negative = i < 0;
        if (!negative)
            i = -i;
        // Work with the negative value: it also covers MIN_VALUE.
        while (i <= -radix) {
            buf[pos--] = digits[-(i % radix)];
            i = i / radix;
        }
        buf[pos] = digits[-i];
        if (negative)
            buf[--pos] = '-';
        return new String(buf, pos, 33 - pos);
    }

    public static String toUnsignedString(int i, int radix) {
        return Long.toUnsignedString(toUnsignedLong(i), radix);
    }

    public static String toHexString(int i) {
        return toUnsignedPowerOfTwo(i, 4);
    }

    public static String toOctalString(int i) {
        return toUnsignedPowerOfTwo(i, 3);
    }

    public static String toBinaryString(int i) {
        return toUnsignedPowerOfTwo(i, 1);
    }

    /* [i] as an unsigned number in radix 2^[shift]. */
    private static String toUnsignedPowerOfTwo(int i, int shift) {
        int length = Math.max((SIZE - numberOfLeadingZeros(i) + shift - 1) / shift, 1);
        char[] buf = new char[length];
        int mask = (1 << shift) - 1;
        for (int pos = length - 1; pos >= 0; pos--) {
            buf[pos] = digits[i & mask];
            i >>>= shift;
        }
        return new String(buf);
    }

    public static String toString(int i) {
        int size = stringSize(i);
        char[] buf = new char[size];
        getChars(i, size, buf);
        return new String(buf);
    }

    public static String toUnsignedString(int i) {
        return Long.toString(toUnsignedLong(i));
    }

    /* The number of characters of toString(x), sign included. */
    static int stringSize(int x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        int p = -10;
        for (int i = 1; i < 10; i++) {
            if (x > p)
                return i + d;
            p = 10 * p;
        }
        return 10 + d;
    }

    /* Writes the decimal digits of [i] (and its sign) into [buf], ending
     * just before [index]; returns the index of the first character. */
    static int getChars(int i, int index, char[] buf) {
        int pos = index;
        boolean negative = i < 0;
        if (!negative)
            i = -i;
        while (i <= -10) {
            int q = i / 10;
            buf[--pos] = (char) ('0' + (q * 10 - i));
            i = q;
        }
        buf[--pos] = (char) ('0' - i);
        if (negative)
            buf[--pos] = '-';
        return pos;
    }

    /* ---- from text ---- */

    static NumberFormatException forInputString(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\""
                + (radix == 10 ? "" : " under radix " + radix));
    }

    static NumberFormatException forCharSequence(CharSequence s, int beginIndex,
                                                 int endIndex, int errorIndex) {
        return new NumberFormatException("Error at index " + (errorIndex - beginIndex)
                + " in: \"" + s.subSequence(beginIndex, endIndex) + "\"");
    }

    static void checkRadix(int radix) {
        if (radix < Character.MIN_RADIX)
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        if (radix > Character.MAX_RADIX)
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
    }

    static void checkRange(CharSequence s, int beginIndex, int endIndex) {
        if (s == null)
            throw new NullPointerException();
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length())
            throw new IndexOutOfBoundsException();
    }

    public static int parseInt(String s, int radix) throws NumberFormatException {
        if (s == null)
            throw new NumberFormatException("Cannot parse null string");
        checkRadix(radix);
        int length = s.length();
        if (length == 0)
            throw forInputString(s, radix);
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            if (length == 1)
                throw forInputString(s, radix);
            i = 1;
        }
        // Accumulate negatively: the negative range is the larger one.
        int limit = negative ? MIN_VALUE : -MAX_VALUE;
        int multiplyLimit = limit / radix;
        int result = 0;
        while (i < length) {
            int digit = Character.digit(s.charAt(i++), radix);
            if (digit < 0 || result < multiplyLimit)
                throw forInputString(s, radix);
            result *= radix;
            if (result < limit + digit)
                throw forInputString(s, radix);
            result -= digit;
        }
        return negative ? result : -result;
    }

    public static int parseInt(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        checkRange(s, beginIndex, endIndex);
        checkRadix(radix);
        if (beginIndex == endIndex)
            throw forInputString("", radix);
        int i = beginIndex;
        boolean negative = false;
        char first = s.charAt(i);
        if (first < '0') {
            if (first == '-')
                negative = true;
            else if (first != '+')
                throw forCharSequence(s, beginIndex, endIndex, i);
            i++;
            if (i == endIndex)
                throw forCharSequence(s, beginIndex, endIndex, i);
        }
        int limit = negative ? MIN_VALUE : -MAX_VALUE;
        int multiplyLimit = limit / radix;
        int result = 0;
        while (i < endIndex) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multiplyLimit)
                throw forCharSequence(s, beginIndex, endIndex, i);
            result *= radix;
            if (result < limit + digit)
                throw forCharSequence(s, beginIndex, endIndex, i);
            result -= digit;
            i++;
        }
        return negative ? result : -result;
    }

    public static int parseInt(String s) throws NumberFormatException {
        return parseInt(s, 10);
    }

    public static int parseUnsignedInt(String s, int radix) throws NumberFormatException {
        if (s == null)
            throw new NumberFormatException("Cannot parse null string");
        int length = s.length();
        if (length == 0)
            throw forInputString(s, radix);
        if (s.charAt(0) == '-')
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        if (length <= 5 || (radix == 10 && length <= 9))
            return parseInt(s, radix); // cannot reach 2^31
        long value = Long.parseLong(s, radix);
        if ((value >>> 32) != 0)
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        return (int) value;
    }

    public static int parseUnsignedInt(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        checkRange(s, beginIndex, endIndex);
        int length = endIndex - beginIndex;
        if (length == 0)
            throw new NumberFormatException(""); // sic: JDK 17 gives no text here
        if (s.charAt(beginIndex) == '-')
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        if (length <= 5 || (radix == 10 && length <= 9))
            return parseInt(s, beginIndex, endIndex, radix);
        long value = Long.parseLong(s, beginIndex, endIndex, radix);
        if ((value >>> 32) != 0)
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        return (int) value;
    }

    public static int parseUnsignedInt(String s) throws NumberFormatException {
        return parseUnsignedInt(s, 10);
    }

    public static Integer valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseInt(s, radix));
    }

    public static Integer valueOf(String s) throws NumberFormatException {
        return valueOf(parseInt(s, 10));
    }

    /* Boxes for -128..127, shared as Java requires (JLS 5.1.7). */
    private static final class IntegerCache {
        static final Integer[] cache = new Integer[256];

        static {
            for (int i = 0; i < cache.length; i++)
                cache[i] = new Integer(i - 128);
        }
    }

    public static Integer valueOf(int i) {
        if (i >= -128 && i <= 127)
            return IntegerCache.cache[i + 128];
        return new Integer(i);
    }

    /*
     * The shared part of Integer/Long/Short/Byte.decode: the sign, the radix
     * prefix ("0x", "0X", "#" or "0") and the index of the first digit, as
     * {negative ? 1 : 0, radix, index}.
     */
    static int[] decodePrefix(String nm) {
        if (nm == null) // HotSpot's helpful message for the JDK's code
            throw new NullPointerException("Cannot invoke \"String.isEmpty()\" because \"nm\" is null");
        if (nm.isEmpty())
            throw new NumberFormatException("Zero length string");
        int index = 0;
        boolean negative = false;
        char first = nm.charAt(0);
        if (first == '-') {
            negative = true;
            index++;
        } else if (first == '+') {
            index++;
        }
        int radix = 10;
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index))
            throw new NumberFormatException("Sign character in wrong position");
        return new int[] {negative ? 1 : 0, radix, index};
    }

    public static Integer decode(String nm) throws NumberFormatException {
        int[] prefix = decodePrefix(nm);
        boolean negative = prefix[0] != 0;
        int radix = prefix[1];
        int index = prefix[2];
        try {
            int magnitude = parseInt(nm.substring(index), radix);
            return valueOf(negative ? -magnitude : magnitude);
        } catch (NumberFormatException e) {
            // MIN_VALUE has no positive counterpart: parse it signed.
            String text = negative ? "-" + nm.substring(index) : nm.substring(index);
            return valueOf(parseInt(text, radix));
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
        return value;
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
        return value;
    }

    public static int hashCode(int value) {
        return value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Integer && value == ((Integer) obj).intValue();
    }

    /* ---- system properties ---- */

    public static Integer getInteger(String nm) {
        return getInteger(nm, null);
    }

    public static Integer getInteger(String nm, int val) {
        Integer result = getInteger(nm, null);
        return result == null ? valueOf(val) : result;
    }

    public static Integer getInteger(String nm, Integer val) {
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

    public int compareTo(Integer anotherInteger) {
        return compare(value, anotherInteger.value);
    }

    public static int compare(int x, int y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    public static int compareUnsigned(int x, int y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long toUnsignedLong(int x) {
        return x & 0xffffffffL;
    }

    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    /* ---- bits ---- */

    public static int highestOneBit(int i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static int lowestOneBit(int i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(int i) {
        if (i <= 0)
            return i == 0 ? 32 : 0;
        int n = 31;
        if (i >= 1 << 16) { n -= 16; i >>>= 16; }
        if (i >= 1 << 8) { n -= 8; i >>>= 8; }
        if (i >= 1 << 4) { n -= 4; i >>>= 4; }
        if (i >= 1 << 2) { n -= 2; i >>>= 2; }
        return n - (i >>> 1);
    }

    public static int numberOfTrailingZeros(int i) {
        if (i == 0)
            return 32;
        return 31 - numberOfLeadingZeros(i & -i);
    }

    public static int bitCount(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0f0f0f0f;
        return (i * 0x01010101) >>> 24;
    }

    public static int rotateLeft(int i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static int rotateRight(int i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static int reverse(int i) {
        i = (i & 0x55555555) << 1 | (i >>> 1) & 0x55555555;
        i = (i & 0x33333333) << 2 | (i >>> 2) & 0x33333333;
        i = (i & 0x0f0f0f0f) << 4 | (i >>> 4) & 0x0f0f0f0f;
        return reverseBytes(i);
    }

    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24);
    }

    public static int sum(int a, int b) {
        return a + b;
    }

    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    public static int min(int a, int b) {
        return Math.min(a, b);
    }
}
