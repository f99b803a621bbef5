// Nested try/finally: every finally runs once, innermost first, on normal
// completion, on exceptions and on break/continue/return.
public class NestedFinally {
    static StringBuilder trace = new StringBuilder();

    static void t(String s) { trace.append(s).append(' '); }

    static int nested(int mode) {
        trace.setLength(0);
        try {
            t("a");
            try {
                t("b");
                try {
                    t("c");
                    if (mode == 1) throw new RuntimeException("inner");
                    if (mode == 2) return 2;
                    t("d");
                } finally {
                    t("f3");
                }
                t("e");
                if (mode == 3) throw new IllegalStateException("middle");
            } catch (IllegalStateException e) {
                t("catch-middle");
                if (mode == 3) throw new IllegalArgumentException("from catch");
            } finally {
                t("f2");
            }
            t("g");
        } catch (IllegalArgumentException e) {
            t("catch-outer(" + e.getMessage() + ")");
        } finally {
            t("f1");
        }
        t("h");
        return 0;
    }

    static String loopFinally() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            try {
                try {
                    if (i == 1) continue;
                    if (i == 3) break;
                    sb.append("body").append(i).append(' ');
                } finally {
                    sb.append("in").append(i).append(' ');
                }
            } finally {
                sb.append("out").append(i).append(' ');
            }
        }
        return sb.toString();
    }

    static int finallyChangesLocal() {
        int x = 1;
        try {
            return x;
        } finally {
            x = 100;
            t("finally sets x=" + x);
        }
    }

    public static void main(String[] args) {
        for (int mode = 0; mode <= 3; mode++) {
            try {
                int r = nested(mode);
                System.out.println("mode " + mode + " returned " + r + ": " + trace);
            } catch (RuntimeException e) {
                System.out.println("mode " + mode + " threw " + e.getMessage() + ": " + trace);
            }
        }
        System.out.println(loopFinally());
        trace.setLength(0);
        System.out.println("returned " + finallyChangesLocal() + " " + trace);
        // Finally inside finally.
        try {
            try {
                throw new RuntimeException("first");
            } finally {
                try {
                    System.out.println("cleanup 1");
                } finally {
                    System.out.println("cleanup 2");
                }
            }
        } catch (RuntimeException e) {
            System.out.println("still propagating: " + e.getMessage());
        }
        // Exception thrown in finally replaces the original.
        try {
            try {
                throw new RuntimeException("original");
            } finally {
                System.out.println("finally throws");
                if (trace.length() >= 0) throw new IllegalStateException("replacement");
            }
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage() + ", suppressed " + e.getSuppressed().length);
        }
    }
}
