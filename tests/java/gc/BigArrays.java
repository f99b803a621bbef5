// vm-args: -Xmx32m
// Large arrays allocated and dropped: about 400 MB in total through a
// 32 MB heap, with a few arrays kept alive (at most 12 MB live) and checked.
public class BigArrays {
    public static void main(String[] args) {
        int[][] keep = new int[2][];
        long checksum = 0;
        for (int i = 0; i < 100; i++) {
            int[] big = new int[1 << 20];   // 4 MB
            for (int j = 0; j < big.length; j += 4096) big[j] = i + j;
            big[big.length - 1] = i;
            checksum += big[4096] + big[big.length - 1];
            if (i % 50 == 0) keep[i / 50] = big;
            if (i % 10 == 0) System.out.println("allocated " + (i + 1) + " arrays, checksum " + checksum);
        }
        for (int k = 0; k < keep.length; k++) System.out.println("kept " + k + ": " + keep[k][0] + " " + keep[k][4096] + " " + keep[k][keep[k].length - 1]);
        keep = null;
        double[][] matrices = new double[3][];
        for (int i = 0; i < 60; i++) {
            double[] d = new double[300000];   // 2.4 MB
            d[i] = i * 0.5;
            matrices[i % 3] = d;
        }
        System.out.println("last doubles " + matrices[0][57] + " " + matrices[1][58] + " " + matrices[2][59]);
        long sum = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[100000 + i];
            b[i] = (byte) i;
            sum += b[i] + b.length;
        }
        System.out.println("byte arrays sum " + sum);
        Object[] refs = new Object[100000];
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < refs.length; i++) refs[i] = new long[] { round, i };
        }
        long[] last = (long[]) refs[99999];
        System.out.println("reference array " + last[0] + " " + last[1]);
    }
}
