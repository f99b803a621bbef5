// Matrix multiplication (int, long, double), transposition, identity,
// powers by squaring (Fibonacci numbers), and Gaussian elimination.
public class MatrixMultiply {
    static long[][] mul(long[][] a, long[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        long[][] c = new long[n][m];
        for (int i = 0; i < n; i++)
            for (int x = 0; x < k; x++) {
                long v = a[i][x];
                for (int j = 0; j < m; j++) c[i][j] += v * b[x][j];
            }
        return c;
    }

    static long[][] power(long[][] m, int e) {
        long[][] result = new long[m.length][m.length];
        for (int i = 0; i < m.length; i++) result[i][i] = 1;
        while (e > 0) {
            if ((e & 1) != 0) result = mul(result, m);
            m = mul(m, m);
            e >>= 1;
        }
        return result;
    }

    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        return c;
    }

    static String show(long[][] m) {
        StringBuilder sb = new StringBuilder();
        for (long[] row : m) {
            for (long v : row) sb.append(String.format("%6d", v));
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        long[][] a = new long[4][3], b = new long[3][5];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 3; j++) a[i][j] = i * 3 + j - 4;
        for (int i = 0; i < 3; i++) for (int j = 0; j < 5; j++) b[i][j] = (i + 1) * (j - 2);
        System.out.print("A =\n" + show(a) + "B =\n" + show(b) + "A*B =\n" + show(mul(a, b)));
        long[][] fib = { { 1, 1 }, { 1, 0 } };
        for (int e : new int[] { 1, 2, 10, 50, 90, 92 }) System.out.println("fib(" + e + ") = " + power(fib, e)[0][1]);
        // int matrix multiply with overflow wrap-around.
        int n = 60;
        int[][] x = new int[n][n], y = new int[n][n], z = new int[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                x[i][j] = i * 7919 + j * 104729;
                y[i][j] = (i ^ j) * 65537 - j;
            }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                int s = 0;
                for (int k = 0; k < n; k++) s += x[i][k] * y[k][j];
                z[i][j] = s;
            }
        long trace = 0, total = 0;
        for (int i = 0; i < n; i++) {
            trace += z[i][i];
            for (int j = 0; j < n; j++) total += z[i][j];
        }
        System.out.println("int product trace " + trace + " total " + total + " corner " + z[n - 1][n - 1]);
        // double matrices: Hilbert matrix times a vector, and a solve.
        int h = 6;
        double[][] hil = new double[h][h];
        for (int i = 0; i < h; i++) for (int j = 0; j < h; j++) hil[i][j] = 1.0 / (i + j + 1);
        double[][] ones = new double[h][1];
        for (int i = 0; i < h; i++) ones[i][0] = 1;
        double[][] rhs = mul(hil, ones);
        for (int i = 0; i < h; i++) System.out.println("rhs[" + i + "] = " + rhs[i][0]);
        // Gaussian elimination with partial pivoting.
        double[][] aug = new double[h][h + 1];
        for (int i = 0; i < h; i++) {
            System.arraycopy(hil[i], 0, aug[i], 0, h);
            aug[i][h] = rhs[i][0];
        }
        for (int col = 0; col < h; col++) {
            int piv = col;
            for (int r = col + 1; r < h; r++) if (Math.abs(aug[r][col]) > Math.abs(aug[piv][col])) piv = r;
            double[] t = aug[col]; aug[col] = aug[piv]; aug[piv] = t;
            for (int r = col + 1; r < h; r++) {
                double f = aug[r][col] / aug[col][col];
                for (int c = col; c <= h; c++) aug[r][c] -= f * aug[col][c];
            }
        }
        double[] sol = new double[h];
        for (int i = h - 1; i >= 0; i--) {
            double s = aug[i][h];
            for (int j = i + 1; j < h; j++) s -= aug[i][j] * sol[j];
            sol[i] = s / aug[i][i];
        }
        for (int i = 0; i < h; i++) System.out.println("solution[" + i + "] = " + sol[i]);
        // Transpose and symmetric check.
        double[][] sym = mul(hil, hil);
        boolean symmetric = true;
        for (int i = 0; i < h; i++) for (int j = 0; j < h; j++) if (sym[i][j] != sym[j][i]) symmetric = false;
        System.out.println("H*H symmetric exactly: " + symmetric + ", [0][5] = " + sym[0][5] + ", [5][0] = " + sym[5][0]);
    }
}
