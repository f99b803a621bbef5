// min-release: 17
// The order in which a record's generated equals compares its components,
// observed through components whose equals logs its calls: HotSpot 17's
// ObjectMethods.bootstrap tests the last component first and stops at the
// first mismatch, so with components (a, b, c) the calls are c, b, a.
public class RecordEqualsOrder {
    static StringBuilder log = new StringBuilder();

    static class Logged {
        final String id;
        final boolean eq;
        Logged(String id, boolean eq) { this.id = id; this.eq = eq; }
        public boolean equals(Object o) { log.append("equals(").append(id).append(") "); return eq; }
        public int hashCode() { return id.length(); }
        public String toString() { return id; }
    }

    record Three(Logged a, Logged b, Logged c) { }
    record Mixed(Logged a, int i, Logged b, double d) { }

    public static void main(String[] args) {
        Three t1 = new Three(new Logged("a", true), new Logged("b", false), new Logged("c", true));
        Three t2 = new Three(new Logged("A", true), new Logged("B", true), new Logged("C", true));
        System.out.println("equals " + t1.equals(t2) + " log " + log);
        log.setLength(0);
        System.out.println("equals " + t2.equals(t1) + " log " + log);
        log.setLength(0);
        Mixed m1 = new Mixed(new Logged("m", true), 1, new Logged("n", true), 2.0);
        System.out.println("equals, last primitive differs " + m1.equals(new Mixed(new Logged("x", true), 1, new Logged("y", true), 3.0)) + " log " + log);
        log.setLength(0);
        System.out.println("equals, first primitive differs " + m1.equals(new Mixed(new Logged("x", true), 9, new Logged("y", true), 2.0)) + " log " + log);
        log.setLength(0);
    }
}
