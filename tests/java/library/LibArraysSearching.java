// Arrays.binarySearch, every overload: found indexes (which one among
// duplicates), insertion points for missing keys (before, between, after),
// ranges, the float/double order (-0.0 below 0.0, NaN found as greatest),
// Object[] by compareTo (element is the receiver) and by comparator (a
// null comparator means natural order), and the range checks.
import java.util.Arrays;
import java.util.Comparator;

public class LibArraysSearching {
    static void line(String label, int... results) {
        System.out.println(label + " " + Arrays.toString(results));
    }

    static final StringBuilder log = new StringBuilder();

    static class Key implements Comparable<Key> {
        final int v;

        Key(int v) {
            this.v = v;
        }

        public int compareTo(Key o) {
            log.append(v).append("?").append(o.v).append(' ');
            return Integer.compare(v, o.v);
        }
    }

    public static void main(String[] args) {
        int[] ia = {-5, 0, 0, 0, 3, 3, 8, 10, 10, 10, 10, 42};
        int[] results = new int[16];
        int[] keys = {-6, -5, -1, 0, 1, 3, 5, 8, 9, 10, 11, 42, 43, Integer.MIN_VALUE, Integer.MAX_VALUE, 2};
        for (int i = 0; i < keys.length; i++)
            results[i] = Arrays.binarySearch(ia, keys[i]);
        line("int", results);
        line("int range", Arrays.binarySearch(ia, 1, 4, 0), Arrays.binarySearch(ia, 4, 11, 10), Arrays.binarySearch(ia, 4, 11, 42),
             Arrays.binarySearch(ia, 4, 11, -100), Arrays.binarySearch(ia, 3, 3, 0), Arrays.binarySearch(ia, 0, 0, 7),
             Arrays.binarySearch(ia, 12, 12, 7));
        int[] dupes = new int[100];
        Arrays.fill(dupes, 30, 100, 5);
        line("int many dups", Arrays.binarySearch(dupes, 5), Arrays.binarySearch(dupes, 0), Arrays.binarySearch(dupes, 6),
             Arrays.binarySearch(dupes, 0, 31, 5), Arrays.binarySearch(dupes, 0, 29, 5));
        line("int empty", Arrays.binarySearch(new int[0], 1));

        long[] la = {Long.MIN_VALUE, -1, 1L << 40, 1L << 40, Long.MAX_VALUE};
        line("long", Arrays.binarySearch(la, Long.MIN_VALUE), Arrays.binarySearch(la, 0), Arrays.binarySearch(la, 1L << 40),
             Arrays.binarySearch(la, Long.MAX_VALUE), Arrays.binarySearch(la, 1, 3, Long.MAX_VALUE));
        short[] sa = {-300, -2, 7, 7, 7, 1000};
        line("short", Arrays.binarySearch(sa, (short) 7), Arrays.binarySearch(sa, (short) 8), Arrays.binarySearch(sa, (short) -301),
             Arrays.binarySearch(sa, 0, 2, (short) -2));
        char[] ca = "aceeegz".toCharArray();
        line("char", Arrays.binarySearch(ca, 'e'), Arrays.binarySearch(ca, 'b'), Arrays.binarySearch(ca, '{'),
             Arrays.binarySearch(ca, 2, 5, 'g'));
        byte[] ba = {-128, -1, 0, 0, 127};
        line("byte", Arrays.binarySearch(ba, (byte) 0), Arrays.binarySearch(ba, (byte) -128), Arrays.binarySearch(ba, (byte) 1),
             Arrays.binarySearch(ba, 1, 4, (byte) 127));

        double[] da = {Double.NEGATIVE_INFINITY, -1, -0.0, 0.0, 0.0, 2.5, Double.POSITIVE_INFINITY, Double.NaN, Double.NaN};
        line("double", Arrays.binarySearch(da, -0.0), Arrays.binarySearch(da, 0.0), Arrays.binarySearch(da, Double.NaN),
             Arrays.binarySearch(da, 2.5), Arrays.binarySearch(da, 3), Arrays.binarySearch(da, Double.NEGATIVE_INFINITY),
             Arrays.binarySearch(da, 0, 3, 0.0), Arrays.binarySearch(da, 3, 9, -0.0), Arrays.binarySearch(da, 0, 7, Double.NaN),
             Arrays.binarySearch(da, -Double.MIN_VALUE), Arrays.binarySearch(new double[] {-0.0}, 0.0),
             Arrays.binarySearch(new double[] {0.0}, -0.0));
        float[] fa = {-1f, -0.0f, 0.0f, 1f, Float.NaN};
        line("float", Arrays.binarySearch(fa, -0.0f), Arrays.binarySearch(fa, 0.0f), Arrays.binarySearch(fa, Float.NaN),
             Arrays.binarySearch(fa, 0.5f), Arrays.binarySearch(fa, 1, 3, 1f), Arrays.binarySearch(fa, Float.intBitsToFloat(0x7fc00001)));

        String[] sorted = {"apple", "banana", "banana", "cherry", "date", "fig", "fig", "fig"};
        line("String", Arrays.binarySearch(sorted, "banana"), Arrays.binarySearch(sorted, "fig"), Arrays.binarySearch(sorted, "aa"),
             Arrays.binarySearch(sorted, "coconut"), Arrays.binarySearch(sorted, "zz"), Arrays.binarySearch(sorted, 1, 3, "apple"),
             Arrays.binarySearch((Object[]) sorted, "date"));
        Comparator<String> byLength = new Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() - b.length();
            }
        };
        String[] byLen = {"a", "bb", "cc", "ddd", "eeee", "ffff", "ggggg"};
        line("comparator", Arrays.binarySearch(byLen, "xx", byLength), Arrays.binarySearch(byLen, "xxxx", byLength),
             Arrays.binarySearch(byLen, "", byLength), Arrays.binarySearch(byLen, "123456", byLength),
             Arrays.binarySearch(byLen, 4, 7, "zzz", byLength), Arrays.binarySearch(byLen, "ddd", null),
             Arrays.binarySearch(byLen, 0, 7, "bb", null));
        String[] desc = {"z", "y", "m", "b"};
        line("reverseOrder", Arrays.binarySearch(desc, "m", Comparator.<String>reverseOrder()),
             Arrays.binarySearch(desc, "c", Comparator.<String>reverseOrder()));

        Key[] ks = new Key[7];
        for (int i = 0; i < ks.length; i++)
            ks[i] = new Key(i * 10);
        int r = Arrays.binarySearch(ks, new Key(40));
        System.out.println("compareTo order " + r + " " + log);
        log.setLength(0);
        r = Arrays.binarySearch(ks, new Key(-1));
        System.out.println("compareTo order " + r + " " + log);
        log.setLength(0);

        try {
            Arrays.binarySearch(new Object[] {new Object()}, "x");
        } catch (ClassCastException e) {
            System.out.println("not comparable: ClassCastException");
        }
        try {
            Arrays.binarySearch(new Object[] {"a", "b"}, 3);
        } catch (ClassCastException e) {
            System.out.println("wrong key: " + e.getMessage());
        }
        try {
            Arrays.binarySearch(new int[5], 3, 2, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("range: " + e.getMessage());
        }
        try {
            Arrays.binarySearch(new double[5], -1, 2, 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("range: " + e.getMessage());
        }
        try {
            Arrays.binarySearch(new String[5], 0, 6, "a", byLength);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("range: " + e.getMessage());
        }
        try {
            Arrays.binarySearch(new Object[5], 0, 6, "a");
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("range: " + e.getMessage());
        }
        try {
            Arrays.binarySearch((char[]) null, 'c');
        } catch (NullPointerException e) {
            System.out.println("null array: NullPointerException");
        }
    }
}
