/*
 * FileDescriptor - an open file of the operating system, by number. Only
 * the three standard descriptors can be obtained for now.
 */
package java.io;

public final class FileDescriptor {
    final int fd;

    public static final FileDescriptor in = new FileDescriptor(0);
    public static final FileDescriptor out = new FileDescriptor(1);
    public static final FileDescriptor err = new FileDescriptor(2);

    /* An invalid descriptor. */
    public FileDescriptor() {
        fd = -1;
    }

    private FileDescriptor(int fd) {
        this.fd = fd;
    }

    public boolean valid() {
        return fd != -1;
    }

    public void sync() {
    }
}
