/*
 * AbstractStringBuilder - the mutable char sequence behind StringBuilder and
 * StringBuffer.
 *
 * Capacity grows as the JDK's does (to twice the old capacity plus two, or
 * to what is needed if that is more), since programs print capacity().
 */
package java.lang;

abstract class AbstractStringBuilder implements Appendable, CharSequence {
    char[] value;
    int count;

    /* The largest array the JDK asks for when growing (ArraysSupport). */
    private static final int SOFT_MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    AbstractStringBuilder() {
        value = new char[0];
    }

    AbstractStringBuilder(int capacity) {
        if (capacity < 0)
            throw new NegativeArraySizeException(Integer.toString(capacity));
        value = new char[capacity];
    }

    AbstractStringBuilder(String str) {
        int length = str.length();
        value = new char[length < Integer.MAX_VALUE - 16 ? length + 16
                                                         : Integer.MAX_VALUE];
        append(str);
    }

    AbstractStringBuilder(CharSequence seq) {
        int length = seq.length();
        value = new char[length < Integer.MAX_VALUE - 16 ? length + 16
                                                         : Integer.MAX_VALUE];
        append(seq);
    }

    /* ---- bounds checks with the JDK's messages ---- */

    /* A range of this builder (or of an argument char[]). */
    static void checkRangeSIOOBE(int start, int end, int length) {
        if (start < 0 || start > end || end > length)
            throw new StringIndexOutOfBoundsException(
                "start " + start + ", end " + end + ", length " + length);
    }

