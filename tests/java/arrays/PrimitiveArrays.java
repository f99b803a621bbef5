// Arrays of every primitive type: default values, loads and stores with
// wrap-around, lengths, and the element types' ranges.
public class PrimitiveArrays {
    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[3];
        char[] c = new char[3];
        short[] s = new short[3];
        int[] i = new int[3];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        String[] str = new String[3];
        System.out.println("defaults: " + z[1] + " " + b[1] + " " + (int) c[1] + " " + s[1] + " " + i[1] + " " + l[1] + " " + f[1] + " " + d[1] + " " + str[1]);
        System.out.println("lengths: " + z.length + b.length + c.length + s.length + i.length + l.length + f.length + d.length);
        for (int k = 0; k < 3; k++) {
            z[k] = k % 2 == 0;
            b[k] = (byte) (k * 100 + 27);
            c[k] = (char) ('x' + k);
            s[k] = (short) (k * 20000);
            i[k] = k * 1000000000;
            l[k] = (long) k * Long.MAX_VALUE / 3;
            f[k] = k / 3f;
            d[k] = k / 3.0;
        }
        for (int k = 0; k < 3; k++) {
            System.out.println(k + ": " + z[k] + " " + b[k] + " " + c[k] + " " + s[k] + " " + i[k] + " " + l[k] + " " + f[k] + " " + d[k]);
        }
        // Extremes round-trip through arrays.
        byte[] bx = { Byte.MIN_VALUE, Byte.MAX_VALUE, -1 };
        short[] sx = { Short.MIN_VALUE, Short.MAX_VALUE, -1 };
        char[] cx = { Character.MIN_VALUE, Character.MAX_VALUE, '\u8000' };
        int[] ix = { Integer.MIN_VALUE, Integer.MAX_VALUE, -1 };
        long[] lx = { Long.MIN_VALUE, Long.MAX_VALUE, -1 };
        float[] fx = { Float.MIN_VALUE, Float.MAX_VALUE, Float.NaN, -0f, Float.NEGATIVE_INFINITY };
        double[] dx = { Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, -0.0, Double.POSITIVE_INFINITY };
        for (int k = 0; k < 3; k++) System.out.println("extremes " + bx[k] + " " + sx[k] + " " + (int) cx[k] + " " + ix[k] + " " + lx[k]);
        for (int k = 0; k < 5; k++) System.out.println("fp " + fx[k] + " " + dx[k]);
        // Element-wise arithmetic, sums and checksums of each kind.
        int n = 1000;
        byte[] bb = new byte[n];
        short[] ss = new short[n];
        char[] cc = new char[n];
        int[] ii = new int[n];
        long[] ll = new long[n];
        float[] ff = new float[n];
        double[] dd = new double[n];
        boolean[] zz = new boolean[n];
        for (int k = 0; k < n; k++) {
            bb[k] = (byte) (k * 7);
            ss[k] = (short) (k * 977);
            cc[k] = (char) (k * 131);
            ii[k] = k * k * k;
            ll[k] = (long) k * k * k * k * k;
            ff[k] = k * 0.1f;
            dd[k] = k * 0.1;
            zz[k] = (k & 3) == 1;
        }
        long sb = 0, sss = 0, sc = 0, si = 0, sl = 0, st = 0;
        float sf = 0;
        double sd = 0;
        for (int k = 0; k < n; k++) {
            sb += bb[k];
            sss += ss[k];
            sc += cc[k];
            si += ii[k];
            sl += ll[k];
            sf += ff[k];
            sd += dd[k];
            if (zz[k]) st++;
        }
        System.out.println("sums " + sb + " " + sss + " " + sc + " " + si + " " + sl + " " + sf + " " + sd + " " + st);
        // Arrays of length zero.
        int[] empty = new int[0];
        System.out.println("empty length " + empty.length + ", for-each runs " + count(empty));
        // Array variables alias.
        int[] alias = ii;
        alias[5] = -5;
        System.out.println("alias " + ii[5] + " same " + (alias == ii));
        // Compound operations on elements.
        long[] acc = new long[4];
        for (int k = 0; k < 100; k++) {
            acc[k & 3] += k;
            acc[(k + 1) & 3] ^= (long) k << 40;
            acc[(k + 2) & 3] *= 3;
        }
        System.out.println("acc " + acc[0] + " " + acc[1] + " " + acc[2] + " " + acc[3]);
        double[] dv = { 1, 2, 3 };
        dv[1] /= 0;
        dv[2] %= 2;
        dv[0] -= 0.5;
        System.out.println("dv " + dv[0] + " " + dv[1] + " " + dv[2]);
        float[] fv = { 1.5f };
        fv[0] *= fv[0];
        System.out.println("fv " + fv[0]);
        // println of a char[] prints the characters.
        char[] word = { 'a', 'r', 'r', 'a', 'y' };
        System.out.println(word);
        System.out.println(String.valueOf(word) + " " + word.length);
    }

    static int count(int[] a) {
        int c = 0;
        for (int x : a) c++;
        return c;
    }
}
