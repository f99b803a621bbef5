// min-release: 17
// try-with-resources on effectively final variables declared before the
// try (Java 9), resources that are lambdas (AutoCloseable is a functional
// interface), records and anonymous classes as resources, close() throwing
// checked exceptions, and resources whose close is called exactly once
// even when the body returns or breaks out of a loop.
public class TryWithResourceVariables {
    static StringBuilder log = new StringBuilder();

    record Named(String name) implements AutoCloseable {
        public void close() { log.append("close ").append(name).append("; "); }
    }

    static class Checked extends Exception {
        Checked(String m) { super(m); }
    }

    interface CheckedCloseable extends AutoCloseable {
        void close() throws Checked;
    }

    static int early(int n) {
        Named r = new Named("early" + n);
        try (r) {
            if (n > 0) return n * 10;
            log.append("n was zero; ");
        }
        return -1;
    }

    public static void main(String[] args) throws Exception {
        Named a = new Named("a");
        final Named b = new Named("b");
        try (a; b; Named c = new Named("c")) {
            log.append("body; ");
        }
        System.out.println(log);
        log.setLength(0);

        AutoCloseable lambda = () -> log.append("lambda closed; ");
        try (lambda) {
            log.append("lambda body; ");
        }
        System.out.println(log);
        log.setLength(0);

        System.out.println("early " + early(3) + " " + early(0) + " log " + log);
        log.setLength(0);

        for (int i = 0; i < 5; i++) {
            try (Named loop = new Named("loop" + i)) {
                if (i == 1) continue;
                if (i == 3) break;
                log.append("iteration ").append(i).append("; ");
            }
        }
        System.out.println(log);
        log.setLength(0);

        CheckedCloseable failing = () -> { throw new Checked("checked close"); };
        try (failing; Named n = new Named("n")) {
            log.append("body; ");
        } catch (Checked e) {
            System.out.println("caught " + e.getMessage() + " suppressed " + e.getSuppressed().length + " log " + log);
        }
        log.setLength(0);
        try (failing) {
            throw new IllegalStateException("body fails");
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + " suppressed " + e.getSuppressed()[0]);
        }

        AutoCloseable anon = new AutoCloseable() {
            int closes;

            public void close() {
                closes++;
                log.append("anonymous close #").append(closes).append("; ");
            }
        };
        try (anon) {
            log.append("anon body; ");
        }
        try (anon) {
            log.append("again; ");
        }
        System.out.println(log);
    }
}
