/*
 * FileInputStream - reads bytes from a file descriptor. Only descriptors
 * (standard input) can be opened for now, not files by name.
 */
package java.io;

public class FileInputStream extends InputStream {
    private final FileDescriptor fdObj;
    private final int fd;
    private volatile boolean closed;

    public FileInputStream(FileDescriptor fdObj) {
        if (fdObj == null)
            throw new NullPointerException();
        this.fdObj = fdObj;
        this.fd = fdObj.fd;
    }

    /* -1 at the end of input. */
    private static native int readBytes(int fd, byte[] b, int off, int len)
        throws IOException;

    private static native int available0(int fd) throws IOException;

    private void ensureOpen() throws IOException {
        if (closed)
            throw new IOException("Stream Closed");
    }

    public int read() throws IOException {
        ensureOpen();
        byte[] b = new byte[1];
        int n = readBytes(fd, b, 0, 1);
        return n <= 0 ? -1 : b[0] & 0xFF;
    }

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    /* A range outside [b] is an IndexOutOfBoundsException without a
     * message, as HotSpot's native code throws it. */
    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off)
            throw new IndexOutOfBoundsException();
        ensureOpen();
        if (len == 0)
            return 0;
        return readBytes(fd, b, off, len);
    }

    public long skip(long n) throws IOException {
        ensureOpen();
        return super.skip(n);
    }

    public int available() throws IOException {
        ensureOpen();
        return available0(fd);
    }

    public void close() throws IOException {
        closed = true;
    }

    public final FileDescriptor getFD() throws IOException {
        return fdObj;
    }
}
