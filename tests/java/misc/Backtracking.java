// Backtracking search: N-queens solution counts and the first board,
// a Sudoku solver, and subset sums.
public class Backtracking {
    static int solutions;
    static int[] firstBoard;

    static void queens(int[] cols, int row, int n, boolean[] usedCol, boolean[] diag1, boolean[] diag2) {
        if (row == n) {
            if (solutions++ == 0) firstBoard = cols.clone();
            return;
        }
        for (int c = 0; c < n; c++) {
            if (usedCol[c] || diag1[row + c] || diag2[row - c + n - 1]) continue;
            usedCol[c] = diag1[row + c] = diag2[row - c + n - 1] = true;
            cols[row] = c;
            queens(cols, row + 1, n, usedCol, diag1, diag2);
            usedCol[c] = diag1[row + c] = diag2[row - c + n - 1] = false;
        }
    }

    static long guesses;

    static boolean sudoku(int[][] g) {
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) {
                if (g[r][c] != 0) continue;
                for (int v = 1; v <= 9; v++) {
                    if (ok(g, r, c, v)) {
                        g[r][c] = v;
                        guesses++;
                        if (sudoku(g)) return true;
                        g[r][c] = 0;
                    }
                }
                return false;
            }
        }
        return true;
    }

    static boolean ok(int[][] g, int r, int c, int v) {
        for (int i = 0; i < 9; i++) if (g[r][i] == v || g[i][c] == v || g[r / 3 * 3 + i / 3][c / 3 * 3 + i % 3] == v) return false;
        return true;
    }

    static int subsetCount(int[] items, int i, int target) {
        if (target == 0) return 1;
        if (i == items.length || target < 0) return 0;
        return subsetCount(items, i + 1, target - items[i]) + subsetCount(items, i + 1, target);
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 9; n++) {
            solutions = 0;
            firstBoard = null;
            queens(new int[n], 0, n, new boolean[n], new boolean[2 * n], new boolean[2 * n]);
            StringBuilder sb = new StringBuilder();
            if (firstBoard != null) for (int c : firstBoard) sb.append(c);
            System.out.println(n + " queens: " + solutions + " solutions, first " + sb);
        }
        String puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
        int[][] g = new int[9][9];
        for (int i = 0; i < 81; i++) g[i / 9][i % 9] = puzzle.charAt(i) - '0';
        System.out.println("solved: " + sudoku(g) + " after " + guesses + " placements");
        for (int[] row : g) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println(sb.toString().trim());
        }
        int[] items = { 3, 34, 4, 12, 5, 2, 7, 9, 11, 13, 1, 8 };
        for (int t = 0; t <= 60; t += 12) System.out.println("subsets summing to " + t + ": " + subsetCount(items, 0, t));
    }
}
