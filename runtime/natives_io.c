/*
 * natives_io.c - the file-descriptor natives under java.io's streams.
 *
 * Standard output goes through the VM's buffered FILE (flushed at exit and
 * before anything is written to standard error, so the two interleave as
 * a terminal expects); other descriptors are written directly.
 */
#include "runtime/native.h"

#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static bool check_range(Thread *t, Array *b, int32_t off, int32_t len)
{
    if (!b)
        return throw_null_pointer(t);
    if (off < 0 || len < 0 || (int64_t)off + len > b->length)
        return throw_new(t, "java/lang/IndexOutOfBoundsException",
                         "Range [%d, %d + %d) out of bounds for length %d", off, off, len,
                         b->length);
    return true;
}

static bool FileOutputStream_writeBytes(Thread *t, Slot *args, Slot *result)
{
    Vm *vm = t->vm;
    int32_t fd = args[0].i, off = args[2].i, len = args[3].i;
    Array *b = (Array *)args[1].a;
    if (!check_range(t, b, off, len))
        return false;
    const uint8_t *p = array_elements(b, uint8_t) + off;
    if (fd == 1 || fd == 2) {
        FILE *f = fd == 1 ? vm->out : vm->err;
        if (fd == 2)
            fflush(vm->out);
        if (fwrite(p, 1, (size_t)len, f) != (size_t)len)
            return throw_new(t, "java/io/IOException", "%s", strerror(errno));
        if (fd == 2)
            fflush(f);
        return true;
    }
    while (len > 0) {
        ssize_t n = write(fd, p, (size_t)len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return throw_new(t, "java/io/IOException", "%s", strerror(errno));
        }
        p += n;
        len -= (int32_t)n;
    }
    return true;
}

static bool FileInputStream_readBytes(Thread *t, Slot *args, Slot *result)
{
    int32_t fd = args[0].i, off = args[2].i, len = args[3].i;
    Array *b = (Array *)args[1].a;
    if (!check_range(t, b, off, len))
        return false;
    if (len == 0) {
        result->i = 0;
        return true;
    }
    if (fd == 0)
        fflush(t->vm->out); /* a prompt shows before we wait for input */
    for (;;) {
        ssize_t n = read(fd, array_elements(b, uint8_t) + off, (size_t)len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return throw_new(t, "java/io/IOException", "%s", strerror(errno));
        result->i = n == 0 ? -1 : (int32_t)n;
        return true;
    }
}

static bool FileInputStream_available0(Thread *t, Slot *args, Slot *result)
{
    int n = 0;
    if (ioctl(args[0].i, FIONREAD, &n) < 0)
        n = 0;
    result->i = n;
    return true;
}

const NativeEntry natives_io[] = {
    {"java/io/FileOutputStream", "writeBytes", "(I[BII)V", FileOutputStream_writeBytes},
    {"java/io/FileInputStream", "readBytes", "(I[BII)I", FileInputStream_readBytes},
    {"java/io/FileInputStream", "available0", "(I)I", FileInputStream_available0},
    {NULL, NULL, NULL, NULL},
};
