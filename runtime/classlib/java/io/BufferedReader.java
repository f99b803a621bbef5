/*
 * BufferedReader - reads the underlying reader in large pieces; reads
 * lines and supports mark/reset.
 *
 * Chars cb[nextChar, nChars) are read but not yet delivered. A line ends
 * at \n, \r or \r\n; after a \r, skipLF says a \n that follows belongs to
 * the same line end, even if it comes in the next piece.
 */
package java.io;

import java.util.Objects;

public class BufferedReader extends Reader {
    private static final int DEFAULT_CHAR_BUFFER_SIZE = 8192;
    private static final int DEFAULT_EXPECTED_LINE_LENGTH = 80;
    private static final int UNMARKED = -1;
    private static final int INVALIDATED = -2;

    private Reader in;
    private char[] cb;
    private int nChars;
    private int nextChar;
    private int markedChar = UNMARKED;
    private int readAheadLimit;
    private boolean skipLF;
    private boolean markedSkipLF;

    public BufferedReader(Reader in, int sz) {
        super(in);
        if (sz <= 0)
            throw new IllegalArgumentException("Buffer size <= 0");
        this.in = in;
        cb = new char[sz];
    }

    public BufferedReader(Reader in) {
        this(in, DEFAULT_CHAR_BUFFER_SIZE);
    }

    private void ensureOpen() throws IOException {
        if (in == null)
            throw new IOException("Stream closed");
    }

    /* Reads more chars into the buffer, keeping what a mark needs. */
    private void fill() throws IOException {
        int dst;
        if (markedChar <= UNMARKED) {
            dst = 0;
        } else {
            int delta = nextChar - markedChar;
            if (delta >= readAheadLimit) {
                markedChar = INVALIDATED;       /* read past the limit */
                readAheadLimit = 0;
                dst = 0;
            } else {
                if (readAheadLimit <= cb.length) {
                    System.arraycopy(cb, markedChar, cb, 0, delta);
                } else {
                    char[] bigger = new char[readAheadLimit];
                    System.arraycopy(cb, markedChar, bigger, 0, delta);
                    cb = bigger;
                }
                markedChar = 0;
                dst = delta;
                nextChar = delta;
                nChars = delta;
            }
        }
        int n;
        do {
            n = in.read(cb, dst, cb.length - dst);
        } while (n == 0);
        if (n > 0) {
            nChars = dst + n;
            nextChar = dst;
        }
    }

    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            for (;;) {
                if (nextChar >= nChars) {
                    fill();
                    if (nextChar >= nChars)
                        return -1;
                }
                if (skipLF) {
                    skipLF = false;
                    if (cb[nextChar] == '\n') {
                        nextChar++;
                        continue;
                    }
                }
                return cb[nextChar++];
            }
        }
    }

    /* At most one read of the underlying reader; a large request with no
     * mark set bypasses the buffer. */
    private int read1(char[] cbuf, int off, int len) throws IOException {
        if (nextChar >= nChars) {
            if (len >= cb.length && markedChar <= UNMARKED && !skipLF)
                return in.read(cbuf, off, len);
            fill();
        }
        if (nextChar >= nChars)
            return -1;
        if (skipLF) {
            skipLF = false;
            if (cb[nextChar] == '\n') {
                nextChar++;
                if (nextChar >= nChars)
                    fill();
                if (nextChar >= nChars)
                    return -1;
            }
        }
        int n = Math.min(len, nChars - nextChar);
        System.arraycopy(cb, nextChar, cbuf, off, n);
        nextChar += n;
        return n;
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0)
                return 0;
            int n = read1(cbuf, off, len);
            if (n <= 0)
                return n;
            while (n < len && in.ready()) {
                int n1 = read1(cbuf, off + n, len - n);
                if (n1 <= 0)
                    break;
                n += n1;
            }
            return n;
        }
    }

    /* The next line without its terminator, or null at the end of input. */
    public String readLine() throws IOException {
        StringBuilder s = null;
        synchronized (lock) {
            ensureOpen();
            boolean omitLF = skipLF;
            for (;;) {
                if (nextChar >= nChars)
                    fill();
                if (nextChar >= nChars) {       /* end of input */
                    if (s != null && s.length() > 0)
                        return s.toString();
                    return null;
                }
                boolean eol = false;
                char c = 0;
                if (omitLF && cb[nextChar] == '\n')
                    nextChar++;
                skipLF = false;
                omitLF = false;
                int i;
                for (i = nextChar; i < nChars; i++) {
                    c = cb[i];
                    if (c == '\n' || c == '\r') {
                        eol = true;
                        break;
                    }
                }
                int start = nextChar;
                nextChar = i;
                if (eol) {
                    String line;
                    if (s == null) {
                        line = new String(cb, start, i - start);
                    } else {
                        s.append(cb, start, i - start);
                        line = s.toString();
                    }
                    nextChar++;
                    if (c == '\r')
                        skipLF = true;
                    return line;
                }
                if (s == null)
                    s = new StringBuilder(DEFAULT_EXPECTED_LINE_LENGTH);
                s.append(cb, start, i - start);
            }
        }
    }

    public long skip(long n) throws IOException {
        if (n < 0L)
            throw new IllegalArgumentException("skip value is negative");
        synchronized (lock) {
            ensureOpen();
            long r = n;
            while (r > 0) {
                if (nextChar >= nChars)
                    fill();
                if (nextChar >= nChars)
                    break;
                if (skipLF) {
                    skipLF = false;
                    if (cb[nextChar] == '\n')
                        nextChar++;
                }
                long d = nChars - nextChar;
                if (r <= d) {
                    nextChar += (int) r;
                    r = 0;
                    break;
                }
                r -= d;
                nextChar = nChars;
            }
            return n - r;
        }
    }

    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (skipLF) {
                if (nextChar >= nChars && in.ready())
                    fill();
                if (nextChar < nChars) {
                    if (cb[nextChar] == '\n')
                        nextChar++;
                    skipLF = false;
                }
            }
            return nextChar < nChars || in.ready();
        }
    }

    public boolean markSupported() {
        return true;
    }

    public void mark(int readAheadLimit) throws IOException {
        if (readAheadLimit < 0)
            throw new IllegalArgumentException("Read-ahead limit < 0");
        synchronized (lock) {
            ensureOpen();
            this.readAheadLimit = readAheadLimit;
            markedChar = nextChar;
            markedSkipLF = skipLF;
        }
    }

    public void reset() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (markedChar < 0)
                throw new IOException(markedChar == INVALIDATED
                                      ? "Mark invalid" : "Stream not marked");
            nextChar = markedChar;
            skipLF = markedSkipLF;
        }
    }

    public void close() throws IOException {
        synchronized (lock) {
            if (in == null)
                return;
            try {
                in.close();
            } finally {
                in = null;
                cb = null;
            }
        }
    }
}
