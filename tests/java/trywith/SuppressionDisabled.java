// Throwables created with suppression disabled (the protected four-argument
// constructor, enableSuppression=false): try-with-resources still closes
// every resource, but the close() failures are silently dropped instead of
// being added as suppressed; with writableStackTrace=false the trace is
// empty and setStackTrace is ignored; a try-with-resources whose body throws
// such an exception, and one whose close throws it (then it is the primary
// exception and later closes cannot add to it either); and
// Throwable.getSuppressed returning a copy.
public class SuppressionDisabled {
    static StringBuilder log = new StringBuilder();

    static class Quiet extends RuntimeException {
        Quiet(String message) {
            super(message, null, false, false);
        }
    }

    static class Loud extends RuntimeException {
        Loud(String message) {
            super(message);
        }
    }

    static class Res implements AutoCloseable {
        final String name;
        final RuntimeException onClose;

        Res(String name, RuntimeException onClose) {
            this.name = name;
            this.onClose = onClose;
        }

        public void close() {
            log.append("close ").append(name).append("; ");
            if (onClose != null) throw onClose;
        }
    }

    static void report(String label, Throwable t) {
        System.out.println(label + ": " + t + ", suppressed " + t.getSuppressed().length + ", trace frames " + (t.getStackTrace().length > 0) + " | " + log);
        for (Throwable s : t.getSuppressed()) System.out.println("   suppressed " + s);
        log.setLength(0);
    }

    public static void main(String[] args) {
        try (Res a = new Res("a", new Loud("close a")); Res b = new Res("b", new Loud("close b"))) {
            throw new Quiet("quiet body");
        } catch (RuntimeException e) {
            report("quiet body, loud closes", e);
        }
        try (Res a = new Res("a", new Loud("close a")); Res b = new Res("b", new Quiet("quiet close b"))) {
            log.append("body ok; ");
        } catch (RuntimeException e) {
            report("quiet close is primary", e);
        }
        try (Res a = new Res("a", new Quiet("quiet close a")); Res b = new Res("b", null)) {
            throw new Loud("loud body");
        } catch (RuntimeException e) {
            report("loud body, quiet close", e);
        }

        Quiet q = new Quiet("by hand");
        q.addSuppressed(new Loud("ignored"));
        q.setStackTrace(new StackTraceElement[] { new StackTraceElement("C", "m", "C.java", 1) });
        q.fillInStackTrace();
        report("by hand", q);
        try {
            q.addSuppressed(null);
            System.out.println("no exception?!");
        } catch (NullPointerException e) {
            System.out.println("addSuppressed(null) still NullPointerException");
        }
        try {
            q.addSuppressed(q);
            System.out.println("no exception?!");
        } catch (IllegalArgumentException e) {
            System.out.println("self-suppression still IllegalArgumentException: " + e.getMessage());
        }

        Loud l = new Loud("copies");
        l.addSuppressed(new Loud("one"));
        Throwable[] first = l.getSuppressed();
        first[0] = null;
        System.out.println("getSuppressed returns a copy: " + l.getSuppressed()[0] + ", distinct arrays " + (l.getSuppressed() != l.getSuppressed()));
    }
}
