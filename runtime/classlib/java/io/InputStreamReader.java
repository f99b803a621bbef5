/*
 * InputStreamReader - decodes chars from a byte stream (UTF-8 unless told
 * otherwise). Malformed input becomes U+FFFD.
 */
package java.io;

public class InputStreamReader extends Reader {
    private static final int BYTE_BUFFER_SIZE = 8192;

    private final CharCodec codec;
    private final CharCodec.Decoder decoder;
    private InputStream in;
    private final byte[] bytes = new byte[BYTE_BUFFER_SIZE];
    private char[] chars = new char[0];     /* decoded, not yet read */
    private int charPos;
    private boolean endOfInput;
    private volatile boolean closed;

    public InputStreamReader(InputStream in) {
        super(in);
        this.in = in;
        this.codec = CharCodec.utf8();
        this.decoder = codec.new Decoder();
    }

    public InputStreamReader(InputStream in, String charsetName)
            throws UnsupportedEncodingException {
        super(in);
        this.in = in;
        this.codec = new CharCodec(charsetName);
        this.decoder = codec.new Decoder();
    }

    public String getEncoding() {
        return closed ? null : codec.historicalName;
    }

    private void ensureOpen() throws IOException {
        if (closed)
            throw new IOException("Stream closed");
    }

    /* Makes decoded chars available; false at the end of input. Reads the
     * underlying stream only when nothing is left, once per call if that
     * gives a char (so that interactive input is not waited for). */
    private boolean fill() throws IOException {
        while (charPos >= chars.length) {
            if (endOfInput)
                return false;
            int n = in.read(bytes, 0, bytes.length);
            String text;
            if (n < 0) {
                endOfInput = true;
                text = decoder.decode(bytes, 0, 0, true);
            } else {
                text = decoder.decode(bytes, 0, n, false);
            }
            chars = text.toCharArray();
            charPos = 0;
        }
        return true;
    }

    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (!fill())
                return -1;
            return chars[charPos++];
        }
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (off < 0 || off > cbuf.length || len < 0
                    || off + len > cbuf.length || off + len < 0)
                throw new IndexOutOfBoundsException();
            if (len == 0)
                return 0;
            if (!fill())
                return -1;
            int n = Math.min(len, chars.length - charPos);
            System.arraycopy(chars, charPos, cbuf, off, n);
            charPos += n;
            return n;
        }
    }

    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return charPos < chars.length || in.available() > 0;
        }
    }

    public void close() throws IOException {
        synchronized (lock) {
            if (closed)
                return;
            closed = true;
            in.close();
        }
    }
}
