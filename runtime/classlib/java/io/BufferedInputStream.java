/*
 * BufferedInputStream - reads the underlying stream in large pieces and
 * supports mark/reset.
 *
 * Bytes buf[pos, count) are read but not yet delivered. With a mark set
 * (markpos >= 0), buf[markpos, pos) is kept for reset(), growing the
 * buffer up to marklimit if needed.
 */
package java.io;

public class BufferedInputStream extends FilterInputStream {
    private static final int DEFAULT_BUFFER_SIZE = 8192;
    private static final int MAX_BUFFER_SIZE = Integer.MAX_VALUE - 8;

    protected volatile byte[] buf;
    protected int count;
    protected int pos;
    protected int markpos = -1;
    protected int marklimit;

    public BufferedInputStream(InputStream in) {
        this(in, DEFAULT_BUFFER_SIZE);
    }

    public BufferedInputStream(InputStream in, int size) {
        super(in);
        if (size <= 0)
            throw new IllegalArgumentException("Buffer size <= 0");
        buf = new byte[size];
    }

    private InputStream getInIfOpen() throws IOException {
        InputStream input = in;
        if (input == null)
            throw new IOException("Stream closed");
        return input;
    }

    private byte[] getBufIfOpen() throws IOException {
        byte[] buffer = buf;
        if (buffer == null)
            throw new IOException("Stream closed");
        return buffer;
    }

    /* Reads more into the buffer: one read of the underlying stream. */
    private void fill() throws IOException {
        byte[] buffer = getBufIfOpen();
        if (markpos < 0) {
            pos = 0;                            /* nothing to keep */
        } else if (pos >= buffer.length) {
            if (markpos > 0) {                  /* drop what precedes the mark */
                int kept = pos - markpos;
                System.arraycopy(buffer, markpos, buffer, 0, kept);
                pos = kept;
                markpos = 0;
            } else if (buffer.length >= marklimit) {
                markpos = -1;                   /* the mark is too old */
                pos = 0;
            } else if (buffer.length >= MAX_BUFFER_SIZE) {
                throw new OutOfMemoryError("Required array size too large");
            } else {
                int size = pos <= MAX_BUFFER_SIZE - pos ? pos * 2 : MAX_BUFFER_SIZE;
                if (size > marklimit)
                    size = marklimit;
                byte[] bigger = new byte[size];
                System.arraycopy(buffer, 0, bigger, 0, pos);
                buf = buffer = bigger;
            }
        }
        count = pos;
        int n = getInIfOpen().read(buffer, pos, buffer.length - pos);
        if (n > 0)
            count = n + pos;
    }

    public synchronized int read() throws IOException {
        if (pos >= count) {
            fill();
            if (pos >= count)
                return -1;
        }
        return getBufIfOpen()[pos++] & 0xFF;
    }

    /* At most one read of the underlying stream; a large request with no
     * mark set bypasses the buffer. */
    private int read1(byte[] b, int off, int len) throws IOException {
        int avail = count - pos;
        if (avail <= 0) {
            if (len >= getBufIfOpen().length && markpos < 0)
                return getInIfOpen().read(b, off, len);
            fill();
            avail = count - pos;
            if (avail <= 0)
                return -1;
        }
        int n = avail < len ? avail : len;
        System.arraycopy(getBufIfOpen(), pos, b, off, n);
        pos += n;
        return n;
    }

    /* Keeps reading while the underlying stream has bytes available
     * without blocking. */
    public synchronized int read(byte[] b, int off, int len)
            throws IOException {
        getBufIfOpen();
        if ((off | len | (off + len) | (b.length - (off + len))) < 0)
            throw new IndexOutOfBoundsException();
        if (len == 0)
            return 0;
        int n = 0;
        for (;;) {
            int nread = read1(b, off + n, len - n);
            if (nread <= 0)
                return n == 0 ? nread : n;
            n += nread;
            if (n >= len)
                return n;
            InputStream input = in;
            if (input != null && input.available() <= 0)
                return n;
        }
    }

    public synchronized long skip(long n) throws IOException {
        getBufIfOpen();
        if (n <= 0)
            return 0;
        long avail = count - pos;
        if (avail <= 0) {
            if (markpos < 0)
                return getInIfOpen().skip(n);
            fill();
            avail = count - pos;
            if (avail <= 0)
                return 0;
        }
        long skipped = avail < n ? avail : n;
        pos += (int) skipped;
        return skipped;
    }

    public synchronized int available() throws IOException {
        int n = count - pos;
        int avail = getInIfOpen().available();
        return n > Integer.MAX_VALUE - avail ? Integer.MAX_VALUE : n + avail;
    }

    public synchronized void mark(int readlimit) {
        marklimit = readlimit;
        markpos = pos;
    }

    public synchronized void reset() throws IOException {
        getBufIfOpen();
        if (markpos < 0)
            throw new IOException("Resetting to invalid mark");
        pos = markpos;
    }

    public boolean markSupported() {
        return true;
    }

    public void close() throws IOException {
        byte[] buffer = buf;
        if (buffer == null)
            return;
        buf = null;
        InputStream input = in;
        in = null;
        if (input != null)
            input.close();
    }
}
