/*
 * Cortado class library: java.lang.Character.
 *
 * The Unicode properties come from CharacterData, generated from JDK 17's
 * own Character by tools/gen_chardata/GenCharData.java as runs of equal
 * values; they are decoded on first use (one holder class per kind of
 * table) and searched by binary search, with direct answers for ASCII
 * where that is simple. Code points outside 0..0x10FFFF behave as
 * unassigned, as in the JDK.
 */
package java.lang;

public final class Character implements java.io.Serializable, Comparable<Character> {
    private static final long serialVersionUID = 3786198910865385080L;

    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';

    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.getPrimitiveClass("char");

    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    public static final byte DIRECTIONALITY_UNDEFINED = -1;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT = 0;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT = 1;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC = 2;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER = 3;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR = 4;
    public static final byte DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR = 5;
    public static final byte DIRECTIONALITY_ARABIC_NUMBER = 6;
    public static final byte DIRECTIONALITY_COMMON_NUMBER_SEPARATOR = 7;
    public static final byte DIRECTIONALITY_NONSPACING_MARK = 8;
    public static final byte DIRECTIONALITY_BOUNDARY_NEUTRAL = 9;
    public static final byte DIRECTIONALITY_PARAGRAPH_SEPARATOR = 10;
    public static final byte DIRECTIONALITY_SEGMENT_SEPARATOR = 11;
    public static final byte DIRECTIONALITY_WHITESPACE = 12;
    public static final byte DIRECTIONALITY_OTHER_NEUTRALS = 13;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING = 14;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE = 15;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING = 16;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE = 17;
    public static final byte DIRECTIONALITY_POP_DIRECTIONAL_FORMAT = 18;
    public static final byte DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE = 19;
    public static final byte DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE = 20;
    public static final byte DIRECTIONALITY_FIRST_STRONG_ISOLATE = 21;
    public static final byte DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE = 22;

    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private final char value;

    /** @deprecated use {@link #valueOf(char)} */
    @Deprecated
    public Character(char value) {
        this.value = value;
    }

    private static final class CharacterCache {
        static final Character[] cache = new Character[128];

        static {
            for (int i = 0; i < cache.length; i++)
                cache[i] = new Character((char) i);
        }
    }

