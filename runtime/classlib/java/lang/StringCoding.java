/*
 * StringCoding - the character sets String supports for bytes <-> chars:
 * UTF-8 (the default), US-ASCII, ISO-8859-1, UTF-16BE, UTF-16LE and UTF-16.
 *
 * Malformed input and unmappable characters are replaced exactly as the
 * JDK's coders replace them (U+FFFD when decoding, '?' or U+FFFD when
 * encoding), so that the results match HotSpot byte for byte.
 */
package java.lang;

import java.io.UnsupportedEncodingException;

final class StringCoding {
    static final int UTF_8 = 0;
    static final int US_ASCII = 1;
    static final int ISO_8859_1 = 2;
    static final int UTF_16BE = 3;
    static final int UTF_16LE = 4;
    static final int UTF_16 = 5;

    /* Every name (and alias) accepted, lower-cased, followed by the set it
     * names. The aliases are those the JDK accepts for these sets. */
    private static final String[] NAMES = {
        "utf-8", "utf8", "unicode-1-1-utf-8",
        "us-ascii", "ascii", "default", "iso646-us", "us", "646", "ascii7",
        "iso_646.irv:1983", "iso_646.irv:1991", "ansi_x3.4-1968",
        "ansi_x3.4-1986", "iso-ir-6", "cp367", "ibm367", "csascii",
        "iso-8859-1", "iso8859_1", "iso8859-1", "iso_8859_1", "iso_8859-1",
        "8859_1", "latin1", "l1", "ibm819", "cp819", "csisolatin1", "819",
        "ibm-819", "iso_8859-1:1987", "iso-ir-100",
        "utf-16be", "utf_16be", "x-utf-16be", "iso-10646-ucs-2",
        "unicodebigunmarked",
        "utf-16le", "utf_16le", "x-utf-16le", "unicodelittleunmarked",
        "utf-16", "utf_16", "utf16", "unicode", "unicodebig",
    };
    private static final int[] SETS = {
        UTF_8, UTF_8, UTF_8,
        US_ASCII, US_ASCII, US_ASCII, US_ASCII, US_ASCII, US_ASCII, US_ASCII,
        US_ASCII, US_ASCII, US_ASCII,
        US_ASCII, US_ASCII, US_ASCII, US_ASCII, US_ASCII,
        ISO_8859_1, ISO_8859_1, ISO_8859_1, ISO_8859_1, ISO_8859_1,
        ISO_8859_1, ISO_8859_1, ISO_8859_1, ISO_8859_1, ISO_8859_1,
        ISO_8859_1, ISO_8859_1, ISO_8859_1, ISO_8859_1, ISO_8859_1,
        UTF_16BE, UTF_16BE, UTF_16BE, UTF_16BE,
        UTF_16BE,
        UTF_16LE, UTF_16LE, UTF_16LE, UTF_16LE,
        UTF_16, UTF_16, UTF_16, UTF_16, UTF_16,
    };

    private StringCoding() {}

