/*
 * StringCase - case conversion and case-insensitive comparison of UTF-16
 * text, for String. Locale-neutral (the JDK's behaviour in an English or
 * ROOT locale).
 *
 * Character gives one-to-one mappings; the conversions that change the
 * length of the text ("ß" -> "SS", "İ" -> "i̇") and Greek final sigma are
 * handled here.
 */
package java.lang;

final class StringCase {
    private StringCase() {}

    /* Upper-case mappings to more than one char (Unicode SpecialCasing.txt,
     * unconditional entries): the char, the length of its mapping, then the
     * mapping. All of them are in the BMP, from U+00DF up. */
    private static final String SPECIAL_UPPER = ""
        + "\u00DF\u0002\u0053\u0053\u0149\u0002\u02BC\u004E\u01F0\u0002\u004A\u030C"
        + "\u0390\u0003\u0399\u0308\u0301\u03B0\u0003\u03A5\u0308\u0301\u0587\u0002\u0535\u0552"
        + "\u1E96\u0002\u0048\u0331\u1E97\u0002\u0054\u0308\u1E98\u0002\u0057\u030A"
        + "\u1E99\u0002\u0059\u030A\u1E9A\u0002\u0041\u02BE\u1F50\u0002\u03A5\u0313"
        + "\u1F52\u0003\u03A5\u0313\u0300\u1F54\u0003\u03A5\u0313\u0301\u1F56\u0003\u03A5\u0313\u0342"
        + "\u1F80\u0002\u1F08\u0399\u1F81\u0002\u1F09\u0399\u1F82\u0002\u1F0A\u0399"
        + "\u1F83\u0002\u1F0B\u0399\u1F84\u0002\u1F0C\u0399\u1F85\u0002\u1F0D\u0399"
        + "\u1F86\u0002\u1F0E\u0399\u1F87\u0002\u1F0F\u0399\u1F88\u0002\u1F08\u0399"
        + "\u1F89\u0002\u1F09\u0399\u1F8A\u0002\u1F0A\u0399\u1F8B\u0002\u1F0B\u0399"
        + "\u1F8C\u0002\u1F0C\u0399\u1F8D\u0002\u1F0D\u0399\u1F8E\u0002\u1F0E\u0399"
        + "\u1F8F\u0002\u1F0F\u0399\u1F90\u0002\u1F28\u0399\u1F91\u0002\u1F29\u0399"
        + "\u1F92\u0002\u1F2A\u0399\u1F93\u0002\u1F2B\u0399\u1F94\u0002\u1F2C\u0399"
        + "\u1F95\u0002\u1F2D\u0399\u1F96\u0002\u1F2E\u0399\u1F97\u0002\u1F2F\u0399"
        + "\u1F98\u0002\u1F28\u0399\u1F99\u0002\u1F29\u0399\u1F9A\u0002\u1F2A\u0399"
        + "\u1F9B\u0002\u1F2B\u0399\u1F9C\u0002\u1F2C\u0399\u1F9D\u0002\u1F2D\u0399"
        + "\u1F9E\u0002\u1F2E\u0399\u1F9F\u0002\u1F2F\u0399\u1FA0\u0002\u1F68\u0399"
        + "\u1FA1\u0002\u1F69\u0399\u1FA2\u0002\u1F6A\u0399\u1FA3\u0002\u1F6B\u0399"
        + "\u1FA4\u0002\u1F6C\u0399\u1FA5\u0002\u1F6D\u0399\u1FA6\u0002\u1F6E\u0399"
        + "\u1FA7\u0002\u1F6F\u0399\u1FA8\u0002\u1F68\u0399\u1FA9\u0002\u1F69\u0399"
        + "\u1FAA\u0002\u1F6A\u0399\u1FAB\u0002\u1F6B\u0399\u1FAC\u0002\u1F6C\u0399"
        + "\u1FAD\u0002\u1F6D\u0399\u1FAE\u0002\u1F6E\u0399\u1FAF\u0002\u1F6F\u0399"
        + "\u1FB2\u0002\u1FBA\u0399\u1FB3\u0002\u0391\u0399\u1FB4\u0002\u0386\u0399"
        + "\u1FB6\u0002\u0391\u0342\u1FB7\u0003\u0391\u0342\u0399\u1FBC\u0002\u0391\u0399"
        + "\u1FC2\u0002\u1FCA\u0399\u1FC3\u0002\u0397\u0399\u1FC4\u0002\u0389\u0399"
        + "\u1FC6\u0002\u0397\u0342\u1FC7\u0003\u0397\u0342\u0399\u1FCC\u0002\u0397\u0399"
        + "\u1FD2\u0003\u0399\u0308\u0300\u1FD3\u0003\u0399\u0308\u0301\u1FD6\u0002\u0399\u0342"
        + "\u1FD7\u0003\u0399\u0308\u0342\u1FE2\u0003\u03A5\u0308\u0300\u1FE3\u0003\u03A5\u0308\u0301"
        + "\u1FE4\u0002\u03A1\u0313\u1FE6\u0002\u03A5\u0342\u1FE7\u0003\u03A5\u0308\u0342"
        + "\u1FF2\u0002\u1FFA\u0399\u1FF3\u0002\u03A9\u0399\u1FF4\u0002\u038F\u0399"
        + "\u1FF6\u0002\u03A9\u0342\u1FF7\u0003\u03A9\u0342\u0399\u1FFC\u0002\u03A9\u0399"
        + "\uFB00\u0002\u0046\u0046\uFB01\u0002\u0046\u0049\uFB02\u0002\u0046\u004C"
        + "\uFB03\u0003\u0046\u0046\u0049\uFB04\u0003\u0046\u0046\u004C\uFB05\u0002\u0053\u0054"
        + "\uFB06\u0002\u0053\u0054\uFB13\u0002\u0544\u0546\uFB14\u0002\u0544\u0535"
        + "\uFB15\u0002\u0544\u053B\uFB16\u0002\u054E\u0546\uFB17\u0002\u0544\u053D";

