/*
 * Thread - a thread of execution. Cortado runs only the main thread for
 * now: Thread objects can be created, named and inspected, and
 * currentThread() is the "main" thread, but start() is not supported yet.
 */
package java.lang;

public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    public enum State {
        NEW,
        RUNNABLE,
        BLOCKED,
        WAITING,
        TIMED_WAITING,
        TERMINATED
    }

    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    private static Thread mainThread;
    private static int threadInitNumber;
    private static long threadSeqNumber = 1;
    private static UncaughtExceptionHandler defaultUncaughtExceptionHandler;

    private volatile String name;
    private int priority;
    private boolean daemon;
    private final Runnable target;
    private final long tid;
    private volatile boolean interrupted;
    private volatile State state = State.NEW;
    private UncaughtExceptionHandler uncaughtExceptionHandler;

    /* The main thread. */
    private Thread(String name, long tid) {
        this.name = name;
        this.priority = NORM_PRIORITY;
        this.target = null;
        this.tid = tid;
        this.state = State.RUNNABLE;
    }

    public Thread() {
        this(null, nextThreadName());
    }

    public Thread(Runnable target) {
        this(target, nextThreadName());
    }

    public Thread(String name) {
        this(null, name);
    }

    public Thread(Runnable target, String name) {
        if (name == null)
            throw new NullPointerException("name cannot be null");
        Thread parent = currentThread();
        this.name = name;
        this.target = target;
        this.priority = parent.priority;
        this.daemon = parent.daemon;
        this.tid = nextThreadId();
    }

    private static synchronized String nextThreadName() {
        return "Thread-" + threadInitNumber++;
    }

    private static synchronized long nextThreadId() {
        return ++threadSeqNumber;
    }

    public static Thread currentThread() {
        Thread t = mainThread;
        if (t == null) {
            synchronized (Thread.class) {
                if (mainThread == null)
                    mainThread = new Thread("main", 1);
                t = mainThread;
            }
        }
        return t;
    }

    /* ---- sleeping and yielding ---- */

    public static native void sleep(long millis) throws InterruptedException;

    public static void sleep(long millis, int nanos)
            throws InterruptedException {
        if (millis < 0)
            throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999)
            throw new IllegalArgumentException(
                "nanosecond timeout value out of range");
        if (nanos > 0 && millis < Long.MAX_VALUE)
            millis++;
        sleep(millis);
    }

    public static void yield() {
    }

    public static void onSpinWait() {
    }

    /* ---- life cycle ---- */

    public synchronized void start() {
        if (state != State.NEW)
            throw new IllegalThreadStateException();
        throw new UnsupportedOperationException("threads are not supported yet");
    }

    public void run() {
        if (target != null)
            target.run();
    }

    public final boolean isAlive() {
        return state != State.NEW && state != State.TERMINATED;
    }

    public State getState() {
        return state;
    }

    public final void join(long millis) throws InterruptedException {
        if (millis < 0)
            throw new IllegalArgumentException("timeout value is negative");
        /* No other thread runs, so there is nothing to wait for. */
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0)
            throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999)
            throw new IllegalArgumentException(
                "nanosecond timeout value out of range");
        join(millis);
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    /* ---- interruption ---- */

    public void interrupt() {
        interrupted = true;
    }

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        t.interrupted = false;
        return was;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    /* ---- attributes ---- */

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY)
            throw new IllegalArgumentException();
        priority = newPriority;
    }

    public final int getPriority() {
        return priority;
    }

    public final synchronized void setName(String name) {
        if (name == null)
            throw new NullPointerException("name cannot be null");
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    public final void setDaemon(boolean on) {
        if (isAlive())
            throw new IllegalThreadStateException();
        daemon = on;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public long getId() {
        return tid;
    }

    public final void checkAccess() {
    }

    public static int activeCount() {
        return 1;
    }

    public String toString() {
        return "Thread[" + getName() + "," + getPriority() + ",main]";
    }

    /* ---- stack traces ---- */

    /* Like HotSpot's, the trace of the current thread starts with this
     * method itself. Other threads are not running, so theirs is empty. */
    public StackTraceElement[] getStackTrace() {
        if (this != currentThread())
            return new StackTraceElement[0];
        StackTraceElement[] trace = new Throwable().getStackTrace();
        int skip = 0;
        while (skip < trace.length
               && trace[skip].getClassName().equals("java.lang.Throwable"))
            skip++;
        if (skip == 0)
            return trace;
        StackTraceElement[] rest = new StackTraceElement[trace.length - skip];
        System.arraycopy(trace, skip, rest, 0, rest.length);
        return rest;
    }

    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    /* ---- uncaught exceptions ---- */

    public static void setDefaultUncaughtExceptionHandler(
            UncaughtExceptionHandler eh) {
        defaultUncaughtExceptionHandler = eh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        uncaughtExceptionHandler = eh;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return uncaughtExceptionHandler;
    }
}
