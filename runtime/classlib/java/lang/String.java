/*
 * String - immutable UTF-16 text.
 *
 * The VM reads and creates Strings directly: `value` holds exactly the
 * string's chars (no offset or count) and `hash` caches hashCode(), 0 meaning
 * "not computed yet". Nothing may change `value` once a String is built.
 *
 * Exception messages follow JDK 17, including where they depend on whether
 * the JDK would store the string as Latin-1 (all chars <= 0xFF) or UTF-16.
 */
package java.lang;

import java.io.UnsupportedEncodingException;
import java.util.Comparator;
import java.util.Formatter;
import java.util.Iterator;
import java.util.function.Function;

public final class String
        implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    public static final Comparator<String> CASE_INSENSITIVE_ORDER =
        new CaseInsensitiveComparator();

    /* ---- construction ---- */

    public String() {
        this.value = new char[0];
    }

    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
    }

    public String(char[] value) {
        this.value = copyOfRange(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        this.value = copyOfRange(value, offset, offset + count);
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int end = offset + count;
        int n = 0;
        for (int i = offset; i < end; i++) {
            int cp = codePoints[i];
            if (cp >= 0 && cp < 0x10000)
                n++;
            else if (cp >= 0x10000 && cp <= 0x10FFFF)
                n += 2;
            else
                throw new IllegalArgumentException(Integer.toString(cp));
        }
        char[] v = new char[n];
        int j = 0;
        for (int i = offset; i < end; i++) {
            int cp = codePoints[i];
            if (cp < 0x10000) {
                v[j++] = (char) cp;
            } else {
                v[j++] = Character.highSurrogate(cp);
                v[j++] = Character.lowSurrogate(cp);
            }
        }
        this.value = v;
    }

    @Deprecated
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkBoundsOffCount(offset, count, ascii.length);
        char[] v = new char[count];
        int high = (hibyte & 0xFF) << 8;
        for (int i = 0; i < count; i++)
            v[i] = (char) (high | (ascii[offset + i] & 0xFF));
        this.value = v;
    }

    @Deprecated
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws UnsupportedEncodingException {
        int set = StringCoding.lookup(charsetName);
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = StringCoding.decode(set, bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName)
            throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = StringCoding.decode(StringCoding.UTF_8, bytes, offset, length);
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(StringBuffer buffer) {
        this.value = buffer.toString().value;
    }

    public String(StringBuilder builder) {
        this.value = copyOfRange(builder.getValue(), 0, builder.length());
    }

    /* Takes [value] as it is, without copying: the caller hands it over. */
    String(char[] value, boolean share) {
        this.value = value;
    }

    /* ---- bounds checks with the JDK's messages ---- */

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length)
            throw new StringIndexOutOfBoundsException(
                "index " + index + ", length " + length);
    }

    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length)
            throw new StringIndexOutOfBoundsException(
                "offset " + offset + ", length " + length);
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count)
            throw new StringIndexOutOfBoundsException(
                "offset " + offset + ", count " + count + ", length " + length);
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length)
            throw new StringIndexOutOfBoundsException(
                "begin " + begin + ", end " + end + ", length " + length);
    }

    private static char[] copyOfRange(char[] a, int from, int to) {
        char[] r = new char[to - from];
        System.arraycopy(a, from, r, 0, to - from);
        return r;
    }

    /* ---- basic access ---- */

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            if (StringCase.isLatin1(value))
                throw new StringIndexOutOfBoundsException(index);
            checkIndex(index, value.length);
        }
        return value[index];
    }

    public int codePointAt(int index) {
        checkIndex(index, value.length);
        return StringCase.codePointAt(value, index, value.length);
    }

    public int codePointBefore(int index) {
        if (index < 1 || index > value.length)
            throw new StringIndexOutOfBoundsException(index);
        return StringCase.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length)
            throw new IndexOutOfBoundsException();
        return codePointCount(value, beginIndex, endIndex);
    }

    static int codePointCount(char[] v, int begin, int end) {
        int n = end - begin;
        for (int i = begin; i < end - 1; i++) {
            if (Character.isHighSurrogate(v[i])
                    && Character.isLowSurrogate(v[i + 1])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > value.length)
            throw new IndexOutOfBoundsException();
        return offsetByCodePoints(value, value.length, index, codePointOffset);
    }

    /* Character.offsetByCodePoints over v[0, count). */
    static int offsetByCodePoints(char[] v, int count, int index, int offset) {
        int x = index;
        if (offset >= 0) {
            int i;
            for (i = 0; x < count && i < offset; i++) {
                if (Character.isHighSurrogate(v[x++]) && x < count
                        && Character.isLowSurrogate(v[x]))
                    x++;
            }
            if (i < offset)
                throw new IndexOutOfBoundsException();
        } else {
            int i;
            for (i = offset; x > 0 && i < 0; i++) {
                if (Character.isLowSurrogate(v[--x]) && x > 0
                        && Character.isHighSurrogate(v[x - 1]))
                    x--;
            }
            if (i < 0)
                throw new IndexOutOfBoundsException();
        }
        return x;
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    @Deprecated
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++)
            dst[dstBegin++] = (byte) value[i];
    }

    public byte[] getBytes(String charsetName)
            throws UnsupportedEncodingException {
        return StringCoding.encode(StringCoding.lookup(charsetName),
                                   value, 0, value.length);
    }

    public byte[] getBytes() {
        return StringCoding.encode(StringCoding.UTF_8, value, 0, value.length);
    }

    /* The chars themselves, for the library's own readers (never changed). */
    char[] value() {
        return value;
    }

    /* ---- comparison ---- */

    public boolean equals(Object anObject) {
        if (this == anObject)
            return true;
        if (!(anObject instanceof String))
            return false;
        char[] other = ((String) anObject).value;
        int n = value.length;
        if (n != other.length)
            return false;
        for (int i = 0; i < n; i++) {
            if (value[i] != other[i])
                return false;
        }
        return true;
    }

    public boolean contentEquals(StringBuffer sb) {
        synchronized (sb) {
            return contentEquals((CharSequence) sb);
        }
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof String)
            return equals(cs);
        int n = value.length;
        if (cs.length() != n)
            return false;
        for (int i = 0; i < n; i++) {
            if (value[i] != cs.charAt(i))
                return false;
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        if (this == anotherString)
            return true;
        return anotherString != null
            && anotherString.value.length == value.length
            && StringCase.regionMatches(value, 0, anotherString.value, 0,
                                        value.length);
    }

    public int compareTo(String anotherString) {
        char[] other = anotherString.value;
        int n = Math.min(value.length, other.length);
        for (int i = 0; i < n; i++) {
            if (value[i] != other[i])
                return value[i] - other[i];
        }
        return value.length - other.length;
    }

    private static final class CaseInsensitiveComparator
            implements Comparator<String>, java.io.Serializable {
        public int compare(String s1, String s2) {
            return StringCase.compare(s1.value, s2.value);
        }
    }

    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    public boolean regionMatches(int toffset, String other, int ooffset,
                                 int len) {
        char[] o = other.value;
        if (ooffset < 0 || toffset < 0
                || toffset > (long) value.length - len
                || ooffset > (long) o.length - len)
            return false;
        for (int i = 0; i < len; i++) {
            if (value[toffset + i] != o[ooffset + i])
                return false;
        }
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset,
                                 String other, int ooffset, int len) {
        if (!ignoreCase)
            return regionMatches(toffset, other, ooffset, len);
        char[] o = other.value;
        if (ooffset < 0 || toffset < 0
                || toffset > (long) value.length - len
                || ooffset > (long) o.length - len)
            return false;
        return len <= 0
            || StringCase.regionMatches(value, toffset, o, ooffset, len);
    }

    public boolean startsWith(String prefix, int toffset) {
        char[] p = prefix.value;
        if (toffset < 0 || toffset > value.length - p.length)
            return false;
        for (int i = 0; i < p.length; i++) {
            if (value[toffset + i] != p[i])
                return false;
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int hashCode() {
        int h = hash;
        if (h == 0) {
            char[] v = value;
            for (int i = 0; i < v.length; i++)
                h = 31 * h + v[i];
            hash = h;
        }
        return h;
    }

    /* ---- searching ---- */

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        return indexOf(value, value.length, ch, fromIndex);
    }

    /* indexOf(int, int) over v[0, count), shared with the string builders. */
    static int indexOf(char[] v, int count, int ch, int fromIndex) {
        if (fromIndex < 0)
            fromIndex = 0;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < count; i++) {
                if (v[i] == ch)
                    return i;
            }
        } else if (ch <= Character.MAX_CODE_POINT) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            for (int i = fromIndex; i < count - 1; i++) {
                if (v[i] == hi && v[i + 1] == lo)
                    return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, v.length - 1); i >= 0; i--) {
                if (v[i] == ch)
                    return i;
            }
        } else if (ch <= Character.MAX_CODE_POINT) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            for (int i = Math.min(fromIndex, v.length - 2); i >= 0; i--) {
                if (v[i] == hi && v[i + 1] == lo)
                    return i;
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str.value, fromIndex);
    }

    /* The first occurrence of [target] in v[0, count) at or after
     * [fromIndex]; shared with the string builders. */
    static int indexOf(char[] v, int count, char[] target, int fromIndex) {
        int n = target.length;
        if (fromIndex >= count)
            return n == 0 ? count : -1;
        if (fromIndex < 0)
            fromIndex = 0;
        if (n == 0)
            return fromIndex;
        char first = target[0];
        int max = count - n;
        for (int i = fromIndex; i <= max; i++) {
            if (v[i] != first)
                continue;
            int k = 1;
            while (k < n && v[i + k] == target[k])
                k++;
            if (k == n)
                return i;
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, fromIndex);
    }

    /* The last occurrence of [target] in v[0, count) starting at or before
     * [fromIndex]; shared with the string builders. */
    static int lastIndexOf(char[] v, int count, char[] target, int fromIndex) {
        int n = target.length;
        int rightmost = count - n;
        if (fromIndex > rightmost)
            fromIndex = rightmost;
        if (fromIndex < 0)
            return -1;
        for (int i = fromIndex; i >= 0; i--) {
            int k = 0;
            while (k < n && v[i + k] == target[k])
                k++;
            if (k == n)
                return i;
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    /* ---- new strings from this one ---- */

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, value.length);
        if (beginIndex == 0 && endIndex == value.length)
            return this;
        return new String(copyOfRange(value, beginIndex, endIndex), true);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty())
            return this;
        char[] v = new char[value.length + str.value.length];
        System.arraycopy(value, 0, v, 0, value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar)
            return this;
        char[] v = value;
        int i = 0;
        while (i < v.length && v[i] != oldChar)
            i++;
        if (i == v.length)
            return this;
        char[] r = copyOfRange(v, 0, v.length);
        for (; i < r.length; i++) {
            if (r[i] == oldChar)
                r[i] = newChar;
        }
        return new String(r, true);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        char[] t = target.toString().value;
        char[] r = replacement.toString().value;
        char[] v = value;
        int n = v.length;
        if (t.length == 0) {
            /* The replacement goes before every char and at the end. */
            long size = (long) n + (long) (n + 1) * r.length;
            if (size > Integer.MAX_VALUE)
                throw new OutOfMemoryError("Required length exceeds implementation limit");
            char[] out = new char[(int) size];
            int j = 0;
            for (int i = 0; i <= n; i++) {
                System.arraycopy(r, 0, out, j, r.length);
                j += r.length;
                if (i < n)
                    out[j++] = v[i];
            }
            return new String(out, true);
        }
        int at = indexOf(v, n, t, 0);
        if (at < 0)
            return this;
        int matches = 0;
        for (int i = at; i >= 0; i = indexOf(v, n, t, i + t.length))
            matches++;
        long size = n + (long) matches * (r.length - t.length);
        if (size > Integer.MAX_VALUE)
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        char[] out = new char[(int) size];
        int from = 0;
        int j = 0;
        for (int i = at; i >= 0; i = indexOf(v, n, t, from)) {
            System.arraycopy(v, from, out, j, i - from);
            j += i - from;
            System.arraycopy(r, 0, out, j, r.length);
            j += r.length;
            from = i + t.length;
        }
        System.arraycopy(v, from, out, j, n - from);
        return new String(out, true);
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        String d = delimiter.toString();
        String[] parts = new String[elements.length];
        for (int i = 0; i < parts.length; i++)
            parts[i] = String.valueOf(elements[i]);
        return join(d, parts, parts.length);
    }

    public static String join(CharSequence delimiter,
                              Iterable<? extends CharSequence> elements) {
        String d = delimiter.toString();
        if (elements == null)
            throw new NullPointerException();
        String[] parts = new String[8];
        int n = 0;
        for (Iterator<? extends CharSequence> it = elements.iterator();
                it.hasNext();) {
            CharSequence cs = it.next();
            if (n == parts.length) {
                String[] bigger = new String[n * 2];
                System.arraycopy(parts, 0, bigger, 0, n);
                parts = bigger;
            }
            parts[n++] = String.valueOf(cs);
        }
        return join(d, parts, n);
    }

    private static String join(String delimiter, String[] parts, int n) {
        if (n == 0)
            return "";
        long size = (long) (n - 1) * delimiter.length();
        for (int i = 0; i < n; i++)
            size += parts[i].length();
        if (size > Integer.MAX_VALUE)
            throw new OutOfMemoryError("Requested string length exceeds VM limit");
        char[] out = new char[(int) size];
        char[] d = delimiter.value;
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                System.arraycopy(d, 0, out, j, d.length);
                j += d.length;
            }
            char[] p = parts[i].value;
            System.arraycopy(p, 0, out, j, p.length);
            j += p.length;
        }
        return new String(out, true);
    }

    public String toLowerCase() {
        char[] r = StringCase.toLowerCase(value);
        return r == value ? this : new String(r, true);
    }

    public String toUpperCase() {
        char[] r = StringCase.toUpperCase(value);
        return r == value ? this : new String(r, true);
    }

    public String trim() {
        int begin = 0;
        int end = value.length;
        while (begin < end && value[begin] <= ' ')
            begin++;
        while (end > begin && value[end - 1] <= ' ')
            end--;
        return substring(begin, end);
    }

    public String strip() {
        int begin = firstNonWhitespace();
        int end = begin == value.length ? begin : lastNonWhitespace();
        return substring(begin, end);
    }

    public String stripLeading() {
        return substring(firstNonWhitespace(), value.length);
    }

    public String stripTrailing() {
        return substring(0, lastNonWhitespace());
    }

    public boolean isBlank() {
        return firstNonWhitespace() == value.length;
    }

    private int firstNonWhitespace() {
        int i = 0;
        while (i < value.length) {
            int cp = StringCase.codePointAt(value, i, value.length);
            if (!Character.isWhitespace(cp))
                break;
            i += Character.charCount(cp);
        }
        return i;
    }

    /* The index just after the last char that is not white space. */
    private int lastNonWhitespace() {
        int i = value.length;
        while (i > 0) {
            int cp = StringCase.codePointBefore(value, i, 0);
            if (!Character.isWhitespace(cp))
                break;
            i -= Character.charCount(cp);
        }
        return i;
    }

    public String repeat(int count) {
        if (count < 0)
            throw new IllegalArgumentException("count is negative: " + count);
        if (count == 1)
            return this;
        int n = value.length;
        if (n == 0 || count == 0)
            return "";
        if (Integer.MAX_VALUE / count < n)
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        char[] out = new char[n * count];
        for (int i = 0; i < count; i++)
            System.arraycopy(value, 0, out, i * n, n);
        return new String(out, true);
    }

    /* ---- lines ---- */

    /* The lines of this string, without their terminators (\n, \r or
     * \r\n). A terminator at the very end does not start another line. */
    private String[] splitLines() {
        char[] v = value;
        int n = v.length;
        String[] lines = new String[4];
        int count = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && v[end] != '\n' && v[end] != '\r')
                end++;
            if (count == lines.length) {
                String[] bigger = new String[count * 2];
                System.arraycopy(lines, 0, bigger, 0, count);
                lines = bigger;
            }
            lines[count++] = substring(start, end);
            if (end < n && v[end] == '\r' && end + 1 < n && v[end + 1] == '\n')
                end++;
            start = end + 1;
        }
        String[] r = new String[count];
        System.arraycopy(lines, 0, r, 0, count);
        return r;
    }

    private static int leadingWhitespace(String s) {
        int i = 0;
        int n = s.value.length;
        while (i < n && Character.isWhitespace(s.value[i]))
            i++;
        return i;
    }

    public String indent(int n) {
        if (isEmpty())
            return "";
        String[] lines = splitLines();
        StringBuilder sb = new StringBuilder(value.length + lines.length * (n > 0 ? n + 1 : 1));
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (n > 0) {
                for (int k = 0; k < n; k++)
                    sb.append(' ');
                sb.append(line);
            } else if (n < 0) {
                sb.append(line.substring(Math.min(-n, leadingWhitespace(line))));
            } else {
                sb.append(line);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public String stripIndent() {
        int n = value.length;
        if (n == 0)
            return "";
        char last = value[n - 1];
        boolean endsWithTerminator = last == '\n' || last == '\r';
        String[] lines = splitLines();
        /* The common indentation counts the non-blank lines and the last
         * line, even blank (an empty one when the text ends a line). */
        int min = endsWithTerminator ? 0 : Integer.MAX_VALUE;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lead = leadingWhitespace(line);
            if (lead < line.length() || (i == lines.length - 1 && !endsWithTerminator))
                min = Math.min(min, lead);
        }
        if (min == Integer.MAX_VALUE)
            min = 0;
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0)
                sb.append('\n');
            if (leadingWhitespace(line) < line.length())
                sb.append(line, min, line.lastNonWhitespace());
        }
        if (endsWithTerminator)
            sb.append('\n');
        return sb.toString();
    }

    public String translateEscapes() {
        char[] v = value;
        int n = v.length;
        char[] out = new char[n];
        int j = 0;
        int i = 0;
        while (i < n) {
            char c = v[i++];
            if (c != '\\') {
                out[j++] = c;
                continue;
            }
            c = i < n ? v[i++] : '\0';
            switch (c) {
            case 'b': out[j++] = '\b'; break;
            case 'f': out[j++] = '\f'; break;
            case 'n': out[j++] = '\n'; break;
            case 'r': out[j++] = '\r'; break;
            case 's': out[j++] = ' '; break;
            case 't': out[j++] = '\t'; break;
            case '\'':
            case '"':
            case '\\':
                out[j++] = c;
                break;
            case '0': case '1': case '2': case '3':
            case '4': case '5': case '6': case '7': {
                int code = c - '0';
                int limit = c <= '3' ? 2 : 1;   /* at most \377 */
                while (limit-- > 0 && i < n && v[i] >= '0' && v[i] <= '7')
                    code = code * 8 + (v[i++] - '0');
                out[j++] = (char) code;
                break;
            }
            case '\n':                          /* line continuation */
                break;
            case '\r':
                if (i < n && v[i] == '\n')
                    i++;
                break;
            default: {
                String hex = Integer.toHexString(c).toUpperCase();
                while (hex.length() < 4)
                    hex = "0" + hex;
                throw new IllegalArgumentException(
                    "Invalid escape sequence: \\" + c + " \\\\u" + hex);
            }
            }
        }
        return new String(copyOfRange(out, 0, j), true);
    }

    public <R> R transform(Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    public char[] toCharArray() {
        return copyOfRange(value, 0, value.length);
    }

    public String toString() {
        return this;
    }

    /* ---- formatting ---- */

    public static String format(String format, Object... args) {
        return new Formatter().format(format, args).toString();
    }

    public String formatted(Object... args) {
        return new Formatter().format(this, args).toString();
    }

    /* ---- valueOf ---- */

    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] { c }, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    public native String intern();
}
