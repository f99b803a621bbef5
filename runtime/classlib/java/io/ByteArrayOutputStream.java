/*
 * ByteArrayOutputStream - collects bytes in a growing array.
 */
package java.io;

import java.util.Objects;

public class ByteArrayOutputStream extends OutputStream {
    protected byte[] buf;
    protected int count;

    public ByteArrayOutputStream() {
        this(32);
    }

    public ByteArrayOutputStream(int size) {
        if (size < 0)
            throw new IllegalArgumentException("Negative initial size: " + size);
        buf = new byte[size];
    }

    /* Grows to twice the old capacity, or more if needed. */
    private void ensureCapacity(int minCapacity) {
        int old = buf.length;
        if (minCapacity - old <= 0)
            return;
        int size = old + Math.max(minCapacity - old, old);
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            if (minCapacity < 0)
                throw new OutOfMemoryError("Required array length " + old
                    + " + " + (minCapacity - old) + " is too large");
            size = Math.max(minCapacity, Integer.MAX_VALUE - 8);
        }
        byte[] bigger = new byte[size];
        System.arraycopy(buf, 0, bigger, 0, count);
        buf = bigger;
    }

    public synchronized void write(int b) {
        ensureCapacity(count + 1);
        buf[count++] = (byte) b;
    }

    public synchronized void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureCapacity(count + len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    public void writeBytes(byte[] b) {
        write(b, 0, b.length);
    }

    public synchronized void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, count);
    }

    public synchronized void reset() {
        count = 0;
    }

    public synchronized byte[] toByteArray() {
        byte[] copy = new byte[count];
        System.arraycopy(buf, 0, copy, 0, count);
        return copy;
    }

    public synchronized int size() {
        return count;
    }

    /* The bytes decoded as UTF-8. */
    public synchronized String toString() {
        return new String(buf, 0, count);
    }

    public synchronized String toString(String charsetName)
            throws UnsupportedEncodingException {
        return new String(buf, 0, count, charsetName);
    }

    @Deprecated
    public synchronized String toString(int hibyte) {
        return new String(buf, hibyte, 0, count);
    }

    public void close() throws IOException {
    }
}
