/*
 * CharCodec - incremental conversion between chars and bytes for the
 * readers, writers and PrintStream, on top of String's own charset support
 * (UTF-8, US-ASCII, ISO-8859-1, UTF-16BE, UTF-16LE and UTF-16).
 *
 * String converts whole texts; text written or read in pieces may split a
 * surrogate pair or a multi-byte sequence, so those are held back until
 * the next piece, and the byte-order mark of "UTF-16" is written or read
 * only once. The result is what the JDK's stateful coders produce.
 */
package java.io;

final class CharCodec {
    static final int SINGLE_BYTE = 0;
    static final int UTF_8 = 1;
    static final int UTF_16BE = 2;
    static final int UTF_16LE = 3;
    static final int UTF_16 = 4;        /* with a byte-order mark */

    /* The name as given, for String's conversions. */
    final String name;
    final int kind;
    /* The JDK's historical name (InputStreamReader.getEncoding()). */
    final String historicalName;

    /* The set is recognised by how it encodes "é"; that keeps the list of
     * names and aliases in one place (String). */
    CharCodec(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null)
            throw new NullPointerException("charsetName");
        byte[] e = "\u00e9".getBytes(charsetName);
        name = charsetName;
        if (e.length == 1) {
            kind = SINGLE_BYTE;
            historicalName = e[0] == '?' ? "ASCII" : "ISO8859_1";
        } else if (e.length == 4) {
            kind = UTF_16;
            historicalName = "UTF-16";
        } else if (e[0] == 0) {
            kind = UTF_16BE;
            historicalName = "UnicodeBigUnmarked";
        } else if (e[1] == 0) {
            kind = UTF_16LE;
            historicalName = "UnicodeLittleUnmarked";
        } else {
            kind = UTF_8;
            historicalName = "UTF8";
        }
    }

    /* The default set; compared by identity to take String's UTF-8 paths
     * that need no name. */
    private static final String UTF8_NAME = "UTF-8";

    static CharCodec utf8() {
        try {
            return new CharCodec(UTF8_NAME);
        } catch (UnsupportedEncodingException e) {
            throw new InternalError(e);
        }
    }

    /* The name of a set to use for a piece after the first. */
    private String continuationName(boolean bigEndian) {
        if (kind != UTF_16)
            return name;
        return bigEndian ? "UTF-16BE" : "UTF-16LE";
    }

    private static byte[] encode(String text, String charsetName) {
        if (charsetName == UTF8_NAME)
            return text.getBytes();             /* no look-up of the name */
        try {
            return text.getBytes(charsetName);
        } catch (UnsupportedEncodingException e) {
            throw new InternalError(e);
        }
    }

    private static String decode(byte[] b, int off, int len,
                                 String charsetName) {
        if (charsetName == UTF8_NAME)
            return new String(b, off, len);
        try {
            return new String(b, off, len, charsetName);
        } catch (UnsupportedEncodingException e) {
            throw new InternalError(e);
        }
    }

    /* ---- encoding ---- */

    /* Encodes text in pieces. */
    final class Encoder {
        private char pendingHigh;
        private boolean hasPending;
        private boolean started;

        /* The bytes for c[off, off+len); a high surrogate at the end waits
         * for the next piece. */
        byte[] encode(char[] c, int off, int len) {
            int n = len + (hasPending ? 1 : 0);
            if (n == 0)
                return new byte[0];
            char[] text = new char[n];
            int j = 0;
            if (hasPending)
                text[j++] = pendingHigh;
            System.arraycopy(c, off, text, j, len);
            hasPending = false;
            if (Character.isHighSurrogate(text[n - 1])) {
                pendingHigh = text[n - 1];
                hasPending = true;
                n--;
            }
            return encodeNow(new String(text, 0, n));
        }

        byte[] encode(String s) {
            int n = s.length();
            if (!hasPending && (n == 0 || !Character.isHighSurrogate(s.charAt(n - 1))))
                return encodeNow(s);
            char[] c = s.toCharArray();
            return encode(c, 0, c.length);
        }

        /* The bytes for a high surrogate still waiting (at close). */
        byte[] finish() {
            if (!hasPending)
                return new byte[0];
            hasPending = false;
            return encodeNow(String.valueOf(pendingHigh));
        }

        private byte[] encodeNow(String text) {
            if (text.isEmpty())
                return new byte[0];
            String set = started ? continuationName(true) : name;
            started = true;
            return CharCodec.encode(text, set);
        }
    }

    /* ---- decoding ---- */

    /* Decodes bytes that arrive in pieces. */
    final class Decoder {
        private byte[] pending = new byte[0];
        private boolean orderKnown = kind != UTF_16;
        private boolean bigEndian = kind != UTF_16LE;

        /* The text for the bytes so far; at the end of input everything
         * left is decoded (an incomplete sequence becomes U+FFFD). */
        String decode(byte[] b, int off, int len, boolean endOfInput) {
            byte[] bytes = new byte[pending.length + len];
            System.arraycopy(pending, 0, bytes, 0, pending.length);
            System.arraycopy(b, off, bytes, pending.length, len);
            int start = 0;
            int n = bytes.length;
            if (!orderKnown) {
                if (n < 2 && !endOfInput) {
                    pending = bytes;
                    return "";
                }
                orderKnown = true;
                if (n >= 2) {
                    int b0 = bytes[0] & 0xFF;
                    int b1 = bytes[1] & 0xFF;
                    if (b0 == 0xFE && b1 == 0xFF) {
                        start = 2;
                    } else if (b0 == 0xFF && b1 == 0xFE) {
                        start = 2;
                        bigEndian = false;
                    }
                }
            }
            int end = endOfInput ? n : completeEnd(bytes, start, n);
            pending = new byte[n - end];
            System.arraycopy(bytes, end, pending, 0, n - end);
            if (end == start)
                return "";
            /* At the end the JDK's "UTF-16" decoder has forgotten the order a
             * byte-order mark gave: what is left is read as big-endian. */
            String set = name;
            if (kind == UTF_16)
                set = endOfInput ? "UTF-16BE" : continuationName(bigEndian);
            return CharCodec.decode(bytes, start, end - start, set);
        }

        /* Where the complete characters in b[start, n) end. */
        private int completeEnd(byte[] b, int start, int n) {
            if (kind == SINGLE_BYTE)
                return n;
            if (kind == UTF_8)
                return n - incompleteUtf8Tail(b, start, n);
            int end = start + ((n - start) & ~1);
            if (end - start >= 2) {
                int hi = bigEndian ? b[end - 2] & 0xFF : b[end - 1] & 0xFF;
                if (hi >= 0xD8 && hi <= 0xDB)
                    end -= 2;               /* a high surrogate waits */
            }
            return end;
        }
    }

    /* How many bytes at the end of b[start, n) begin a UTF-8 sequence that
     * is valid so far but not complete. */
    static int incompleteUtf8Tail(byte[] b, int start, int n) {
        for (int back = 1; back <= 3 && n - back >= start; back++) {
            int lead = b[n - back] & 0xFF;
            if (lead >= 0x80 && lead <= 0xBF)
                continue;                   /* a continuation byte */
            int need = lead >= 0xC2 && lead <= 0xDF ? 2
                     : lead >= 0xE0 && lead <= 0xEF ? 3
                     : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (need <= back)
                return 0;
            if (back >= 2) {
                int second = b[n - back + 1] & 0xFF;
                if ((lead == 0xE0 && second < 0xA0)
                        || (lead == 0xF0 && second < 0x90)
                        || (lead == 0xF4 && second > 0x8F))
                    return 0;
            }
            return back;
        }
        return 0;
    }
}
