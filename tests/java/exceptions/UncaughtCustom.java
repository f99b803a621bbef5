// stderr: first-line
// An uncaught custom exception: output printed before it appears, the
// exit status is 1, and stderr starts with
// Exception in thread "main" UncaughtCustom$Failure: ...
public class UncaughtCustom {
    static class Failure extends RuntimeException {
        Failure(String m, Throwable cause) { super(m, cause); }
    }

    static void work(int n) {
        System.out.println("working on " + n);
        if (n == 3) throw new Failure("gave up at " + n, new IllegalStateException("root cause"));
    }

    public static void main(String[] args) {
        try {
            for (int i = 0; i < 10; i++) work(i);
        } finally {
            System.out.println("finally runs before the VM reports the exception");
        }
        System.out.println("never printed");
    }
}
