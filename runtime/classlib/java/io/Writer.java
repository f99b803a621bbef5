/*
 * Writer - a destination of chars.
 */
package java.io;

import java.util.Objects;

public abstract class Writer implements Appendable, Closeable, Flushable {
    /* What the writer's operations synchronize on. */
    protected Object lock;

    protected Writer() {
        this.lock = this;
    }

    protected Writer(Object lock) {
        if (lock == null)
            throw new NullPointerException();
        this.lock = lock;
    }

    /* A writer that discards everything (until closed). */
    public static Writer nullWriter() {
        return new Writer() {
            private volatile boolean closed;

            private void ensureOpen() throws IOException {
                if (closed)
                    throw new IOException("Stream closed");
            }

            public Writer append(char c) throws IOException {
                ensureOpen();
                return this;
            }

            public Writer append(CharSequence csq) throws IOException {
                ensureOpen();
                return this;
            }

            public Writer append(CharSequence csq, int start, int end)
                    throws IOException {
                ensureOpen();
                if (csq != null)
                    Objects.checkFromToIndex(start, end, csq.length());
                return this;
            }

            public void write(int c) throws IOException {
                ensureOpen();
            }

            public void write(char[] cbuf, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, cbuf.length);
                ensureOpen();
            }

            public void write(String str) throws IOException {
                Objects.requireNonNull(str);
                ensureOpen();
            }

            public void write(String str, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, str.length());
                ensureOpen();
            }

            public void flush() throws IOException {
                ensureOpen();
            }

            public void close() throws IOException {
                closed = true;
            }
        };
    }

    public void write(int c) throws IOException {
        write(new char[] { (char) c }, 0, 1);
    }

    public void write(char[] cbuf) throws IOException {
        write(cbuf, 0, cbuf.length);
    }

    public abstract void write(char[] cbuf, int off, int len) throws IOException;

    public void write(String str) throws IOException {
        write(str, 0, str.length());
    }

    public void write(String str, int off, int len) throws IOException {
        char[] cbuf = new char[len < 0 ? 0 : len];
        str.getChars(off, off + len, cbuf, 0);
        write(cbuf, 0, len);
    }

    public Writer append(CharSequence csq) throws IOException {
        write(String.valueOf(csq));
        return this;
    }

    public Writer append(CharSequence csq, int start, int end)
            throws IOException {
        if (csq == null)
            csq = "null";
        return append(csq.subSequence(start, end));
    }

    public Writer append(char c) throws IOException {
        write(c);
        return this;
    }

    public abstract void flush() throws IOException;

    public abstract void close() throws IOException;
}
