/*
 * Runtime - the running VM: exiting, memory and processors.
 *
 * Shutdown hooks are run in this thread by exit() (the VM has no other
 * threads yet); they must not have been started.
 */
package java.lang;

public class Runtime {
    private static final Runtime currentRuntime = new Runtime();

    private Thread[] hooks = new Thread[0];
    private boolean shuttingDown;

    private Runtime() {
    }

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    /* Ends the VM; never returns normally. */
    static native void exit0(int status);

    public native int availableProcessors();

    public native long freeMemory();

    public native long totalMemory();

    public native long maxMemory();

    public native void gc();

    public void exit(int status) {
        runShutdownHooks();
        exit0(status);
    }

    public void halt(int status) {
        exit0(status);
    }

    public void runFinalization() {
    }

    public void addShutdownHook(Thread hook) {
        if (hook == null)
            throw new NullPointerException();
        synchronized (this) {
            if (shuttingDown)
                throw new IllegalStateException("Shutdown in progress");
            if (hook.getState() != Thread.State.NEW)
                throw new IllegalArgumentException("Hook already running");
            for (int i = 0; i < hooks.length; i++) {
                if (hooks[i] == hook)
                    throw new IllegalArgumentException("Hook previously registered");
            }
            Thread[] more = new Thread[hooks.length + 1];
            System.arraycopy(hooks, 0, more, 0, hooks.length);
            more[hooks.length] = hook;
            hooks = more;
        }
    }

    public boolean removeShutdownHook(Thread hook) {
        if (hook == null)
            throw new NullPointerException();
        synchronized (this) {
            if (shuttingDown)
                throw new IllegalStateException("Shutdown in progress");
            for (int i = 0; i < hooks.length; i++) {
                if (hooks[i] == hook) {
                    Thread[] fewer = new Thread[hooks.length - 1];
                    System.arraycopy(hooks, 0, fewer, 0, i);
                    System.arraycopy(hooks, i + 1, fewer, i, hooks.length - i - 1);
                    hooks = fewer;
                    return true;
                }
            }
            return false;
        }
    }

    /* Runs the registered hooks once; an exception thrown by one is
     * reported like an uncaught exception of its thread. The VM may also
     * call this when the program ends without System.exit. */
    static void runShutdownHooks() {
        Runtime r = currentRuntime;
        Thread[] toRun;
        synchronized (r) {
            if (r.shuttingDown)
                return;
            r.shuttingDown = true;
            toRun = r.hooks;
        }
        for (int i = 0; i < toRun.length; i++) {
            try {
                toRun[i].run();
            } catch (Throwable e) {
                System.err.print("Exception in thread \"" + toRun[i].getName() + "\" ");
                e.printStackTrace();
            }
        }
    }
}