    /* The set called [name] (case-insensitively); NullPointerException if
     * it is null, UnsupportedEncodingException(name) if it is unknown. */
    static int lookup(String name) throws UnsupportedEncodingException {
        if (name == null)
            throw new NullPointerException();
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equalsIgnoreCase(name))
                return SETS[i];
        }
        throw new UnsupportedEncodingException(name);
    }

    /* ---- encoding ---- */

    static byte[] encode(int set, char[] v, int off, int len) {
        switch (set) {
        case UTF_8:
            return encodeUtf8(v, off, len);
        case US_ASCII:
            return encodeSingleByte(v, off, len, 0x7F);
        case ISO_8859_1:
            return encodeSingleByte(v, off, len, 0xFF);
        case UTF_16BE:
            return encodeUtf16(v, off, len, true, false);
        case UTF_16LE:
            return encodeUtf16(v, off, len, false, false);
        default:
            return encodeUtf16(v, off, len, true, true);
        }
    }

    private static byte[] encodeUtf8(char[] v, int off, int len) {
        int end = off + len;
        byte[] ascii = new byte[len];
        int k = off;
        for (; k < end; k++) {
            char c = v[k];
            if (c >= 0x80)
                break;
            ascii[k - off] = (byte) c;
        }
        if (k == end)
            return ascii;
        int size = 0;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c < 0x80) {
                size += 1;
            } else if (c < 0x800) {
                size += 2;
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                if (c <= 0xDBFF && i + 1 < end
                        && v[i + 1] >= 0xDC00 && v[i + 1] <= 0xDFFF) {
                    size += 4;
                    i++;
                } else {
                    size += 1;                  /* '?' */
                }
            } else {
                size += 3;
            }
        }
        byte[] out = new byte[size];
        int n = 0;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                if (c <= 0xDBFF && i + 1 < end
                        && v[i + 1] >= 0xDC00 && v[i + 1] <= 0xDFFF) {
                    int cp = ((c - 0xD800) << 10) + (v[i + 1] - 0xDC00) + 0x10000;
                    out[n++] = (byte) (0xF0 | (cp >> 18));
                    out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    out[n++] = (byte) (0x80 | (cp & 0x3F));
                    i++;
                } else {
                    out[n++] = (byte) '?';
                }
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    /* US-ASCII and ISO-8859-1: a character above [max] becomes '?', and a
     * surrogate pair becomes a single '?'. */
    private static byte[] encodeSingleByte(char[] v, int off, int len, int max) {
        byte[] out = new byte[len];
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c <= max) {
                out[n++] = (byte) c;
            } else {
                if (c >= 0xD800 && c <= 0xDBFF && i + 1 < end
                        && v[i + 1] >= 0xDC00 && v[i + 1] <= 0xDFFF)
                    i++;
                out[n++] = (byte) '?';
            }
        }
        return n == len ? out : copyOf(out, n);
    }

    /* UTF-16: an unpaired surrogate becomes U+FFFD; the "UTF-16" set writes a
     * big-endian byte-order mark before any text. */
    private static byte[] encodeUtf16(char[] v, int off, int len,
                                      boolean bigEndian, boolean bom) {
        if (len == 0)
            return new byte[0];
        byte[] out = new byte[2 * len + (bom ? 2 : 0)];
        int n = 0;
        if (bom) {
            out[n++] = (byte) 0xFE;
            out[n++] = (byte) 0xFF;
        }
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = v[i];
            if (c >= 0xD800 && c <= 0xDFFF) {
                if (c <= 0xDBFF && i + 1 < end
                        && v[i + 1] >= 0xDC00 && v[i + 1] <= 0xDFFF) {
                    n = putUnit(out, n, c, bigEndian);
                    c = v[++i];
                } else {
                    c = '\uFFFD';
                }
            }
            n = putUnit(out, n, c, bigEndian);
        }
        return n == out.length ? out : copyOf(out, n);
    }

    private static int putUnit(byte[] out, int n, char c, boolean bigEndian) {
        if (bigEndian) {
            out[n] = (byte) (c >> 8);
            out[n + 1] = (byte) c;
        } else {
            out[n] = (byte) c;
            out[n + 1] = (byte) (c >> 8);
        }
        return n + 2;
    }

    /* ---- decoding ---- */

    static char[] decode(int set, byte[] b, int off, int len) {
        switch (set) {
        case UTF_8:
            return decodeUtf8(b, off, len);
        case US_ASCII:
        case ISO_8859_1: {
            char[] out = new char[len];
            for (int i = 0; i < len; i++) {
                int x = b[off + i];
                out[i] = x >= 0 ? (char) x
                       : set == ISO_8859_1 ? (char) (x & 0xFF) : '\uFFFD';
            }
            return out;
        }
        case UTF_16BE:
            return decodeUtf16(b, off, len, true);
        case UTF_16LE:
            return decodeUtf16(b, off, len, false);
        default:
            /* A byte-order mark picks the order and is dropped; without one
             * the text is big-endian. */
            if (len >= 2) {
                int b0 = b[off] & 0xFF;
                int b1 = b[off + 1] & 0xFF;
                if (b0 == 0xFE && b1 == 0xFF)
                    return decodeUtf16(b, off + 2, len - 2, true);
                if (b0 == 0xFF && b1 == 0xFE)
                    return decodeUtf16(b, off + 2, len - 2, false);
            }
            return decodeUtf16(b, off, len, true);
        }
    }

    private static char[] decodeUtf8(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end && b[i] >= 0)
            i++;
        if (i == end) {                         /* all ASCII */
            char[] out = new char[len];
            for (int k = 0; k < len; k++)
                out[k] = (char) b[off + k];
            return out;
        }
        char[] out = new char[len];
        int n = decodeUtf8(b, off, end, out);
        return n == len ? out : copyOf(out, n);
    }

    /* Decodes UTF-8 from b[off, end) into [out]; returns the number of chars. A sequence that is truncated by the end of input
     * becomes one U+FFFD. (A malformed sequence is replaced by one U+FFFD for
     * its longest valid-looking prefix, or for its first byte; an encoded
     * surrogate counts as malformed as a whole - this is what the JDK does.)
     * [out] must have room for end - off chars. */
    private static int decodeUtf8(byte[] b, int off, int end, char[] out) {
        int n = 0;
        int i = off;
        while (i < end) {
            int b0 = b[i];
            if (b0 >= 0) {
                out[n++] = (char) b0;
                i++;
                continue;
            }
            b0 &= 0xFF;
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            int cp;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                need = 1;
                cp = b0 & 0x1F;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                need = 2;
                cp = b0 & 0x0F;
                if (b0 == 0xE0)
                    lo = 0xA0;                  /* no overlong forms */
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                need = 3;
                cp = b0 & 0x07;
                if (b0 == 0xF0)
                    lo = 0x90;                  /* no overlong forms */
                else if (b0 == 0xF4)
                    hi = 0x8F;                  /* nothing above U+10FFFF */
            } else {
                out[n++] = '\uFFFD';
                i++;
                continue;
            }
            int j = i + 1;
            int k = 0;
            for (; k < need && j < end; k++, j++) {
                int c = b[j] & 0xFF;
                if (c < lo || c > hi)
                    break;
                lo = 0x80;
                hi = 0xBF;
                cp = (cp << 6) | (c & 0x3F);
            }
            if (k < need) {
                out[n++] = '\uFFFD';
                i = j;
                continue;
            }
            i = j;
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                out[n++] = '\uFFFD';
            } else if (cp >= 0x10000) {
                out[n++] = (char) ((cp >>> 10) + (0xD800 - (0x10000 >>> 10)));
                out[n++] = (char) (0xDC00 | (cp & 0x3FF));
            } else {
                out[n++] = (char) cp;
            }
        }
        return n;
    }

    /* A high surrogate followed by a unit that is not a low surrogate is
     * malformed together with that unit; other unpaired surrogates and an odd
     * last byte each become one U+FFFD. */
    private static char[] decodeUtf16(byte[] b, int off, int len,
                                      boolean bigEndian) {
        char[] out = new char[(len + 1) / 2];
        int n = 0;
        int end = off + len;
        int i = off;
        while (i + 1 < end) {
            char c = unit(b, i, bigEndian);
            i += 2;
            if (c < 0xD800 || c > 0xDFFF) {
                out[n++] = c;
            } else if (c >= 0xDC00) {
                out[n++] = '\uFFFD';
            } else if (i + 1 < end) {
                char d = unit(b, i, bigEndian);
                i += 2;
                if (d >= 0xDC00 && d <= 0xDFFF) {
                    out[n++] = c;
                    out[n++] = d;
                } else {
                    out[n++] = '\uFFFD';
                }
            } else {
                out[n++] = '\uFFFD';
                i = end;
            }
        }
        if (i < end)
            out[n++] = '\uFFFD';
        return n == out.length ? out : copyOf(out, n);
    }

    private static char unit(byte[] b, int i, boolean bigEndian) {
        int hi = bigEndian ? b[i] : b[i + 1];
        int lo = bigEndian ? b[i + 1] : b[i];
        return (char) (((hi & 0xFF) << 8) | (lo & 0xFF));
    }

    private static byte[] copyOf(byte[] a, int n) {
        byte[] r = new byte[n];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }

    private static char[] copyOf(char[] a, int n) {
        char[] r = new char[n];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }
}
