// Multi-dimensional arrays: new int[2][3][4] (multianewarray), partially
// specified dimensions, jagged arrays, initializers, and their classes.
public class MultiDimArrays {
    public static void main(String[] args) {
        int[][][] cube = new int[2][3][4];
        System.out.println("lengths " + cube.length + " " + cube[0].length + " " + cube[1][2].length);
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 4; k++) cube[i][j][k] = i * 100 + j * 10 + k;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 4; k++) sb.append(cube[i][j][k]).append(' ');
                System.out.println("cube[" + i + "][" + j + "] = " + sb);
            }
        }
        System.out.println("rows distinct: " + (cube[0][0] != cube[0][1]) + " " + (cube[0] != cube[1]));
        int[][] partial = new int[3][];
        System.out.println("partial rows null: " + (partial[0] == null) + " " + (partial[2] == null));
        for (int i = 0; i < partial.length; i++) {
            partial[i] = new int[i + 1];
            for (int j = 0; j <= i; j++) partial[i][j] = (i + 1) * (j + 1);
        }
        for (int[] row : partial) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(',');
            System.out.println("jagged row len " + row.length + ": " + sb);
        }
        long[][][] lp = new long[2][2][];
        System.out.println("long[2][2][] inner null: " + (lp[1][1] == null) + ", class " + lp.getClass().getName() + " " + lp[0].getClass().getName());
        // Pascal's triangle as a jagged array.
        long[][] pascal = new long[20][];
        for (int i = 0; i < pascal.length; i++) {
            pascal[i] = new long[i + 1];
            pascal[i][0] = pascal[i][i] = 1;
            for (int j = 1; j < i; j++) pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j];
        }
        for (int i = 0; i < pascal.length; i += 4) {
            StringBuilder sb = new StringBuilder();
            for (long v : pascal[i]) sb.append(v).append(' ');
            System.out.println("pascal " + i + ": " + sb);
        }
        // Initializers.
        String[][] names = { { "a", "b" }, { "c" }, {}, null };
        System.out.println("names: " + names.length + " " + names[0].length + " " + names[1][0] + " " + names[2].length + " " + names[3]);
        double[][] m = { { 1.5, 2.5 }, { -1, 0 } };
        System.out.println("m " + m[0][0] + " " + m[0][1] + " " + m[1][0] + " " + m[1][1]);
        // Every element type in two dimensions, default values.
        boolean[][] z2 = new boolean[2][2];
        char[][] c2 = new char[2][3];
        byte[][] b2 = new byte[1][1];
        short[][] s2 = new short[1][1];
        float[][] f2 = new float[1][2];
        double[][] d2 = new double[2][1];
        Object[][] o2 = new Object[2][2];
        System.out.println("2D defaults " + z2[1][1] + " " + (int) c2[1][2] + " " + b2[0][0] + " " + s2[0][0] + " " + f2[0][1] + " " + d2[1][0] + " " + o2[1][1]);
        System.out.println("classes " + z2.getClass().getName() + " " + c2.getClass().getName() + " " + b2.getClass().getName()
                + " " + s2.getClass().getName() + " " + f2.getClass().getName() + " " + d2.getClass().getName() + " " + o2.getClass().getName()
                + " " + cube.getClass().getName());
        // Zero-length dimensions.
        int[][] zero = new int[0][5];
        int[][] zero2 = new int[5][0];
        System.out.println("zero dims " + zero.length + " " + zero2.length + " " + zero2[4].length);
        int[][][] z3 = new int[2][0][3];
        System.out.println("z3 " + z3.length + " " + z3[1].length);
        // Four and more dimensions.
        byte[][][][] four = new byte[2][2][2][2];
        four[1][1][1][1] = 7;
        System.out.println("four " + four[1][1][1][1] + " " + four.getClass().getName());
        // Replace a row.
        int[][] grid = new int[3][3];
        grid[1] = new int[] { 9, 9, 9, 9, 9 };
        System.out.println("replaced row length " + grid[1].length + " others " + grid[0].length);
        // Matrix transpose of a non-square matrix.
        int[][] a = new int[2][5];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 5; j++) a[i][j] = i * 5 + j;
        int[][] t = new int[5][2];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 5; j++) t[j][i] = a[i][j];
        for (int[] row : t) System.out.println("t " + row[0] + " " + row[1]);
        Object o = cube;
        System.out.println("instanceof " + (o instanceof int[][][]) + " " + (o instanceof Object[]) + " " + (o instanceof Object[][]) + " " + (o instanceof Object[][][]));
    }
}