    /* Where in SPECIAL_UPPER the entry for [c] starts, or -1. */
    private static int specialUpper(char c) {
        if (c < 0xDF)
            return -1;
        String t = SPECIAL_UPPER;
        int n = t.length();
        for (int i = 0; i < n; i += 2 + t.charAt(i + 1)) {
            char k = t.charAt(i);
            if (k == c)
                return i;
            if (k > c)
                return -1;
        }
        return -1;
    }

    /* A growable char buffer for results whose length is not known. */
    private static final class Buffer {
        char[] chars;
        int length;

        Buffer(int capacity) {
            chars = new char[capacity];
        }

        void append(char c) {
            if (length == chars.length) {
                char[] bigger = new char[chars.length * 2 + 2];
                System.arraycopy(chars, 0, bigger, 0, length);
                chars = bigger;
            }
            chars[length++] = c;
        }

        void appendCodePoint(int cp) {
            if (cp >= 0x10000) {
                append((char) ((cp >>> 10) + (0xD800 - (0x10000 >>> 10))));
                append((char) (0xDC00 + (cp & 0x3FF)));
            } else {
                append((char) cp);
            }
        }

        char[] toArray() {
            if (length == chars.length)
                return chars;
            char[] r = new char[length];
            System.arraycopy(chars, 0, r, 0, length);
            return r;
        }
    }

    static int codePointAt(char[] v, int i, int end) {
        char c = v[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < end) {
            char d = v[i + 1];
            if (d >= 0xDC00 && d <= 0xDFFF)
                return ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
        }
        return c;
    }

    static int codePointBefore(char[] v, int i, int start) {
        char d = v[i - 1];
        if (d >= 0xDC00 && d <= 0xDFFF && i - 2 >= start) {
            char c = v[i - 2];
            if (c >= 0xD800 && c <= 0xDBFF)
                return ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
        }
        return d;
    }

    private static int width(int cp) {
        return cp >= 0x10000 ? 2 : 1;
    }

    /* ---- upper case ---- */

    /* [v] in upper case; [v] itself when nothing changes. */
    static char[] toUpperCase(char[] v) {
        int n = v.length;
        int first = 0;
        while (first < n) {
            int cp = codePointAt(v, first, n);
            if (Character.toUpperCase(cp) != cp
                    || (cp < 0x10000 && specialUpper((char) cp) >= 0))
                break;
            first += width(cp);
        }
        if (first == n)
            return v;
        Buffer out = new Buffer(n + 8);
        for (int i = 0; i < first; i++)
            out.append(v[i]);
        int i = first;
        while (i < n) {
            int cp = codePointAt(v, i, n);
            i += width(cp);
            int at = cp < 0x10000 ? specialUpper((char) cp) : -1;
            if (at >= 0) {
                int len = SPECIAL_UPPER.charAt(at + 1);
                for (int k = 0; k < len; k++)
                    out.append(SPECIAL_UPPER.charAt(at + 2 + k));
            } else {
                out.appendCodePoint(Character.toUpperCase(cp));
            }
        }
        return out.toArray();
    }

    /* ---- lower case ---- */