    public static Character valueOf(char c) {
        if (c < 128)
            return CharacterCache.cache[c];
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    public int hashCode() {
        return value;
    }

    public static int hashCode(char value) {
        return value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Character && value == ((Character) obj).charValue();
    }

    public String toString() {
        return toString(value);
    }

    public static String toString(char c) {
        return new String(new char[] {c});
    }

    public static String toString(int codePoint) {
        return new String(toChars(codePoint));
    }

    public int compareTo(Character anotherCharacter) {
        return compare(value, anotherCharacter.value);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xff00) >> 8) | (ch << 8));
    }

    /* ---- code points and surrogates ---- */

    public static boolean isValidCodePoint(int codePoint) {
        return (codePoint >>> 16) < ((MAX_CODE_POINT + 1) >>> 16);
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint < MAX_CODE_POINT + 1;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE)
                + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    public static int codePointAt(CharSequence seq, int index) {
        char high = seq.charAt(index);
        if (isHighSurrogate(high) && ++index < seq.length()) {
            char low = seq.charAt(index);
            if (isLowSurrogate(low))
                return toCodePoint(high, low);
        }
        return high;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAtChecked(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        // A negative index is left to the array access, as in the JDK.
        if (index >= limit || limit < 0 || limit > a.length)
            throw new IndexOutOfBoundsException();
        return codePointAtChecked(a, index, limit);
    }

    private static int codePointAtChecked(char[] a, int index, int limit) {
        char high = a[index];
        if (isHighSurrogate(high) && ++index < limit) {
            char low = a[index];
            if (isLowSurrogate(low))
                return toCodePoint(high, low);
        }
        return high;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char low = seq.charAt(--index);
        if (isLowSurrogate(low) && index > 0) {
            char high = seq.charAt(--index);
            if (isHighSurrogate(high))
                return toCodePoint(high, low);
        }
        return low;
    }

    public static int codePointBefore(char[] a, int index) {
        return codePointBeforeChecked(a, index, 0);
    }

    public static int codePointBefore(char[] a, int index, int start) {
        if (index <= start || start < 0 || start >= a.length)
            throw new IndexOutOfBoundsException();
        return codePointBeforeChecked(a, index, start);
    }

    private static int codePointBeforeChecked(char[] a, int index, int start) {
        char low = a[--index];
        if (isLowSurrogate(low) && index > start) {
            char high = a[--index];
            if (isHighSurrogate(high))
                return toCodePoint(high, low);
        }
        return low;
    }

    private static IllegalArgumentException invalidCodePoint(int codePoint) {
        String hex = Integer.toHexString(codePoint);
        char[] upper = new char[hex.length()];
        for (int i = 0; i < upper.length; i++) {
            char ch = hex.charAt(i);
            upper[i] = ch >= 'a' ? (char) (ch - 'a' + 'A') : ch;
        }
        return new IllegalArgumentException("Not a valid Unicode code point: 0x" + new String(upper));
    }

    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        if (!isValidCodePoint(codePoint))
            throw invalidCodePoint(codePoint);
        dst[dstIndex + 1] = lowSurrogate(codePoint);
        dst[dstIndex] = highSurrogate(codePoint);
        return 2;
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint))
            return new char[] {(char) codePoint};
        if (!isValidCodePoint(codePoint))
            throw invalidCodePoint(codePoint);
        return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        int length = seq.length();
        if (beginIndex < 0 || endIndex > length || beginIndex > endIndex)
            throw new IndexOutOfBoundsException();
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex;) {
            if (isHighSurrogate(seq.charAt(i++)) && i < endIndex && isLowSurrogate(seq.charAt(i))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int codePointCount(char[] a, int offset, int count) {
        if (count > a.length - offset || offset < 0 || count < 0)
            throw new IndexOutOfBoundsException();
        int endIndex = offset + count;
        int n = count;
        for (int i = offset; i < endIndex;) {
            if (isHighSurrogate(a[i++]) && i < endIndex && isLowSurrogate(a[i])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length)
            throw new IndexOutOfBoundsException();
        int x = index;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < length && i < codePointOffset; i++) {
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x)))
                    x++;
            }
            if (i < codePointOffset)
                throw new IndexOutOfBoundsException();
        } else {
            int i;
            for (i = codePointOffset; x > 0 && i < 0; i++) {
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1)))
                    x--;
            }
            if (i < 0)
                throw new IndexOutOfBoundsException();
        }
        return x;
    }

    public static int offsetByCodePoints(char[] a, int start, int count, int index,
                                         int codePointOffset) {
        if (count > a.length - start || start < 0 || count < 0
                || index < start || index > start + count)
            throw new IndexOutOfBoundsException();
        int x = index;
        int limit = start + count;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < limit && i < codePointOffset; i++) {
                if (isHighSurrogate(a[x++]) && x < limit && isLowSurrogate(a[x]))
                    x++;
            }
            if (i < codePointOffset)
                throw new IndexOutOfBoundsException();
        } else {
            int i;
            for (i = codePointOffset; x > start && i < 0; i++) {
                if (isLowSurrogate(a[--x]) && x > start && isHighSurrogate(a[x - 1]))
                    x--;
            }
            if (i < 0)
                throw new IndexOutOfBoundsException();
        }
        return x;
    }

    /* ---- the Unicode tables ---- */

    /* Flag bits of CharacterData.PROPERTIES above the 5-bit category. */
    private static final int P_LOWER = 1 << 5;
    private static final int P_UPPER = 1 << 6;
    private static final int P_ALPHABETIC = 1 << 7;
    private static final int P_IDEOGRAPHIC = 1 << 8;
    private static final int P_JAVA_START = 1 << 9;
    private static final int P_JAVA_PART = 1 << 10;
    private static final int P_UNICODE_START = 1 << 11;
    private static final int P_UNICODE_PART = 1 << 12;
    private static final int P_IGNORABLE = 1 << 13;
    private static final int P_WHITESPACE = 1 << 14;
    private static final int P_MIRRORED = 1 << 15;

    /* A table of runs: sorted starts and, per run, [width] ints of data. */
    private static final class Runs {
        final int[] starts;
        final int[] data;
        final int width;

        /* Decodes [text]: each run is a two-unit start then [fields]
         * fields of [fieldUnits[i]] units each (1 or 2). */
        Runs(String text, int[] fieldUnits) {
            int runUnits = 2;
            for (int i = 0; i < fieldUnits.length; i++)
                runUnits += fieldUnits[i];
            int count = text.length() / runUnits;
            starts = new int[count];
            width = fieldUnits.length;
            data = new int[count * width];
            int pos = 0;
            for (int run = 0; run < count; run++) {
                starts[run] = text.charAt(pos) << 16 | text.charAt(pos + 1);
                pos += 2;
                for (int f = 0; f < width; f++) {
                    int value;
                    if (fieldUnits[f] == 2) {
                        value = text.charAt(pos) << 16 | text.charAt(pos + 1);
                        pos += 2;
                    } else {
                        value = text.charAt(pos++);
                    }
                    data[run * width + f] = value;
                }
            }
        }

        /* The index of the last run starting at or before [cp], or -1. */
        int find(int cp) {
            int low = 0, high = starts.length - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] <= cp)
                    low = middle + 1;
                else
                    high = middle - 1;
            }
            return high;
        }
    }

    private static final class Properties {
        static final Runs RUNS = new Runs(CharacterData.PROPERTIES, new int[] {1});
        static final char[] LATIN1 = new char[256];

        static {
            for (int cp = 0; cp < 256; cp++)
                LATIN1[cp] = (char) RUNS.data[RUNS.find(cp)];
        }
    }

    private static int properties(int codePoint) {
        if (codePoint >= 0 && codePoint < 256)
            return Properties.LATIN1[codePoint];
        if (!isValidCodePoint(codePoint))
            return 0;
        Runs runs = Properties.RUNS;
        return runs.data[runs.find(codePoint)];
    }

    private static final class CaseMaps {
        static final int[] FIELDS = {1, 1, 2}; // count, stride, delta
        static final Runs UPPER = new Runs(CharacterData.UPPER, FIELDS);
        static final Runs LOWER = new Runs(CharacterData.LOWER, FIELDS);
        static final Runs TITLE = new Runs(CharacterData.TITLE, FIELDS);
    }

    private static int mapCase(Runs runs, int codePoint) {
        int run = runs.find(codePoint);
        if (run < 0)
            return codePoint;
        int offset = codePoint - runs.starts[run];
        int count = runs.data[run * 3];
        int stride = runs.data[run * 3 + 1];
        if (offset % stride != 0 || offset / stride >= count)
            return codePoint;
        return codePoint + runs.data[run * 3 + 2];
    }

    private static final class Digits {
        static final Runs RUNS = new Runs(CharacterData.DIGIT, new int[] {1, 1}); // count, first
    }

    private static final class Numerics {
        // count, step, first value
        static final Runs RUNS = new Runs(CharacterData.NUMERIC, new int[] {1, 1, 2});
    }

    /* Character.digit(codePoint, 36): 0..35, or -1. */
    private static int digitValue(int codePoint) {
        if (codePoint < 128) {
            if (codePoint >= '0' && codePoint <= '9')
                return codePoint - '0';
            if (codePoint >= 'a' && codePoint <= 'z')
                return codePoint - 'a' + 10;
            if (codePoint >= 'A' && codePoint <= 'Z')
                return codePoint - 'A' + 10;
            return -1;
        }
        if (codePoint > MAX_CODE_POINT)
            return -1;
        Runs runs = Digits.RUNS;
        int run = runs.find(codePoint);
        if (run < 0)
            return -1;
        int offset = codePoint - runs.starts[run];
        if (offset >= runs.data[run * 2])
            return -1;
        return runs.data[run * 2 + 1] + offset;
    }

    /* ---- classification ---- */

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    public static boolean isLowerCase(int codePoint) {
        return (properties(codePoint) & P_LOWER) != 0;
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    public static boolean isUpperCase(int codePoint) {
        return (properties(codePoint) & P_UPPER) != 0;
    }

    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    public static boolean isTitleCase(int codePoint) {
        return getType(codePoint) == TITLECASE_LETTER;
    }

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    public static boolean isDigit(int codePoint) {
        return getType(codePoint) == DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    public static boolean isDefined(int codePoint) {
        return getType(codePoint) != UNASSIGNED;
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int codePoint) {
        int type = getType(codePoint);
        return type >= UPPERCASE_LETTER && type <= OTHER_LETTER;
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int codePoint) {
        int type = getType(codePoint);
        return (type >= UPPERCASE_LETTER && type <= OTHER_LETTER) || type == DECIMAL_DIGIT_NUMBER;
    }

    /** @deprecated use {@link #isJavaIdentifierStart(char)} */
    @Deprecated
    public static boolean isJavaLetter(char ch) {
        return isJavaIdentifierStart(ch);
    }

    /** @deprecated use {@link #isJavaIdentifierPart(char)} */
    @Deprecated
    public static boolean isJavaLetterOrDigit(char ch) {
        return isJavaIdentifierPart(ch);
    }

    public static boolean isAlphabetic(int codePoint) {
        return (properties(codePoint) & P_ALPHABETIC) != 0;
    }

    public static boolean isIdeographic(int codePoint) {
        return (properties(codePoint) & P_IDEOGRAPHIC) != 0;
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    public static boolean isJavaIdentifierStart(int codePoint) {
        return (properties(codePoint) & P_JAVA_START) != 0;
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    public static boolean isJavaIdentifierPart(int codePoint) {
        return (properties(codePoint) & P_JAVA_PART) != 0;
    }

    public static boolean isUnicodeIdentifierStart(char ch) {
        return isUnicodeIdentifierStart((int) ch);
    }

    public static boolean isUnicodeIdentifierStart(int codePoint) {
        return (properties(codePoint) & P_UNICODE_START) != 0;
    }

    public static boolean isUnicodeIdentifierPart(char ch) {
        return isUnicodeIdentifierPart((int) ch);
    }

    public static boolean isUnicodeIdentifierPart(int codePoint) {
        return (properties(codePoint) & P_UNICODE_PART) != 0;
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    public static boolean isIdentifierIgnorable(int codePoint) {
        return (properties(codePoint) & P_IGNORABLE) != 0;
    }

    public static boolean isMirrored(char ch) {
        return isMirrored((int) ch);
    }

    public static boolean isMirrored(int codePoint) {
        return (properties(codePoint) & P_MIRRORED) != 0;
    }

    /** @deprecated use {@link #isWhitespace(char)} */
    @Deprecated
    public static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r';
    }

    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    public static boolean isSpaceChar(int codePoint) {
        int type = getType(codePoint);
        return type == SPACE_SEPARATOR || type == LINE_SEPARATOR || type == PARAGRAPH_SEPARATOR;
    }

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    public static boolean isWhitespace(int codePoint) {
        return (properties(codePoint) & P_WHITESPACE) != 0;
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int codePoint) {
        return codePoint <= 0x9f && (codePoint >= 0x7f || (codePoint >>> 5 == 0));
    }

    public static int getType(char ch) {
        return getType((int) ch);
    }

    public static int getType(int codePoint) {
        return properties(codePoint) & 0x1f;
    }

    /* ---- case mapping ---- */

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    public static int toLowerCase(int codePoint) {
        if (codePoint < 128)
            return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + 32 : codePoint;
        if (codePoint > MAX_CODE_POINT)
            return codePoint;
        return mapCase(CaseMaps.LOWER, codePoint);
    }

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    public static int toUpperCase(int codePoint) {
        if (codePoint < 128)
            return codePoint >= 'a' && codePoint <= 'z' ? codePoint - 32 : codePoint;
        if (codePoint > MAX_CODE_POINT)
            return codePoint;
        return mapCase(CaseMaps.UPPER, codePoint);
    }

    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }

    public static int toTitleCase(int codePoint) {
        if (codePoint < 128)
            return codePoint >= 'a' && codePoint <= 'z' ? codePoint - 32 : codePoint;
        if (codePoint > MAX_CODE_POINT)
            return codePoint;
        return mapCase(CaseMaps.TITLE, codePoint);
    }

    /* ---- digits and numbers ---- */

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX)
            return -1;
        int value = digitValue(codePoint);
        return value < radix ? value : -1;
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    public static int getNumericValue(int codePoint) {
        if (codePoint < 128)
            return digitValue(codePoint);
        if (codePoint > MAX_CODE_POINT)
            return -1;
        Runs runs = Numerics.RUNS;
        int run = runs.find(codePoint);
        if (run < 0)
            return -1;
        int offset = codePoint - runs.starts[run];
        if (offset >= runs.data[run * 3])
            return -1;
        return runs.data[run * 3 + 2] + runs.data[run * 3 + 1] * offset;
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX)
            return '\0';
        return (char) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
    }
}
