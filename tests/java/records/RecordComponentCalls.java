// min-release: 17
// A record's generated methods call its components' own methods: toString
// of a component that returns null ("null" is printed) or throws (the
// exception escapes the record's toString), hashCode and equals that throw
// or answer oddly (always-equal, constant hash), identical component
// objects (equals short-circuits on ==, so a throwing equals is not called),
// null components on either side, char/byte/short/boolean components, and
// the order of the components' hashCode and toString calls. (The order of
// their equals calls is RecordEqualsOrder's subject.)
public class RecordComponentCalls {
    static StringBuilder log = new StringBuilder();

    static class NullText {
        public String toString() { return null; }
        public int hashCode() { return 77; }
        public boolean equals(Object o) { return true; }
    }

    static class Hostile {
        public String toString() { throw new IllegalStateException("toString"); }
        public int hashCode() { throw new IllegalStateException("hashCode"); }
        public boolean equals(Object o) { throw new IllegalStateException("equals"); }
    }

    static class Logged {
        final String id;
        final boolean eq;
        Logged(String id, boolean eq) { this.id = id; this.eq = eq; }
        public boolean equals(Object o) { log.append("equals(").append(id).append(") "); return eq; }
        public int hashCode() { log.append("hashCode(").append(id).append(") "); return id.length(); }
        public String toString() { log.append("toString(").append(id).append(") "); return id; }
    }

    record Pair(NullText n, String s) { }
    record One(Hostile h) { }
    record Small(char c, byte b, short s, boolean z) { }
    record Three(Logged a, Logged b, Logged c) { }

    static void attempt(String label, java.util.function.Supplier<Object> what) {
        try {
            System.out.println(label + ": " + what.get());
        } catch (IllegalStateException e) {
            System.out.println(label + ": IllegalStateException from " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Pair p = new Pair(new NullText(), null);
        System.out.println(p + " hash " + p.hashCode() + " equals " + p.equals(new Pair(new NullText(), null)) + " " + p.equals(new Pair(new NullText(), "x")));

        Hostile h = new Hostile();
        attempt("toString", () -> new One(h).toString());
        attempt("hashCode", () -> new One(h).hashCode());
        attempt("equals, different objects", () -> new One(h).equals(new One(new Hostile())));
        attempt("equals, same object", () -> new One(h).equals(new One(h)));
        attempt("equals, other side null", () -> new One(h).equals(new One(null)));
        attempt("equals, this side null", () -> new One(null).equals(new One(h)));
        One none = new One(null);
        System.out.println(none + " hash " + none.hashCode() + " equals " + none.equals(new One(null)));

        Small s = new Small('\u00e9', (byte) -1, (short) -2, false);
        System.out.println(s + " hash " + s.hashCode() + " equals " + s.equals(new Small('\u00e9', (byte) -1, (short) -2, false)) + " " + s.equals(new Small('\u00e9', (byte) -1, (short) -2, true)));

        Three t1 = new Three(new Logged("a", true), new Logged("b", false), new Logged("c", true));
        Three t2 = new Three(new Logged("A", true), new Logged("B", true), new Logged("C", true));
        System.out.println("equals " + t1.equals(t2) + " " + t2.equals(t1));
        log.setLength(0);
        System.out.println("hash " + t1.hashCode() + " log " + log);
        log.setLength(0);
        System.out.println(t1 + " log " + log);
        log.setLength(0);
    }
}
