/*
 * OutputStreamWriter - encodes chars into a byte stream (UTF-8 unless told
 * otherwise). Like the JDK's, it keeps up to 8192 encoded bytes until
 * flushed, closed or full.
 */
package java.io;

public class OutputStreamWriter extends Writer {
    private static final int BYTE_BUFFER_SIZE = 8192;

    private final CharCodec codec;
    private final CharCodec.Encoder encoder;
    private OutputStream out;
    private byte[] bytes = new byte[BYTE_BUFFER_SIZE];
    private int count;
    private volatile boolean closed;

    public OutputStreamWriter(OutputStream out, String charsetName)
            throws UnsupportedEncodingException {
        super(out);
        this.out = out;
        this.codec = new CharCodec(charsetName);
        this.encoder = codec.new Encoder();
    }

    public OutputStreamWriter(OutputStream out) {
        super(out);
        this.out = out;
        this.codec = CharCodec.utf8();
        this.encoder = codec.new Encoder();
    }

    public String getEncoding() {
        return closed ? null : codec.historicalName;
    }

    private void ensureOpen() throws IOException {
        if (closed)
            throw new IOException("Stream closed");
    }

    private void put(byte[] b) throws IOException {
        if (b.length > bytes.length - count)
            flushBuffer();
        if (b.length >= bytes.length) {
            out.write(b, 0, b.length);
            return;
        }
        System.arraycopy(b, 0, bytes, count, b.length);
        count += b.length;
    }

    /* Writes the bytes kept so far to the stream, without flushing it. */
    void flushBuffer() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (count > 0) {
                out.write(bytes, 0, count);
                count = 0;
            }
        }
    }

    public void write(int c) throws IOException {
        write(new char[] { (char) c }, 0, 1);
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (off < 0 || off > cbuf.length || len < 0
                    || off + len > cbuf.length || off + len < 0)
                throw new IndexOutOfBoundsException();
            if (len == 0)
                return;
            put(encoder.encode(cbuf, off, len));
        }
    }

    public void write(String str, int off, int len) throws IOException {
        if (len < 0)
            throw new IndexOutOfBoundsException();
        char[] cbuf = new char[len];
        str.getChars(off, off + len, cbuf, 0);
        write(cbuf, 0, len);
    }

    public void flush() throws IOException {
        synchronized (lock) {
            flushBuffer();
            out.flush();
        }
    }

    /* A high surrogate still waiting for its pair is written as '?'. */
    public void close() throws IOException {
        synchronized (lock) {
            if (closed)
                return;
            try {
                put(encoder.finish());
                flushBuffer();
                out.flush();
            } finally {
                closed = true;
                out.close();
            }
        }
    }
}
