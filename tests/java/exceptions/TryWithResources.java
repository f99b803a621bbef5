// try-with-resources: close order (reverse of opening), exceptions from
// close added as suppressed, null resources, and close after catch.
public class TryWithResources {
    static StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            log.append("open ").append(name).append("; ");
        }

        void use(boolean fail) {
            log.append("use ").append(name).append("; ");
            if (fail) throw new IllegalStateException("use of " + name + " failed");
        }

        @Override public void close() {
            log.append("close ").append(name).append("; ");
            if (failOnClose) throw new IllegalArgumentException("close of " + name + " failed");
        }
    }

    static class Failing implements AutoCloseable {
        Failing() throws Exception { throw new Exception("constructor failed"); }
        public void close() { log.append("never closed; "); }
    }

    static void run(String label, boolean failUse, boolean failA, boolean failB) {
        log.setLength(0);
        try (Res a = new Res("A", failA); Res b = new Res("B", failB)) {
            a.use(false);
            b.use(failUse);
            log.append("body done; ");
        } catch (RuntimeException e) {
            log.append("caught ").append(e.getMessage());
            Throwable[] sup = e.getSuppressed();
            for (Throwable s : sup) log.append(" [suppressed: ").append(s.getMessage()).append("]");
            log.append("; ");
        } finally {
            log.append("finally");
        }
        System.out.println(label + ": " + log);
    }

    static String nested() throws Exception {
        log.setLength(0);
        try (Res outer = new Res("outer", false)) {
            try (Res inner = new Res("inner", true)) {
                inner.use(true);
            }
        }
        return "unreachable";
    }

    public static void main(String[] args) throws Exception {
        run("no failures", false, false, false);
        run("body fails", true, false, false);
        run("close B fails", false, false, true);
        run("body and both closes fail", true, true, true);
        run("close A fails only", false, true, false);
        try {
            nested();
        } catch (IllegalStateException e) {
            System.out.println("nested: " + log + " -> " + e.getMessage() + ", suppressed " + e.getSuppressed().length + ": "
                    + e.getSuppressed()[0].getMessage());
        }
        log.setLength(0);
        try (Res nothing = null) {
            log.append("null resource is skipped; ");
        }
        System.out.println(log);
        log.setLength(0);
        try (Res a = new Res("first", false); Failing f = new Failing()) {
            log.append("not reached; ");
        } catch (Exception e) {
            log.append("caught ").append(e.getMessage());
        }
        System.out.println("constructor failure: " + log);
        // addSuppressed directly.
        Exception main = new Exception("main");
        main.addSuppressed(new RuntimeException("s1"));
        main.addSuppressed(new Error("s2"));
        Throwable[] s = main.getSuppressed();
        System.out.println("direct suppressed: " + s.length + " " + s[0].getMessage() + " " + s[1].getMessage());
        try {
            main.addSuppressed(main);
        } catch (IllegalArgumentException e) {
            System.out.println("self-suppression: " + e.getMessage());
        }
        try {
            main.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: " + e.getMessage());
        }
    }
}
