// ArrayIndexOutOfBoundsException for loads and stores of every array
// type, with HotSpot's message "Index 5 out of bounds for length 3".
public class ArrayBounds {
    static int failures;

    static void report(String what, RuntimeException e) {
        failures++;
        System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
    }

    public static void main(String[] args) {
        int[] idx = { -1, 0, 2, 3, 5, Integer.MIN_VALUE, Integer.MAX_VALUE };
        for (int k : idx) {
            try { int[] a = new int[3]; a[k] = 1; System.out.println("int store " + k + " ok " + a[k]); } catch (ArrayIndexOutOfBoundsException e) { report("int " + k, e); }
            try { long[] a = new long[3]; System.out.println("long load " + k + " " + a[k]); } catch (ArrayIndexOutOfBoundsException e) { report("long " + k, e); }
            try { double[] a = new double[3]; a[k] += 1; System.out.println("double " + k + " ok"); } catch (ArrayIndexOutOfBoundsException e) { report("double " + k, e); }
            try { float[] a = new float[3]; System.out.println("float " + k + " " + a[k]); } catch (ArrayIndexOutOfBoundsException e) { report("float " + k, e); }
            try { byte[] a = new byte[3]; a[k] = 1; System.out.println("byte " + k + " ok"); } catch (ArrayIndexOutOfBoundsException e) { report("byte " + k, e); }
            try { boolean[] a = new boolean[3]; System.out.println("boolean " + k + " " + a[k]); } catch (ArrayIndexOutOfBoundsException e) { report("boolean " + k, e); }
            try { char[] a = new char[3]; a[k] = 'x'; System.out.println("char " + k + " ok"); } catch (ArrayIndexOutOfBoundsException e) { report("char " + k, e); }
            try { short[] a = new short[3]; System.out.println("short " + k + " " + a[k]); } catch (ArrayIndexOutOfBoundsException e) { report("short " + k, e); }
            try { String[] a = new String[3]; a[k] = "s"; System.out.println("String " + k + " ok"); } catch (ArrayIndexOutOfBoundsException e) { report("String " + k, e); }
            try { Object[] a = new Object[3]; System.out.println("Object " + k + " " + a[k]); } catch (ArrayIndexOutOfBoundsException e) { report("Object " + k, e); }
        }
        try {
            int[] empty = {};
            System.out.println(empty[0]);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("empty", e);
        }
        try {
            int[][] grid = new int[2][4];
            grid[1][4] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            report("grid[1][4]", e);
        }
        try {
            int[][] grid = new int[2][4];
            grid[2][0] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            report("grid[2][0]", e);
        }
        // The exception is a subclass of IndexOutOfBoundsException.
        try {
            char[] cs = new char[10];
            for (int i = 0; i <= cs.length; i++) cs[i] = 'a';
        } catch (IndexOutOfBoundsException e) {
            report("off by one", e);
        }
        // The index expression is evaluated before the bounds check; the
        // right-hand side of a store is evaluated before the store fails.
        int[] small = new int[2];
        int[] counter = { 0 };
        try {
            small[next(counter) + 5] = next(counter);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("evaluation order (counter " + counter[0] + ")", e);
        }
        // Compound assignment evaluates the load first.
        try {
            small[7] += next(counter);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("compound (counter " + counter[0] + ")", e);
        }
        // Constructed directly.
        System.out.println(new ArrayIndexOutOfBoundsException(12).getMessage());
        System.out.println(new ArrayIndexOutOfBoundsException("custom").getMessage());
        System.out.println(new ArrayIndexOutOfBoundsException().getMessage());
        System.out.println("failures " + failures);
    }

    static int next(int[] c) { return ++c[0]; }
}
