/*
 * PrintStream - prints text and values to a byte stream, encoding chars in
 * its charset (UTF-8 unless told otherwise). Errors are not thrown but
 * remembered for checkError().
 *
 * Text goes to the underlying stream at every print (a surrogate pair
 * split between two prints is encoded once both halves are there); with
 * autoflush, the underlying stream is flushed after every write of bytes
 * and every println.
 */
package java.io;

import java.util.Formatter;

public class PrintStream extends FilterOutputStream
        implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble;
    private boolean closing;
    private volatile boolean closed;
    private final CharCodec.Encoder encoder;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        super(requireStream(out));
        this.autoFlush = autoFlush;
        this.encoder = CharCodec.utf8().new Encoder();
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding)
            throws UnsupportedEncodingException {
        super(requireStream(out));
        this.autoFlush = autoFlush;
        this.encoder = new CharCodec(encoding).new Encoder();
    }

    private static OutputStream requireStream(OutputStream out) {
        if (out == null)
            throw new NullPointerException("Null output stream");
        return out;
    }

    private void ensureOpen() throws IOException {
        if (closed)
            throw new IOException("Stream closed");
    }

    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    /* A high surrogate still waiting for its pair is written as '?'. */
    public void close() {
        synchronized (this) {
            if (closing)
                return;
            closing = true;
            try {
                byte[] rest = encoder.finish();
                if (rest.length > 0)
                    out.write(rest, 0, rest.length);
                out.close();
            } catch (IOException x) {
                trouble = true;
            }
            closed = true;
        }
    }

    public boolean checkError() {
        if (!closed)
            flush();
        else
            trouble = true;
        if (out instanceof PrintStream)
            return ((PrintStream) out).checkError();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    /* ---- bytes ---- */

    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if (b == '\n' && autoFlush)
                    out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush)
                    out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    /* ---- text ---- */

    /* Encodes [s] and writes the bytes through write(byte[], int, int). */
    private void writeText(String s) {
        writeText(s, autoFlush && s.indexOf('\n') >= 0);
    }

    private void writeText(String s, boolean flush) {
        try {
            synchronized (this) {
                ensureOpen();
                byte[] bytes = encoder.encode(s);
                if (bytes.length > 0)
                    write(bytes, 0, bytes.length);
                if (flush)
                    out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    private void writeText(char[] buf) {
        try {
            synchronized (this) {
                ensureOpen();
                byte[] bytes = encoder.encode(buf, 0, buf.length);
                if (bytes.length > 0)
                    write(bytes, 0, bytes.length);
                if (autoFlush) {
                    for (int i = 0; i < buf.length; i++) {
                        if (buf[i] == '\n') {
                            out.flush();
                            break;
                        }
                    }
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    private void newLine() {
        writeText("\n");
    }

    /* A line in one write; used when no subclass could observe the print
     * and newLine calls that make it up. */
    private void writeln(String s) {
        writeText(s.concat("\n"), autoFlush);
    }

    private boolean isPlain() {
        return getClass() == PrintStream.class;
    }

    public void print(boolean b) {
        writeText(String.valueOf(b));
    }

    public void print(char c) {
        writeText(String.valueOf(c));
    }

    public void print(int i) {
        writeText(String.valueOf(i));
    }

    public void print(long l) {
        writeText(String.valueOf(l));
    }

    public void print(float f) {
        writeText(String.valueOf(f));
    }

    public void print(double d) {
        writeText(String.valueOf(d));
    }

    public void print(char[] s) {
        writeText(s);
    }

    public void print(String s) {
        writeText(String.valueOf(s));
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj));
    }

    public void println() {
        newLine();
    }

    public void println(boolean x) {
        if (isPlain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char x) {
        if (isPlain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(int x) {
        if (isPlain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(long x) {
        if (isPlain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(float x) {
        if (isPlain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(double x) {
        if (isPlain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char[] x) {
        if (isPlain()) {
            char[] line = new char[x.length + 1];
            System.arraycopy(x, 0, line, 0, x.length);
            line[x.length] = '\n';
            writeText(line);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(String x) {
        if (isPlain()) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(Object x) {
        String s = String.valueOf(x);
        if (isPlain()) {
            writeln(s);
        } else {
            synchronized (this) {
                print(s);
                newLine();
            }
        }
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream format(String format, Object... args) {
        String s = new Formatter().format(format, args).toString();
        synchronized (this) {
            if (closed)
                trouble = true;
            else
                print(s);
        }
        return this;
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null)
            csq = "null";
        return append(csq.subSequence(start, end));
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
