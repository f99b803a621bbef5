/*
 * Throwable - the root of everything that can be thrown: a message, a
 * cause, suppressed exceptions and a stack trace.
 *
 * The VM reads `detailMessage` and `cause` directly and records frames in
 * `backtrace` (fillInStackTrace0); getStackTrace0 turns them into
 * StackTraceElements on first use. A cause equal to `this` means "not set
 * yet" (initCause may still set it); a null stackTrace means the trace is
 * not writable; a null suppressed list means suppression is disabled.
 */
package java.lang;

import java.io.PrintStream;
import java.io.PrintWriter;

public class Throwable implements java.io.Serializable {
    private transient Object backtrace;
    private String detailMessage;
    private Throwable cause = this;
    private StackTraceElement[] stackTrace = UNASSIGNED_STACK;
    private Throwable[] suppressed = NO_SUPPRESSED;

    /* stackTrace before the trace is first asked for. */
    private static final StackTraceElement[] UNASSIGNED_STACK =
        new StackTraceElement[0];
    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause,
                        boolean enableSuppression, boolean writableStackTrace) {
        if (writableStackTrace)
            fillInStackTrace();
        else
            stackTrace = null;
        detailMessage = message;
        this.cause = cause;
        if (!enableSuppression)
            suppressed = null;
    }

    /* ---- message and cause ---- */

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return cause == this ? null : cause;
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this)
            throw new IllegalStateException("Can't overwrite cause with "
                + (cause == null ? "a null" : cause.toString()), this);
        if (cause == this)
            throw new IllegalArgumentException("Self-causation not permitted",
                                               this);
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return message != null ? s + ": " + message : s;
    }

    /* ---- stack trace ---- */

    private native void fillInStackTrace0();

    private native StackTraceElement[] getStackTrace0();

    public synchronized Throwable fillInStackTrace() {
        if (stackTrace != null || backtrace != null) {
            fillInStackTrace0();
            stackTrace = UNASSIGNED_STACK;
        }
        return this;
    }

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == UNASSIGNED_STACK
                || (stackTrace == null && backtrace != null)) {
            StackTraceElement[] trace =
                backtrace != null ? getStackTrace0() : null;
            stackTrace = trace != null ? trace : UNASSIGNED_STACK;
        } else if (stackTrace == null) {
            return UNASSIGNED_STACK;
        }
        return stackTrace;
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null)
                throw new NullPointerException("stackTrace[" + i + "]");
        }
        synchronized (this) {
            if (this.stackTrace == null && backtrace == null)
                return;                         /* not writable */
            this.stackTrace = copy;
        }
    }

    /* ---- suppressed exceptions ---- */

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this)
            throw new IllegalArgumentException("Self-suppression not permitted",
                                               exception);
        if (exception == null)
            throw new NullPointerException("Cannot suppress a null exception.");
        if (suppressed == null)
            return;
        Throwable[] bigger = new Throwable[suppressed.length + 1];
        System.arraycopy(suppressed, 0, bigger, 0, suppressed.length);
        bigger[suppressed.length] = exception;
        suppressed = bigger;
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressed == null || suppressed.length == 0)
            return NO_SUPPRESSED;
        return suppressed.clone();
    }

    /* ---- printing ---- */

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        printStackTrace(new StreamOutput(s));
    }

    public void printStackTrace(PrintWriter s) {
        printStackTrace(new WriterOutput(s));
    }

    /* Where a trace is printed: a PrintStream or a PrintWriter. */
    private abstract static class Output {
        abstract Object lock();

        abstract void println(Object o);
    }

    private static final class StreamOutput extends Output {
        private final PrintStream stream;

        StreamOutput(PrintStream stream) {
            this.stream = stream;
        }

        Object lock() {
            return stream;
        }

        void println(Object o) {
            stream.println(o);
        }
    }

    private static final class WriterOutput extends Output {
        private final PrintWriter writer;

        WriterOutput(PrintWriter writer) {
            this.writer = writer;
        }

        Object lock() {
            return writer;
        }

        void println(Object o) {
            writer.println(o);
        }
    }

    /* The throwables already printed, compared by identity, so that a
     * cycle of causes or suppressions prints as a reference. */
    private static final class Printed {
        private Throwable[] items = new Throwable[4];
        private int count;

        boolean contains(Throwable t) {
            for (int i = 0; i < count; i++) {
                if (items[i] == t)
                    return true;
            }
            return false;
        }

        void add(Throwable t) {
            if (count == items.length) {
                Throwable[] bigger = new Throwable[count * 2];
                System.arraycopy(items, 0, bigger, 0, count);
                items = bigger;
            }
            items[count++] = t;
        }
    }

    /* HotSpot's format: the throwable, its frames as "\tat ...", then its
     * suppressed exceptions and its cause, each without the frames it has
     * in common with the trace that encloses it ("\t... N more"). */
    private void printStackTrace(Output s) {
        Printed printed = new Printed();
        printed.add(this);
        synchronized (s.lock()) {
            s.println(this);
            StackTraceElement[] trace = getOurStackTrace();
            for (int i = 0; i < trace.length; i++)
                s.println("\tat " + trace[i]);
            Throwable[] sup = getSuppressed();
            for (int i = 0; i < sup.length; i++)
                sup[i].printEnclosedStackTrace(s, trace, "Suppressed: ", "\t",
                                               printed);
            Throwable ourCause = getCause();
            if (ourCause != null)
                ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", "",
                                                 printed);
        }
    }

    private void printEnclosedStackTrace(Output s,
                                         StackTraceElement[] enclosingTrace,
                                         String caption, String prefix,
                                         Printed printed) {
        if (printed.contains(this)) {
            s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
            return;
        }
        printed.add(this);
        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++)
            s.println(prefix + "\tat " + trace[i]);
        if (framesInCommon != 0)
            s.println(prefix + "\t... " + framesInCommon + " more");
        Throwable[] sup = getSuppressed();
        for (int i = 0; i < sup.length; i++)
            sup[i].printEnclosedStackTrace(s, trace, "Suppressed: ",
                                           prefix + "\t", printed);
        Throwable ourCause = getCause();
        if (ourCause != null)
            ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", prefix,
                                             printed);
    }
}
