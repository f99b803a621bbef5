// Static fields and methods: shared state, access through subclasses and
// instances, hiding, and static nested singletons.
public class StaticMembers {
    static class Counter {
        static int total;
        static final String NAME = "counter";
        int mine;

        void hit() {
            mine++;
            total++;
        }

        static String describe() { return NAME + " total=" + total; }
    }

    static class SubCounter extends Counter {
        static int subTotal;

        @Override void hit() {
            super.hit();
            subTotal++;
        }
    }

    static class Hider extends Counter {
        static int total = 1000;
        static String describe() { return "hider total=" + total + " super total=" + Counter.total; }
    }

    static class Registry {
        private static Registry instance;
        private static int creations;
        private final String[] names = new String[8];
        private int count;

        private Registry() { creations++; }

        static Registry get() {
            if (instance == null) instance = new Registry();
            return instance;
        }

        void register(String n) { names[count++] = n; }

        String list() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) sb.append(i == 0 ? "" : ",").append(names[i]);
            return sb.toString();
        }
    }

    static long[] table = new long[10];

    static {
        table[0] = 1;
        for (int i = 1; i < table.length; i++) table[i] = table[i - 1] * 3;
    }

    public static void main(String[] args) {
        Counter a = new Counter(), b = new Counter();
        SubCounter s = new SubCounter();
        a.hit();
        b.hit();
        b.hit();
        s.hit();
        s.hit();
        System.out.println("a " + a.mine + " b " + b.mine + " s " + s.mine);
        System.out.println("Counter.total " + Counter.total + " SubCounter.total " + SubCounter.total + " subTotal " + SubCounter.subTotal);
        System.out.println(Counter.describe());
        System.out.println(Hider.describe() + " / Hider.total " + Hider.total);
        Counter nullRef = null;
        System.out.println("static via null reference: " + nullRef.total);
        Counter asCounter = new Hider();
        System.out.println("static field via declared type: " + asCounter.total);
        Registry.get().register("one");
        Registry.get().register("two");
        Registry.get().register("three");
        System.out.println("registry " + Registry.get().list() + " creations " + Registry.creations);
        StringBuilder sb = new StringBuilder();
        for (long t : table) sb.append(t).append(' ');
        System.out.println("powers of 3: " + sb);
        Counter.total = 0;
        for (int i = 0; i < 1000; i++) (i % 2 == 0 ? a : s).hit();
        System.out.println("after loop " + Counter.total + " " + SubCounter.subTotal);
    }
}
