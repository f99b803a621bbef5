// java.util.Objects (the Java 8 API): equals, deepEquals over every kind of
// array and nesting, hashCode, hash, toString with and without a default,
// compare, requireNonNull (plain, with a message, with a message
// supplier), isNull and nonNull. Also Iterator's default remove and
// forEachRemaining, and Iterable.forEach.
import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

public class LibObjectsHelpers {
    // equals(null) answers true: shows who is the receiver.
    static class EqualsNull {
        public boolean equals(Object o) {
            return o == null || o instanceof EqualsNull;
        }

        public int hashCode() {
            return 77;
        }

        public String toString() {
            return "EqualsNull";
        }
    }

    static class NullToString {
        public String toString() {
            return null;
        }
    }

    static class Countdown implements Iterator<Integer> {
        int left;

        Countdown(int n) {
            left = n;
        }

        public boolean hasNext() {
            return left > 0;
        }

        public Integer next() {
            return left--;
        }
    }

    static class Range implements Iterable<Integer> {
        final int n;

        Range(int n) {
            this.n = n;
        }

        public Iterator<Integer> iterator() {
            return new Countdown(n);
        }
    }

    static void eq(String label, Object a, Object b) {
        System.out.println(label + ": equals=" + Objects.equals(a, b) + " deepEquals=" + Objects.deepEquals(a, b));
    }

    public static void main(String[] args) {
        eq("null null", null, null);
        eq("null x", null, "x");
        eq("x null", "x", null);
        eq("strings", "ab", new String("ab"));
        eq("int[]", new int[] {1, 2}, new int[] {1, 2});
        eq("int[] differ", new int[] {1, 2}, new int[] {1, 3});
        eq("int[] long[]", new int[] {1}, new long[] {1});
        eq("long[]", new long[] {1L << 40}, new long[] {1L << 40});
        eq("short[]", new short[] {-1}, new short[] {-1});
        eq("char[]", new char[] {'a'}, new char[] {'a'});
        eq("byte[]", new byte[] {7, 8}, new byte[] {7, 8});
        eq("boolean[]", new boolean[] {true, false}, new boolean[] {true, false});
        eq("float[] NaN", new float[] {Float.NaN}, new float[] {Float.NaN});
        eq("float[] zeros", new float[] {0.0f}, new float[] {-0.0f});
        eq("double[] NaN", new double[] {Double.NaN}, new double[] {0.0 / 0.0});
        eq("double[] zeros", new double[] {0.0}, new double[] {-0.0});
        eq("Object[] nested", new Object[] {"a", new int[] {1}, new Object[] {null, new double[] {2}}},
           new Object[] {"a", new int[] {1}, new Object[] {null, new double[] {2}}});
        eq("Object[] nested differ", new Object[] {new Object[] {new int[] {1}}},
           new Object[] {new Object[] {new int[] {2}}});
        eq("String[] Object[]", new String[] {"q"}, new Object[] {"q"});
        eq("lengths", new Object[] {1}, new Object[] {1, 2});
        eq("null element", new Object[] {null}, new Object[] {null});
        eq("element null vs x", new Object[] {null}, new Object[] {"x"});
        eq("EqualsNull vs null element", new Object[] {new EqualsNull()}, new Object[] {null});
        eq("null vs EqualsNull element", new Object[] {null}, new Object[] {new EqualsNull()});
        eq("array vs non-array", new int[0], "x");
        Object[] self = new Object[1];
        self[0] = "z";
        eq("same array", self, self);

        System.out.println("hashCode " + Objects.hashCode(null) + " " + Objects.hashCode("abc") + " "
            + Objects.hashCode(42) + " " + Objects.hashCode(new EqualsNull()));
        System.out.println("hash " + Objects.hash() + " " + Objects.hash((Object[]) null) + " "
            + Objects.hash((Object) null) + " " + Objects.hash(1, "a", null, 2.5, 'c', true, 7L));
        System.out.println("toString " + Objects.toString(null) + " " + Objects.toString(12) + " "
            + Objects.toString(null, "dflt") + " " + Objects.toString("v", "dflt") + " "
            + Objects.toString(new NullToString(), "dflt") + " " + Objects.toString(new NullToString()));

        Comparator<String> byLength = new Comparator<String>() {
            int calls;

            public int compare(String a, String b) {
                calls++;
                System.out.println("  compare call " + calls);
                return Integer.compare(a.length(), b.length());
            }
        };
        System.out.println("compare " + Objects.compare("aa", "b", byLength));
        String same = "same";
        System.out.println("compare same " + Objects.compare(same, same, byLength));
        System.out.println("compare nulls " + Objects.compare(null, null, byLength));

        System.out.println("requireNonNull " + Objects.requireNonNull("ok"));
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull(null) message=" + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, "the message");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull(null, msg) message=" + e.getMessage());
        }
        Supplier<String> msg = new Supplier<String>() {
            public String get() {
                System.out.println("  supplier called");
                return "supplied message";
            }
        };
        System.out.println("requireNonNull(x, supplier) " + Objects.requireNonNull("x", msg));
        try {
            Objects.requireNonNull(null, msg);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull(null, supplier) message=" + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, (Supplier<String>) null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull(null, null supplier) message=" + e.getMessage());
        }
        System.out.println("isNull " + Objects.isNull(null) + " " + Objects.isNull(1) + " nonNull "
            + Objects.nonNull(null) + " " + Objects.nonNull(1));

        // Iterator defaults.
        Iterator<Integer> it = new Countdown(3);
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("remove: " + e);
        }
        it.next();
        final StringBuilder sb = new StringBuilder();
        it.forEachRemaining(new Consumer<Integer>() {
            public void accept(Integer x) {
                sb.append(x).append(';');
            }
        });
        System.out.println("forEachRemaining " + sb + " hasNext=" + it.hasNext());
        try {
            new Countdown(1).forEachRemaining(null);
        } catch (NullPointerException e) {
            System.out.println("forEachRemaining(null): NullPointerException");
        }
        sb.setLength(0);
        new Range(4).forEach(new Consumer<Object>() {
            public void accept(Object x) {
                sb.append('<').append(x).append('>');
            }
        });
        System.out.println("Iterable.forEach " + sb);
        try {
            new Range(0).forEach(null);
        } catch (NullPointerException e) {
            System.out.println("forEach(null): NullPointerException");
        }
    }
}
