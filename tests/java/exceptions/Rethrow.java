// Catching and rethrowing: the same object, wrapped with a cause, precise
// rethrow of checked exceptions, and chains of causes.
public class Rethrow {
    static class AppException extends Exception {
        AppException(String m, Throwable cause) { super(m, cause); }
    }

    static class CheckedA extends Exception {
        CheckedA(String m) { super(m); }
    }

    static class CheckedB extends Exception {
        CheckedB(String m) { super(m); }
    }

    static void low(int n) {
        if (n < 0) throw new IllegalArgumentException("negative: " + n);
        if (n == 0) throw new ArithmeticException("zero");
    }

    static void middle(int n) throws AppException {
        try {
            low(n);
        } catch (IllegalArgumentException e) {
            throw new AppException("middle failed for " + n, e);
        }
    }

    static void precise(int which) throws CheckedA, CheckedB {
        try {
            if (which == 0) throw new CheckedA("a");
            if (which == 1) throw new CheckedB("b");
        } catch (Exception e) {
            System.out.println("precise rethrow of " + e.getClass().getSimpleName());
            throw e;
        }
    }

    static RuntimeException kept;

    static void rethrowSame() {
        try {
            throw new RuntimeException("same object");
        } catch (RuntimeException e) {
            kept = e;
            throw e;
        }
    }

    public static void main(String[] args) {
        int[] inputs = { 5, -2, 0 };
        for (int n : inputs) {
            try {
                middle(n);
                System.out.println(n + ": fine");
            } catch (AppException e) {
                System.out.println(n + ": " + e.getMessage() + " / cause " + e.getCause());
            } catch (RuntimeException e) {
                System.out.println(n + ": unwrapped " + e);
            }
        }
        for (int w = 0; w < 3; w++) {
            try {
                precise(w);
                System.out.println("precise " + w + " no exception");
            } catch (CheckedA e) {
                System.out.println("caught CheckedA " + e.getMessage());
            } catch (CheckedB e) {
                System.out.println("caught CheckedB " + e.getMessage());
            }
        }
        try {
            rethrowSame();
        } catch (RuntimeException e) {
            System.out.println("identical object: " + (e == kept));
        }
        // A chain of causes, walked to the root.
        Throwable t = new RuntimeException("level 0");
        for (int i = 1; i <= 4; i++) t = new Exception("level " + i, t);
        int depth = 0;
        for (Throwable c = t; c != null; c = c.getCause()) {
            System.out.println("  ".substring(0, Math.min(2, depth)) + depth + ": " + c);
            depth++;
        }
        // Wrapping a cause with no message: the message becomes cause.toString().
        Exception wrapped = new Exception(new IllegalStateException("inner message"));
        System.out.println("wrapped message: " + wrapped.getMessage());
        Exception wrappedNull = new RuntimeException((Throwable) null);
        System.out.println("wrapped null cause message: " + wrappedNull.getMessage() + ", cause " + wrappedNull.getCause());
        // Rethrow from a finally-protected region keeps the exception.
        try {
            try {
                throw new UnsupportedOperationException("through finally");
            } catch (UnsupportedOperationException e) {
                throw e;
            } finally {
                System.out.println("finally while rethrowing");
            }
        } catch (UnsupportedOperationException e) {
            System.out.println("outer got " + e.getMessage());
        }
    }
}