    /* [v] in lower case; [v] itself when nothing changes. */
    static char[] toLowerCase(char[] v) {
        int n = v.length;
        int first = 0;
        while (first < n) {
            int cp = codePointAt(v, first, n);
            if (Character.toLowerCase(cp) != cp || cp == 0x130)
                break;
            first += width(cp);
        }
        if (first == n)
            return v;
        Buffer out = new Buffer(n + 2);
        for (int i = 0; i < first; i++)
            out.append(v[i]);
        int i = first;
        while (i < n) {
            int cp = codePointAt(v, i, n);
            if (cp == 0x130) {                  /* İ -> i + combining dot */
                out.append('i');
                out.append('\u0307');
            } else if (cp == 0x3A3 && isFinalSigma(v, i)) {
                out.append('\u03C2');
            } else {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
            i += width(cp);
        }
        return out.toArray();
    }

    /* Final_Sigma (Unicode 3.13): the capital sigma at v[index] ends a word
     * that has a cased letter before it. Words are delimited as the JDK's
     * word BreakIterator delimits them: letters, digits, marks and format
     * characters, with dashes, quotes and periods inside a run of letters,
     * and , . ' " inside a number. */
    private static boolean isFinalSigma(char[] v, int index) {
        int n = v.length;
        boolean casedBefore = false;
        int right = 0x3A3;              /* the last code point taken */
        int i = index;
        while (i > 0) {
            int cp = codePointBefore(v, i, 0);
            int j = i - width(cp);
            /* The JDK's word breaking splits before a supplementary code point
             * unless it starts the text, and after any (so one after the
             * sigma ends the word, after being looked at). */
            if (cp >= 0x10000 && j > 0)
                break;
            if (isIgnorable(cp)) {
                i = j;
                if (isMark(cp))
                    right = cp;
                continue;
            }
            if (!isWordPart(cp)) {
                int left = letterOrDigitBefore(v, j);
                boolean joins = (isMidLetter(cp) && isLetterPart(right)
                                 && isLetterPart(left))
                             || (isMidNumber(cp) && isDigitPart(right)
                                 && isDigitPart(left));
                if (!joins)
                    break;
            } else if (isCased(cp)) {
                casedBefore = true;
                break;
            }
            i = j;
            right = cp;
        }
        if (!casedBefore)
            return false;
        int left = 0x3A3;               /* the last non-ignorable taken */
        i = index + 1;
        while (i < n) {
            int cp = codePointAt(v, i, n);
            int j = i + width(cp);
            if (cp >= 0x10000)
                return !isCased(cp);
            if (isIgnorable(cp)) {
                if (isCased(cp))
                    return false;
                i = j;
                continue;
            }
            if (!isWordPart(cp)) {
                int k = j;
                while (k < n && isFormat(codePointAt(v, k, n)))
                    k += width(codePointAt(v, k, n));
                int next = k < n ? codePointAt(v, k, n) : -1;
                boolean joins = (isMidLetter(cp) && isLetterPart(left)
                                 && isLetterPart(next))
                             || (isMidNumber(cp) && isDigitPart(left)
                                 && isDigitPart(next));
                if (!joins)
                    return true;
            } else if (isCased(cp)) {
                return false;
            }
            left = cp;
            i = j;
        }
        return true;
    }

    /* The first non-ignorable code point before v[i], or -1. */
    private static int letterOrDigitBefore(char[] v, int i) {
        while (i > 0) {
            int cp = codePointBefore(v, i, 0);
            if (!isIgnorable(cp))
                return cp;
            i -= width(cp);
        }
        return -1;
    }

    /* "Cased" as the JDK's case mapping counts it: upper, lower and title
     * case letters and the Other_Lowercase/Other_Uppercase characters of
     * older Unicode versions (modifier letters, roman numerals, circled
     * letters). */
    private static boolean isCased(int cp) {
        int type = Character.getType(cp);
        if (type == Character.UPPERCASE_LETTER
                || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER)
            return true;
        return (cp >= 0x2B0 && cp <= 0x2B8) || (cp >= 0x2C0 && cp <= 0x2C1)
            || (cp >= 0x2E0 && cp <= 0x2E4) || cp == 0x345 || cp == 0x37A
            || (cp >= 0x1D2C && cp <= 0x1D61) || (cp >= 0x2160 && cp <= 0x217F)
            || (cp >= 0x24B6 && cp <= 0x24E9);
    }

    /* Format characters are invisible to word breaking. */
    private static boolean isFormat(int cp) {
        return cp >= 0 && cp != 0xAD && Character.getType(cp) == Character.FORMAT;
    }

    /* Marks belong to the character before them. */
    private static boolean isMark(int cp) {
        if (cp < 0)
            return false;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
            || type == Character.ENCLOSING_MARK;
    }

    private static boolean isIgnorable(int cp) {
        return isFormat(cp) || isMark(cp);
    }

    private static boolean isLetterPart(int cp) {
        if (cp < 0)
            return false;
        /* Kana and (older) CJK ideographs are words of their own. */
        if (cp == 0x3005 || (cp >= 0x3041 && cp <= 0x3094)
                || (cp >= 0x309D && cp <= 0x309E) || (cp >= 0x30A1 && cp <= 0x30FA)
                || (cp >= 0x30FC && cp <= 0x30FE) || (cp >= 0x4E00 && cp <= 0x9FA5)
                || (cp >= 0xF900 && cp <= 0xFA2D))
            return false;
        int type = Character.getType(cp);
        return Character.isLetter(cp)
            || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isDigitPart(int cp) {
        if (cp < 0)
            return false;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
            || type == Character.LETTER_NUMBER
            || type == Character.OTHER_NUMBER;
    }

    private static boolean isWordPart(int cp) {
        return isLetterPart(cp) || isDigitPart(cp);
    }

    private static boolean isMidLetter(int cp) {
        return cp == '.' || cp == '\'' || cp == '"' || cp == 0xAD
            || cp == 0x2027
            || Character.getType(cp) == Character.DASH_PUNCTUATION
            || Character.getType(cp) == Character.CONNECTOR_PUNCTUATION;
    }

    private static boolean isMidNumber(int cp) {
        return cp == '.' || cp == '\'' || cp == '"' || cp == ','
            || cp == 0x66B;
    }

    /* ---- case-insensitive comparison ---- */

    /* The JDK keeps a string whose chars all fit in a byte as Latin-1 and
     * compares surrogate pairs as code points only when both strings are
     * not Latin-1; that is visible in the results, so it is imitated. */
    static boolean isLatin1(char[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] > 0xFF)
                return false;
        }
        return true;
    }

