// System.arraycopy: every element type, overlapping copies in both
// directions, zero-length copies, and copies between compatible reference
// arrays (element-by-element checks that stop at the first bad element).
public class ArrayCopy {
    static String str(int[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : " ").append(a[i]);
        return sb.append("]").toString();
    }

    static String str(Object[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : " ").append(a[i]);
        return sb.append("]").toString();
    }

    static int[] seq(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    public static void main(String[] args) {
        int[] a = seq(10);
        int[] b = new int[10];
        System.arraycopy(a, 2, b, 5, 4);
        System.out.println("simple " + str(b));
        a = seq(10);
        System.arraycopy(a, 0, a, 3, 7);
        System.out.println("overlap forward " + str(a));
        a = seq(10);
        System.arraycopy(a, 3, a, 0, 7);
        System.out.println("overlap backward " + str(a));
        a = seq(10);
        System.arraycopy(a, 1, a, 2, 8);
        System.out.println("overlap by one " + str(a));
        a = seq(10);
        System.arraycopy(a, 0, a, 0, 10);
        System.out.println("onto itself " + str(a));
        System.arraycopy(a, 10, b, 10, 0);
        System.out.println("zero length at the end ok");
        long[] la = { 1, 2, 3, Long.MIN_VALUE }, lb = new long[6];
        System.arraycopy(la, 0, lb, 2, 4);
        System.out.println("long " + lb[0] + " " + lb[2] + " " + lb[5]);
        double[] da = { 0.5, -0.0, Double.NaN };
        double[] db = new double[3];
        System.arraycopy(da, 0, db, 0, 3);
        System.out.println("double " + db[0] + " " + db[1] + " " + db[2]);
        float[] fa = { 1.25f, 2.5f };
        float[] fb = new float[2];
        System.arraycopy(fa, 1, fb, 0, 1);
        System.out.println("float " + fb[0] + " " + fb[1]);
        char[] ca = "hello world".toCharArray();
        System.arraycopy(ca, 6, ca, 0, 5);
        System.out.println("char " + new String(ca));
        byte[] ba = { 1, 2, 3, 4, 5, 6, 7, 8 };
        System.arraycopy(ba, 0, ba, 1, 7);
        System.out.println("byte " + ba[0] + ba[1] + ba[2] + ba[3] + ba[4] + ba[5] + ba[6] + ba[7]);
        short[] sa = { -1, -2, -3 };
        short[] sb2 = new short[3];
        System.arraycopy(sa, 0, sb2, 0, 3);
        System.out.println("short " + sb2[0] + " " + sb2[1] + " " + sb2[2]);
        boolean[] za = { true, false, true }, zb = new boolean[3];
        System.arraycopy(za, 0, zb, 0, 3);
        System.out.println("boolean " + zb[0] + " " + zb[1] + " " + zb[2]);
        String[] sa1 = { "a", "b", "c", "d" };
        Object[] oa = new Object[4];
        System.arraycopy(sa1, 0, oa, 0, 4);
        System.out.println("String[] -> Object[] " + str(oa));
        Object[] mixed = { "x", "y", 3, "z" };
        String[] dst = { "-", "-", "-", "-" };
        try {
            System.arraycopy(mixed, 0, dst, 0, 4);
        } catch (ArrayStoreException e) {
            System.out.println("partial copy before the failure: " + str(dst));
        }
        Object[] allStrings = { "p", "q" };
        String[] dst2 = new String[2];
        System.arraycopy(allStrings, 0, dst2, 0, 2);
        System.out.println("Object[] holding strings -> String[] " + str(dst2));
        Object[] self = { 1, 2, 3, 4, 5 };
        System.arraycopy(self, 0, self, 1, 4);
        System.out.println("Object overlap " + str(self));
        int[][] rows = { { 1 }, { 2 }, { 3 } };
        int[][] rows2 = new int[3][];
        System.arraycopy(rows, 0, rows2, 0, 3);
        System.out.println("rows shared " + (rows2[1] == rows[1]) + " " + rows2[2][0]);
        // A large copy.
        int[] big = seq(100000);
        int[] big2 = new int[100000];
        System.arraycopy(big, 0, big2, 0, big.length);
        long sum = 0;
        for (int v : big2) sum += v;
        System.out.println("big copy sum " + sum);
        System.arraycopy(big, 0, big, 1, big.length - 1);
        System.out.println("big shift " + big[0] + " " + big[1] + " " + big[99999]);
    }
}
