/*
 * System - the standard streams, system properties, time and the other
 * process-wide services.
 *
 * System.out and System.err write each print straight through to their
 * file descriptor (the VM buffers standard output in C and flushes it
 * before anything goes to standard error), so nothing printed from Java is
 * lost or reordered against what the VM prints itself.
 */
package java.lang;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

public final class System {
    /* Not final, so that setIn/setOut/setErr can replace them. */
    public static InputStream in;
    public static PrintStream out;
    public static PrintStream err;

    /* The system properties: keys and values in parallel. */
    private static String[] propertyKeys;
    private static String[] propertyValues;
    private static int propertyCount;

    static {
        in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        String[] pairs = initProperties();
        int n = pairs.length / 2;
        propertyKeys = new String[n + 8];
        propertyValues = new String[n + 8];
        for (int i = 0; i < n; i++) {
            propertyKeys[i] = pairs[2 * i];
            propertyValues[i] = pairs[2 * i + 1];
        }
        propertyCount = n;
    }

    private System() {
    }

    /* ---- natives ---- */

    public static native void arraycopy(Object src, int srcPos, Object dest,
                                        int destPos, int length);

    public static native long currentTimeMillis();

    public static native long nanoTime();

    public static native int identityHashCode(Object x);

    /* The VM's initial properties: key, value, key, value... */
    private static native String[] initProperties();

    private static native String getenv0(String name);

    /* ---- standard streams ---- */

    public static void setIn(InputStream in) {
        System.in = in;
    }

    public static void setOut(PrintStream out) {
        System.out = out;
    }

    public static void setErr(PrintStream err) {
        System.err = err;
    }

    /* ---- properties and environment ---- */

    private static void checkKey(String key) {
        if (key == null)
            throw new NullPointerException("key can't be null");
        if (key.isEmpty())
            throw new IllegalArgumentException("key can't be empty");
    }

    private static int findProperty(String key) {
        for (int i = 0; i < propertyCount; i++) {
            if (propertyKeys[i].equals(key))
                return i;
        }
        return -1;
    }

    public static String getProperty(String key) {
        checkKey(key);
        synchronized (System.class) {
            int i = findProperty(key);
            return i < 0 ? null : propertyValues[i];
        }
    }

    public static String getProperty(String key, String def) {
        String value = getProperty(key);
        return value == null ? def : value;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null)
            throw new NullPointerException();
        synchronized (System.class) {
            int i = findProperty(key);
            if (i >= 0) {
                String old = propertyValues[i];
                propertyValues[i] = value;
                return old;
            }
            if (propertyCount == propertyKeys.length) {
                int n = propertyCount * 2 + 1;
                String[] keys = new String[n];
                String[] values = new String[n];
                arraycopy(propertyKeys, 0, keys, 0, propertyCount);
                arraycopy(propertyValues, 0, values, 0, propertyCount);
                propertyKeys = keys;
                propertyValues = values;
            }
            propertyKeys[propertyCount] = key;
            propertyValues[propertyCount] = value;
            propertyCount++;
            return null;
        }
    }

    public static String clearProperty(String key) {
        checkKey(key);
        synchronized (System.class) {
            int i = findProperty(key);
            if (i < 0)
                return null;
            String old = propertyValues[i];
            propertyCount--;
            propertyKeys[i] = propertyKeys[propertyCount];
            propertyValues[i] = propertyValues[propertyCount];
            propertyKeys[propertyCount] = null;
            propertyValues[propertyCount] = null;
            return old;
        }
    }

    public static String lineSeparator() {
        return "\n";
    }

    public static String getenv(String name) {
        return getenv0(name);
    }

    /* ---- the process ---- */

    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static void runFinalization() {
    }
}
