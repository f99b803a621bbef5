/*
 * FilterOutputStream - an output stream that passes everything on to
 * another one; the base of streams that transform or buffer.
 */
package java.io;

import java.util.Objects;

public class FilterOutputStream extends OutputStream {
    protected OutputStream out;
    private volatile boolean closed;

    public FilterOutputStream(OutputStream out) {
        this.out = out;
    }

    public void write(int b) throws IOException {
        out.write(b);
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    /* Byte by byte through write(int), so that subclasses need only
     * override that. */
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++)
            write(b[off + i]);
    }

    public void flush() throws IOException {
        out.flush();
    }

    /* Flushes, then closes the underlying stream even if flushing failed;
     * a failure to close wins, with the flush failure suppressed. */
    public void close() throws IOException {
        if (closed)
            return;
        synchronized (this) {
            if (closed)
                return;
            closed = true;
        }
        try {
            flush();
        } catch (Throwable flushException) {
            try {
                out.close();
            } catch (Throwable closeException) {
                if (closeException != flushException)
                    closeException.addSuppressed(flushException);
                throw closeException;
            }
            throw flushException;
        }
        out.close();
    }
}