    /* A range of an argument sequence or destination array. */
    static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length)
            throw new IndexOutOfBoundsException(
                "start " + start + ", end " + end + ", length " + length);
    }

    /* ---- size ---- */

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > 0)
            ensureCapacityInternal(minimumCapacity);
    }

    private void ensureCapacityInternal(int minimumCapacity) {
        if (minimumCapacity - value.length > 0) {
            char[] bigger = new char[newCapacity(minimumCapacity)];
            System.arraycopy(value, 0, bigger, 0, count);
            value = bigger;
        }
    }

    private int newCapacity(int minCapacity) {
        int oldLength = value.length;
        int minGrowth = minCapacity - oldLength;
        int prefGrowth = oldLength + 2;
        int newLength = oldLength + Math.max(minGrowth, prefGrowth);
        if (newLength > 0 && newLength <= SOFT_MAX_ARRAY_LENGTH)
            return newLength;
        int minLength = oldLength + minGrowth;
        if (minLength < 0)
            throw new OutOfMemoryError("Required array length " + oldLength
                                       + " + " + minGrowth + " is too large");
        return Math.max(minLength, SOFT_MAX_ARRAY_LENGTH);
    }

    public void trimToSize() {
        if (count < value.length) {
            char[] smaller = new char[count];
            System.arraycopy(value, 0, smaller, 0, count);
            value = smaller;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0)
            throw new StringIndexOutOfBoundsException(newLength);
        ensureCapacityInternal(newLength);
        for (int i = count; i < newLength; i++)
            value[i] = '\0';
        count = newLength;
    }

    /* ---- reading ---- */

    public char charAt(int index) {
        String.checkIndex(index, count);
        return value[index];
    }

    public int codePointAt(int index) {
        String.checkIndex(index, count);
        return StringCase.codePointAt(value, index, count);
    }

    public int codePointBefore(int index) {
        if (index < 1 || index > count)
            throw new StringIndexOutOfBoundsException(index);
        return StringCase.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || endIndex > count || beginIndex > endIndex)
            throw new IndexOutOfBoundsException();
        return String.codePointCount(value, beginIndex, endIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > count)
            throw new IndexOutOfBoundsException();
        return String.offsetByCodePoints(value, count, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRangeSIOOBE(srcBegin, srcEnd, count);
        int n = srcEnd - srcBegin;
        checkRange(dstBegin, dstBegin + n, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, n);
    }

    public void setCharAt(int index, char ch) {
        String.checkIndex(index, count);
        value[index] = ch;
    }

    /* The chars in use are value[0, count); for String(StringBuilder). */
    final char[] getValue() {
        return value;
    }

    /* ---- appending ---- */

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public AbstractStringBuilder append(String str) {
        if (str == null)
            return appendNull();
        char[] chars = str.value();
        int len = chars.length;
        if (count + len - value.length > 0)
            ensureCapacityInternal(count + len);
        System.arraycopy(chars, 0, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(StringBuffer sb) {
        return append((AbstractStringBuilder) sb);
    }

    AbstractStringBuilder append(AbstractStringBuilder asb) {
        if (asb == null)
            return appendNull();
        int len = asb.length();
        ensureCapacityInternal(count + len);
        asb.getChars(0, len, value, count);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(CharSequence s) {
        if (s == null)
            return appendNull();
        if (s instanceof String)
            return append((String) s);
        if (s instanceof AbstractStringBuilder)
            return append((AbstractStringBuilder) s);
        return append(s, 0, s.length());
    }

    private AbstractStringBuilder appendNull() {
        ensureCapacityInternal(count + 4);
        value[count++] = 'n';
        value[count++] = 'u';
        value[count++] = 'l';
        value[count++] = 'l';
        return this;
    }

    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null)
            s = "null";
        checkRange(start, end, s.length());
        int len = end - start;
        ensureCapacityInternal(count + len);
        if (s instanceof String) {
            ((String) s).getChars(start, end, value, count);
        } else {
            for (int i = start; i < end; i++)
                value[count + i - start] = s.charAt(i);
        }
        count += len;
        return this;
    }

    public AbstractStringBuilder append(char[] str) {
        int len = str.length;
        ensureCapacityInternal(count + len);
        System.arraycopy(str, 0, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        checkRange(offset, end, str.length);
        ensureCapacityInternal(count + len);
        System.arraycopy(str, offset, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public AbstractStringBuilder append(char c) {
        if (count == value.length)
            ensureCapacityInternal(count + 1);
        value[count++] = c;
        return this;
    }

    public AbstractStringBuilder append(int i) {
        return append(Integer.toString(i));
    }

    public AbstractStringBuilder append(long l) {
        return append(Long.toString(l));
    }

    public AbstractStringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public AbstractStringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000)
            return append((char) codePoint);
        if (codePoint < 0 || codePoint > 0x10FFFF)
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x"
                + Integer.toHexString(codePoint).toUpperCase());
        ensureCapacityInternal(count + 2);
        value[count++] = Character.highSurrogate(codePoint);
        value[count++] = Character.lowSurrogate(codePoint);
        return this;
    }

    /* ---- removing and replacing ---- */

    public AbstractStringBuilder delete(int start, int end) {
        if (end > count)
            end = count;
        checkRangeSIOOBE(start, end, count);
        int len = end - start;
        if (len > 0) {
            System.arraycopy(value, end, value, start, count - end);
            count -= len;
        }
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        String.checkIndex(index, count);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        if (end > count)
            end = count;
        checkRangeSIOOBE(start, end, count);
        int len = str.length();
        int newCount = count + len - (end - start);
        ensureCapacityInternal(newCount);
        System.arraycopy(value, end, value, start + len, count - end);
        str.getChars(0, len, value, start);
        count = newCount;
        return this;
    }

    /* ---- substrings ---- */

    public String substring(int start) {
        return substring(start, count);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public String substring(int start, int end) {
        checkRangeSIOOBE(start, end, count);
        return new String(value, start, end - start);
    }

    /* ---- inserting ---- */

    /* Opens a gap of [len] chars at [offset] (already checked). */
    private void openGap(int offset, int len) {
        ensureCapacityInternal(count + len);
        System.arraycopy(value, offset, value, offset + len, count - offset);
        count += len;
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset,
                                        int len) {
        String.checkOffset(index, count);
        checkRangeSIOOBE(offset, offset + len, str.length);
        openGap(index, len);
        System.arraycopy(str, offset, value, index, len);
        return this;
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int offset, String str) {
        String.checkOffset(offset, count);
        if (str == null)
            str = "null";
        int len = str.length();
        openGap(offset, len);
        str.getChars(0, len, value, offset);
        return this;
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        String.checkOffset(offset, count);
        int len = str.length;
        openGap(offset, len);
        System.arraycopy(str, 0, value, offset, len);
        return this;
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null)
            s = "null";
        if (s instanceof String)
            return insert(dstOffset, (String) s);
        return insert(dstOffset, s, 0, s.length());
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s,
                                        int start, int end) {
        if (s == null)
            s = "null";
        String.checkOffset(dstOffset, count);
        checkRange(start, end, s.length());
        int len = end - start;
        openGap(dstOffset, len);
        for (int i = start; i < end; i++)
            value[dstOffset++] = s.charAt(i);
        return this;
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, b ? "true" : "false");
    }

    public AbstractStringBuilder insert(int offset, char c) {
        String.checkOffset(offset, count);
        openGap(offset, 1);
        value[offset] = c;
        return this;
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, Integer.toString(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, Long.toString(l));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, Float.toString(f));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, Double.toString(d));
    }

    /* ---- searching ---- */

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return String.indexOf(value, count, str.value(), fromIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return String.lastIndexOf(value, count, str.value(), fromIndex);
    }

    /* ---- the rest ---- */

    /* Reverses the chars, keeping each surrogate pair in order. */
    public AbstractStringBuilder reverse() {
        char[] v = value;
        int n = count;
        boolean surrogates = false;
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            char c = v[i];
            v[i] = v[j];
            v[j] = c;
        }
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(v[i])) {
                surrogates = true;
                break;
            }
        }
        if (surrogates) {
            for (int i = 0; i < n - 1; i++) {
                char lo = v[i];
                if (Character.isLowSurrogate(lo)
                        && Character.isHighSurrogate(v[i + 1])) {
                    v[i] = v[i + 1];
                    v[i + 1] = lo;
                    i++;
                }
            }
        }
        return this;
    }

    /* Lexicographic order of the chars, as String.compareTo. */
    int compareTo(AbstractStringBuilder another) {
        if (this == another)
            return 0;
        char[] a = value;
        char[] b = another.value;
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i])
                return a[i] - b[i];
        }
        return count - another.count;
    }

    public abstract String toString();

    /* A new String of the chars in use. */
    final String newString() {
        char[] chars = new char[count];
        System.arraycopy(value, 0, chars, 0, count);
        return new String(chars, true);
    }
}
