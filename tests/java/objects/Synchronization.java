// synchronized blocks and methods on one thread: re-entrant locking,
// nesting, monitors released on exceptions and early returns, static
// synchronized methods, and wait/notify errors without holding the lock.
public class Synchronization {
    private int counter;
    private static int staticCounter;
    private final Object lock = new Object();

    synchronized void increment() { counter++; }

    synchronized int reentrant(int depth) {
        if (depth == 0) return counter;
        increment();
        return reentrant(depth - 1);
    }

    static synchronized void bumpStatic() { staticCounter++; }

    int nested() {
        synchronized (lock) {
            synchronized (this) {
                synchronized (lock) {
                    counter += 10;
                    return counter;
                }
            }
        }
    }

    int throwsInside() {
        synchronized (lock) {
            if (counter >= 0) throw new IllegalStateException("thrown while holding the lock");
            return -1;
        }
    }

    int loopWithBreak() {
        int n = 0;
        for (int i = 0; i < 100; i++) {
            synchronized (lock) {
                if (i == 50) break;
                if (i % 2 == 0) continue;
                n++;
            }
        }
        return n;
    }

    public static void main(String[] args) throws Exception {
        Synchronization s = new Synchronization();
        for (int i = 0; i < 1000; i++) s.increment();
        System.out.println("counter " + s.counter);
        System.out.println("reentrant " + s.reentrant(50));
        for (int i = 0; i < 10; i++) bumpStatic();
        System.out.println("static counter " + staticCounter);
        System.out.println("nested " + s.nested());
        for (int i = 0; i < 3; i++) {
            try {
                s.throwsInside();
            } catch (IllegalStateException e) {
                System.out.println("caught: " + e.getMessage());
            }
        }
        System.out.println("lock still usable: " + s.nested());
        System.out.println("loop with break/continue: " + s.loopWithBreak());
        synchronized (Synchronization.class) {
            bumpStatic();
            System.out.println("class lock re-entered by static synchronized method: " + staticCounter);
        }
        String str = "interned string as a lock";
        synchronized (str) {
            synchronized (str) {
                System.out.println("string lock nested");
            }
        }
        int[] arr = new int[1];
        synchronized (arr) {
            arr[0]++;
        }
        System.out.println("array lock " + arr[0]);
        try {
            s.lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without the lock: IllegalMonitorStateException");
        }
        try {
            s.lock.wait(1);
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait without the lock: IllegalMonitorStateException");
        }
        synchronized (s.lock) {
            s.lock.notify();
            s.lock.notifyAll();
            s.lock.wait(1);
            System.out.println("notify, notifyAll and a timed wait while holding the lock");
        }
        long sum = 0;
        for (int i = 0; i < 100000; i++) {
            synchronized (s) {
                sum += i;
            }
        }
        System.out.println("sum " + sum);
    }
}