    /* The code point to compare for v[i] when it differs from the char it is
     * compared with: a surrogate pair (starting or ending at i) stands for
     * its code point, anything else for itself. */
    private static int pointAt(char[] v, int i, int start, int end) {
        char c = v[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < end) {
            char l = v[i + 1];
            if (l >= 0xDC00 && l <= 0xDFFF)
                return ((c - 0xD800) << 10) + (l - 0xDC00) + 0x10000;
        } else if (c >= 0xDC00 && c <= 0xDFFF && i > start) {
            char h = v[i - 1];
            if (h >= 0xD800 && h <= 0xDBFF)
                return ((h - 0xD800) << 10) + (c - 0xDC00) + 0x10000;
        }
        return c;
    }

    /* Compares a[ai, ai+len) with b[bi, bi+len) ignoring case: two chars
     * (or code points) match when they are equal, or their upper cases are,
     * or the lower cases of their upper cases are. The ranges must be in
     * bounds. */
    static boolean regionMatches(char[] a, int ai, char[] b, int bi, int len) {
        boolean pairs = false;
        boolean checked = false;
        for (int k = 0; k < len; k++) {
            char c1 = a[ai + k];
            char c2 = b[bi + k];
            if (c1 == c2)
                continue;
            if (!checked) {
                pairs = !isLatin1(a) && !isLatin1(b);
                checked = true;
            }
            int u1 = Character.toUpperCase(pairs ? pointAt(a, ai + k, ai, ai + len) : c1);
            int u2 = Character.toUpperCase(pairs ? pointAt(b, bi + k, bi, bi + len) : c2);
            if (u1 != u2
                    && Character.toLowerCase(u1) != Character.toLowerCase(u2))
                return false;
        }
        return true;
    }

    /* String.CASE_INSENSITIVE_ORDER: the first difference decides, as the
     * difference of the lower cases of the upper cases; otherwise the
     * shorter text comes first. */
    static int compare(char[] a, char[] b) {
        int n = Math.min(a.length, b.length);
        boolean pairs = false;
        boolean checked = false;
        for (int k = 0; k < n; k++) {
            char c1 = a[k];
            char c2 = b[k];
            if (c1 == c2)
                continue;
            if (!checked) {
                pairs = !isLatin1(a) && !isLatin1(b);
                checked = true;
            }
            int cp1 = Character.toUpperCase(pairs ? pointAt(a, k, 0, a.length) : c1);
            int cp2 = Character.toUpperCase(pairs ? pointAt(b, k, 0, b.length) : c2);
            if (cp1 != cp2) {
                cp1 = Character.toLowerCase(cp1);
                cp2 = Character.toLowerCase(cp2);
                if (cp1 != cp2)
                    return cp1 - cp2;
            }
        }
        return a.length - b.length;
    }
}
