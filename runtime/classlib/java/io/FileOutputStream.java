/*
 * FileOutputStream - writes bytes to a file descriptor. Only descriptors
 * (the standard ones) can be opened for now, not files by name.
 */
package java.io;

public class FileOutputStream extends OutputStream {
    private final FileDescriptor fdObj;
    private final int fd;
    private volatile boolean closed;

    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null)
            throw new NullPointerException();
        this.fdObj = fdObj;
        this.fd = fdObj.fd;
    }

    private static native void writeBytes(int fd, byte[] b, int off, int len)
        throws IOException;

    private void ensureOpen() throws IOException {
        if (closed)
            throw new IOException("Stream Closed");
    }

    public void write(int b) throws IOException {
        ensureOpen();
        writeBytes(fd, new byte[] { (byte) b }, 0, 1);
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    /* A range outside [b] is an IndexOutOfBoundsException without a
     * message, as HotSpot's native code throws it. */
    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off)
            throw new IndexOutOfBoundsException();
        ensureOpen();
        if (len > 0)
            writeBytes(fd, b, off, len);
    }

    public void close() throws IOException {
        closed = true;
    }

    public final FileDescriptor getFD() throws IOException {
        return fdObj;
    }
}
