// The order in which try, catch and finally blocks run, with and without
// exceptions, and which handler catches what.
public class TryCatchFinally {
    static void step(String s) { System.out.println(s); }

    static int attempt(int mode) {
        step("attempt(" + mode + ") begins");
        try {
            step("  try");
            if (mode == 1) throw new IllegalArgumentException("mode one");
            if (mode == 2) throw new IllegalStateException("mode two");
            if (mode == 3) return 3;
            if (mode == 4) throw new UnsupportedOperationException("mode four");
            step("  try completes");
        } catch (IllegalArgumentException e) {
            step("  caught IAE: " + e.getMessage());
            return -1;
        } catch (IllegalStateException e) {
            step("  caught ISE: " + e.getMessage());
        } finally {
            step("  finally (mode " + mode + ")");
        }
        step("  after try");
        return 0;
    }

    public static void main(String[] args) {
        for (int mode = 0; mode <= 4; mode++) {
            try {
                int r = attempt(mode);
                step("returned " + r);
            } catch (RuntimeException e) {
                step("main caught " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        // Handler order: the first matching catch clause wins.
        Throwable[] ts = { new ArithmeticException("a"), new RuntimeException("r"), new Exception("e"), new Error("err"),
                           new StackOverflowError(), new ArrayIndexOutOfBoundsException("idx") };
        for (Throwable t : ts) {
            try {
                try {
                    throw t;
                } catch (ArithmeticException e) {
                    step("ArithmeticException handler: " + e.getMessage());
                } catch (IndexOutOfBoundsException e) {
                    step("IndexOutOfBoundsException handler: " + e.getMessage());
                } catch (RuntimeException e) {
                    step("RuntimeException handler: " + e.getMessage());
                } catch (Exception e) {
                    step("Exception handler: " + e.getMessage());
                }
            } catch (Throwable outer) {
                step("outer Throwable handler: " + outer.getClass().getName());
            }
        }
        // Exceptions inside loops: catch and continue.
        int ok = 0, bad = 0;
        for (int i = -3; i <= 3; i++) {
            try {
                int v = 12 / i;
                ok += v;
            } catch (ArithmeticException e) {
                bad++;
                continue;
            } finally {
                step("loop finally i=" + i);
            }
            step("after division i=" + i);
        }
        step("ok=" + ok + " bad=" + bad);
        // A try block that is empty still runs finally.
        try {
        } finally {
            step("finally of empty try");
        }
        // Catching and using the exception object later.
        RuntimeException saved = null;
        try {
            Object o = "str";
            Integer i = (Integer) o;
        } catch (ClassCastException e) {
            saved = e;
        }
        step("saved " + saved.getClass().getName());
    }
}
