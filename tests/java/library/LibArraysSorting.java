// Arrays.sort and parallelSort: every primitive type (random data, many
// duplicates, already sorted, reversed, ranges, the float/double total
// order with NaN and -0.0), Object[] by natural order and T[] by
// comparator (stability, ranges, nulls, a null comparator). The object
// sort is the JDK's TimSort, and programs can see which comparisons it
// makes: the number of comparisons for many shapes and sizes is printed,
// and an inconsistent comparator must fail ("Comparison method violates
// its general contract!") exactly where the JDK's does. Also the
// ClassCastException of mixed types and the range checks.
import java.util.Arrays;
import java.util.Comparator;

public class LibArraysSorting {
    static long seed = 12345;

    static int next(int bound) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        int r = (int) (seed >>> 33);
        return bound > 0 ? r % bound : r;
    }

    static long checksum(int[] a) {
        long h = 17;
        for (int x : a)
            h = h * 31 + x;
        return h;
    }

    static boolean sortedInts(int[] a) {
        for (int i = 1; i < a.length; i++)
            if (a[i - 1] > a[i])
                return false;
        return true;
    }

    static void primitiveShapes() {
        int[] sizes = {0, 1, 2, 3, 5, 10, 23, 24, 25, 47, 48, 100, 287, 1000, 4097};
        for (int n : sizes) {
            int[] random = new int[n], dups = new int[n], asc = new int[n], desc = new int[n], saw = new int[n];
            for (int i = 0; i < n; i++) {
                random[i] = next(0);
                dups[i] = next(4);
                asc[i] = i;
                desc[i] = n - i;
                saw[i] = i % 7;
            }
            int[][] all = {random, dups, asc, desc, saw};
            StringBuilder sb = new StringBuilder("int n=" + n + ":");
            for (int[] a : all) {
                Arrays.sort(a);
                sb.append(' ').append(sortedInts(a)).append('/').append(checksum(a));
            }
            System.out.println(sb);
        }
        int[] r = new int[30];
        for (int i = 0; i < r.length; i++)
            r[i] = next(100) - 50;
        int[] p = r.clone();
        Arrays.sort(r, 5, 20);
        Arrays.parallelSort(p, 5, 20);
        System.out.println("int range " + Arrays.toString(r) + " parallel same " + Arrays.equals(r, p));
        Arrays.parallelSort(p);
        System.out.println("int parallelSort " + Arrays.toString(p));

        long[] la = new long[40];
        short[] sa = new short[40];
        char[] ca = new char[40];
        byte[] ba = new byte[40];
        for (int i = 0; i < 40; i++) {
            la[i] = ((long) next(0) << 32) ^ next(0);
            sa[i] = (short) next(0);
            ca[i] = (char) next(0);
            ba[i] = (byte) next(0);
        }
        long[] la2 = la.clone();
        Arrays.sort(la);
        Arrays.sort(la2, 10, 30);
        Arrays.sort(sa);
        Arrays.sort(ca);
        Arrays.sort(ba, 1, 39);
        System.out.println("long " + Arrays.toString(la));
        System.out.println("long range " + Arrays.toString(la2));
        System.out.println("short " + Arrays.toString(sa));
        int[] chars = new int[ca.length];
        for (int i = 0; i < ca.length; i++)
            chars[i] = ca[i];
        System.out.println("char " + Arrays.toString(chars));
        System.out.println("byte range " + Arrays.toString(ba));
        short[] bigShorts = new short[3000];
        byte[] bigBytes = new byte[3000];
        char[] bigChars = new char[3000];
        for (int i = 0; i < 3000; i++) {
            bigShorts[i] = (short) next(0);
            bigBytes[i] = (byte) next(0);
            bigChars[i] = (char) next(0);
        }
        Arrays.parallelSort(bigShorts);
        Arrays.sort(bigBytes);
        Arrays.sort(bigChars);
        long h = 0;
        for (int i = 0; i < 3000; i++)
            h = h * 31 + bigShorts[i] * 7 + bigBytes[i] * 3 + bigChars[i];
        System.out.println("big short/byte/char checksum " + h + " first/last " + bigShorts[0] + " " + bigShorts[2999]
            + " " + bigBytes[0] + " " + bigBytes[2999] + " " + (int) bigChars[0] + " " + (int) bigChars[2999]);

        double[] da = {3.5, Double.NaN, -0.0, 0.0, -1, Double.NEGATIVE_INFINITY, 0.0, Double.NaN, -0.0,
            Double.POSITIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, 1e300, -0.0, 2};
        double[] da2 = da.clone();
        Arrays.sort(da);
        System.out.println("double " + Arrays.toString(da));
        Arrays.sort(da2, 2, 9);
        System.out.println("double range " + Arrays.toString(da2));
        float[] fa = {Float.NaN, 0.0f, -0.0f, 1, -1, Float.MAX_VALUE, -0.0f, Float.NaN, Float.NEGATIVE_INFINITY};
        Arrays.sort(fa);
        System.out.println("float " + Arrays.toString(fa));
        double[] bigD = new double[2000];
        for (int i = 0; i < bigD.length; i++) {
            int k = next(10);
            bigD[i] = k == 0 ? Double.NaN : k == 1 ? -0.0 : k == 2 ? 0.0 : (next(2000) - 1000) / 8.0;
        }
        Arrays.parallelSort(bigD);
        boolean ok = true;
        for (int i = 1; i < bigD.length; i++)
            if (Double.compare(bigD[i - 1], bigD[i]) > 0)
                ok = false;
        int negZeros = 0, nans = 0;
        for (double d : bigD) {
            if (d != d)
                nans++;
            if (d == 0 && 1 / d < 0)
                negZeros++;
        }
        System.out.println("big double ordered " + ok + " nans " + nans + " -0.0s " + negZeros + " "
            + bigD[0] + " " + bigD[1999 - nans]);
    }

    static class Item implements Comparable<Item> {
        final int key;
        final int seq;

        Item(int key, int seq) {
            this.key = key;
            this.seq = seq;
        }

        public int compareTo(Item o) {
            calls++;
            return Integer.compare(key, o.key);
        }

        public String toString() {
            return key + "." + seq;
        }
    }

    static int calls;

    static final Comparator<Item> BY_KEY = new Comparator<Item>() {
        public int compare(Item a, Item b) {
            calls++;
            return Integer.compare(a.key, b.key);
        }
    };

    static boolean stable(Item[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i - 1].key > a[i].key)
                return false;
            if (a[i - 1].key == a[i].key && a[i - 1].seq > a[i].seq)
                return false;
        }
        return true;
    }

    // Keys of a given shape; seq numbers the original positions.
    static Item[] shape(String kind, int n) {
        Item[] a = new Item[n];
        for (int i = 0; i < n; i++) {
            int k;
            if (kind.equals("random"))
                k = next(1000000);
            else if (kind.equals("dups"))
                k = next(5);
            else if (kind.equals("asc"))
                k = i;
            else if (kind.equals("desc"))
                k = n - i;
            else if (kind.equals("pipe"))
                k = i < n / 2 ? i : n - i;
            else if (kind.equals("runs"))
                k = (i / 50) % 2 == 0 ? i % 50 : 50 - i % 50;
            else if (kind.equals("almost"))
                k = next(20) == 0 ? next(n) : i;
            else
                k = (i * 7919) % 61;
            a[i] = new Item(k, i);
        }
        return a;
    }

    static void objectSorts() {
        String[] kinds = {"random", "dups", "asc", "desc", "pipe", "runs", "almost", "mod"};
        int[] sizes = {0, 1, 2, 3, 7, 31, 32, 33, 64, 65, 100, 257, 1000, 3000};
        for (String kind : kinds) {
            StringBuilder natural = new StringBuilder(kind + " natural:");
            StringBuilder comparator = new StringBuilder(kind + " comparator:");
            for (int n : sizes) {
                Item[] a = shape(kind, n);
                Item[] b = a.clone();
                calls = 0;
                Arrays.sort(a);
                natural.append(' ').append(n).append('=').append(calls).append(stable(a) ? "" : "UNSTABLE");
                calls = 0;
                Arrays.sort(b, BY_KEY);
                comparator.append(' ').append(n).append('=').append(calls).append(stable(b) ? "" : "UNSTABLE");
            }
            System.out.println(natural);
            System.out.println(comparator);
        }
        Item[] small = shape("dups", 12);
        Arrays.sort(small);
        System.out.println("stable small " + Arrays.toString(small));
        Item[] ranged = shape("dups", 20);
        Arrays.sort(ranged, 4, 16, BY_KEY);
        System.out.println("range " + Arrays.toString(ranged));
        Item[] reversed = shape("dups", 15);
        Arrays.sort(reversed, Comparator.<Item>reverseOrder());
        System.out.println("reverseOrder stable " + Arrays.toString(reversed));
        Item[] nullCmp = shape("dups", 10);
        Arrays.sort(nullCmp, (Comparator<Item>) null);
        System.out.println("null comparator " + Arrays.toString(nullCmp));
        Item[] par = shape("random", 500);
        Item[] seq = par.clone();
        Arrays.parallelSort(par);
        Arrays.sort(seq);
        System.out.println("parallelSort same " + Arrays.equals(par, seq) + " " + stable(par));
        Item[] par2 = shape("dups", 40);
        Arrays.parallelSort(par2, 5, 35, BY_KEY.reversed());
        System.out.println("parallelSort range reversed " + Arrays.toString(par2));

        String[] strs = {"pear", null, "apple", null, "fig"};
        Arrays.sort(strs, Comparator.nullsLast(Comparator.<String>naturalOrder()));
        System.out.println("nulls last " + Arrays.toString(strs));
        Object[] one = {new Object()};
        Arrays.sort(one);
        System.out.println("one non-comparable: fine");
        Object[] empty = {};
        Arrays.sort(empty, 0, 0);
        System.out.println("empty: fine");
    }

    // Answers from a fixed pseudo-random sequence: not a consistent order.
    static class Erratic implements Comparator<Integer> {
        long state;

        Erratic(long state) {
            this.state = state;
        }

        public int compare(Integer a, Integer b) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            return (int) (state >>> 62) - 1;
        }
    }

    static void failures() {
        for (int n : new int[] {10, 40, 100, 1000, 5000}) {
            for (long s = 1; s <= 3; s++) {
                Integer[] a = new Integer[n];
                for (int i = 0; i < n; i++)
                    a[i] = i;
                Erratic e = new Erratic(s);
                String outcome;
                try {
                    Arrays.sort(a, e);
                    outcome = "sorted";
                } catch (IllegalArgumentException ex) {
                    outcome = ex.getMessage();
                }
                System.out.println("erratic n=" + n + " seed=" + s + ": " + outcome + " state=" + e.state + " head="
                    + a[0] + "," + a[1] + "," + a[2]);
            }
        }
        try {
            Arrays.sort(new Object[] {"a", 1});
        } catch (ClassCastException e) {
            System.out.println("mixed 1: " + e.getMessage());
        }
        try {
            Arrays.sort(new Object[] {1, "a"});
        } catch (ClassCastException e) {
            System.out.println("mixed 2: " + e.getMessage());
        }
        try {
            Arrays.sort(new Object[] {new Object(), new Object()});
        } catch (ClassCastException e) {
            System.out.println("not comparable: " + e.getMessage());
        }
        try {
            Arrays.sort(new Object[] {"b", "a", null});
        } catch (NullPointerException e) {
            System.out.println("null element: NullPointerException");
        }
        try {
            Arrays.sort(new Object[3], 2, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("range: " + e.getMessage());
        }
        try {
            Arrays.sort(new String[3], 0, 4, Comparator.<String>naturalOrder());
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("range: " + e.getMessage());
        }
        try {
            Arrays.sort(new int[3], -1, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("range: " + e.getMessage());
        }
        try {
            Arrays.parallelSort(new double[3], 3, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("range: " + e.getMessage());
        }
        try {
            Arrays.sort((int[]) null);
        } catch (NullPointerException e) {
            System.out.println("null array: NullPointerException");
        }
    }

    public static void main(String[] args) {
        primitiveShapes();
        objectSorts();
        failures();
    }
}
