// try-with-resources and suppressed exceptions: the body's exception is
// primary and every failing close() adds a suppressed exception to it (in
// reverse order of opening); when only close() fails its exception is
// primary and later closes' exceptions are suppressed into it; printing
// getSuppressed() arrays, nested suppression, Throwable.addSuppressed rules
// (self-suppression is IllegalArgumentException, null is
// NullPointerException), and catch/finally order around the resources.
public class SuppressedExceptions {
    static StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failClose;

        Res(String name, boolean failClose) {
            this.name = name;
            this.failClose = failClose;
            log.append("open:").append(name).append(' ');
        }

        public void close() {
            log.append("close:").append(name).append(' ');
            if (failClose) throw new IllegalStateException("close " + name);
        }
    }

    static class FailingOpen implements AutoCloseable {
        FailingOpen() {
            throw new UnsupportedOperationException("cannot open");
        }

        public void close() { log.append("never closed "); }
    }

    static void report(String label, Throwable t) {
        System.out.println(label + ": " + t);
        Throwable[] sup = t.getSuppressed();
        System.out.println("  suppressed " + sup.length);
        for (int i = 0; i < sup.length; i++) {
            System.out.println("  [" + i + "] " + sup[i]);
            for (Throwable inner : sup[i].getSuppressed()) System.out.println("      nested " + inner);
        }
        if (t.getCause() != null) System.out.println("  cause " + t.getCause());
        System.out.println("  log " + log);
        log.setLength(0);
    }

    static void run(String label, boolean failBody, boolean f1, boolean f2, boolean f3) {
        RuntimeException caught = null;
        try (Res a = new Res("a", f1); Res b = new Res("b", f2); Res c = new Res("c", f3)) {
            log.append("body ");
            if (failBody) throw new RuntimeException("body " + label);
        } catch (RuntimeException e) {
            log.append("catch ");
            caught = e;
        } finally {
            log.append("finally ");
        }
        if (caught != null) {
            report(label, caught);
        } else {
            System.out.println(label + ": no exception, log " + log);
            log.setLength(0);
        }
    }

    public static void main(String[] args) {
        run("all fine", false, false, false, false);
        run("body fails", true, false, false, false);
        run("body and all closes fail", true, true, true, true);
        run("only b's close fails", false, false, true, false);
        run("closes a and c fail", false, true, false, true);
        run("body and c fail", true, false, false, true);

        try (Res a = new Res("outer", true)) {
            try (Res b = new Res("inner", true)) {
                throw new RuntimeException("deep body");
            }
        } catch (RuntimeException e) {
            report("nested try-with-resources", e);
        }

        try (Res a = new Res("before", false); FailingOpen f = new FailingOpen(); Res c = new Res("after", false)) {
            log.append("body never runs ");
        } catch (UnsupportedOperationException e) {
            report("resource constructor fails", e);
        }

        try (Res nothing = null) {
            log.append("body with null resource ");
        }
        System.out.println("null resource: " + log);
        log.setLength(0);

        Throwable t = new Exception("primary");
        t.addSuppressed(new Error("first"));
        t.addSuppressed(new RuntimeException("second", new Exception("its cause")));
        report("addSuppressed by hand", t);
        try {
            t.addSuppressed(t);
        } catch (IllegalArgumentException e) {
            System.out.println("self-suppression: IllegalArgumentException " + e.getMessage());
        }
        try {
            t.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: NullPointerException " + e.getMessage());
        }
        System.out.println("still " + t.getSuppressed().length + " suppressed; empty array for none: " + new Exception().getSuppressed().length);
    }
}
