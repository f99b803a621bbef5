// Conway's Game of Life on a torus: a glider, a blinker and an R-pentomino,
// printed as text every few generations.
public class GameOfLife {
    static final int W = 40, H = 20;

    static boolean[][] step(boolean[][] g) {
        boolean[][] next = new boolean[H][W];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int n = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                        if ((dx != 0 || dy != 0) && g[(y + dy + H) % H][(x + dx + W) % W]) n++;
                next[y][x] = g[y][x] ? (n == 2 || n == 3) : n == 3;
            }
        }
        return next;
    }

    static void print(boolean[][] g, int gen) {
        int alive = 0;
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : g) {
            for (boolean c : row) {
                sb.append(c ? '#' : '.');
                if (c) alive++;
            }
            sb.append('\n');
        }
        System.out.print("generation " + gen + ", alive " + alive + "\n" + sb);
    }

    public static void main(String[] args) {
        boolean[][] g = new boolean[H][W];
        int[][] glider = { { 0, 1 }, { 1, 2 }, { 2, 0 }, { 2, 1 }, { 2, 2 } };
        for (int[] c : glider) g[1 + c[0]][1 + c[1]] = true;
        g[5][30] = g[5][31] = g[5][32] = true;
        int[][] r = { { 0, 1 }, { 0, 2 }, { 1, 0 }, { 1, 1 }, { 2, 1 } };
        for (int[] c : r) g[12 + c[0]][20 + c[1]] = true;
        for (int gen = 0; gen <= 60; gen++) {
            if (gen % 15 == 0) print(g, gen);
            g = step(g);
        }
        int[] history = new int[200];
        for (int gen = 0; gen < 200; gen++) {
            int alive = 0;
            for (boolean[] row : g) for (boolean c : row) if (c) alive++;
            history[gen] = alive;
            g = step(g);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i += 10) sb.append(history[i]).append(' ');
        System.out.println("population every 10 generations: " + sb);
    }
}
