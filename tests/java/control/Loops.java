// for, while, do-while, for-each, nested loops and early exits.
public class Loops {
    public static void main(String[] args) {
        int sum = 0;
        for (int i = 0; i < 10; i++) sum += i;
        System.out.println("for sum " + sum);
        int n = 27, steps = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        }
        System.out.println("collatz(27) steps " + steps);
        int k = 0;
        do {
            k += 3;
        } while (k < 0);
        System.out.println("do-while runs once: " + k);
        int[] data = { 5, 3, 8, 1, 9, 2 };
        int max = Integer.MIN_VALUE;
        for (int v : data) if (v > max) max = v;
        System.out.println("for-each max " + max);
        // Nested loops: multiplication table.
        for (int i = 1; i <= 9; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 1; j <= i; j++) sb.append(i * j).append(j < i ? " " : "");
            System.out.println(sb);
        }
        // Multiple loop variables and empty parts.
        for (int i = 0, j = 10; i < j; i += 2, j--) System.out.println("i=" + i + " j=" + j);
        int m = 0;
        for (;;) {
            if (++m > 4) break;
            if (m == 2) continue;
            System.out.println("infinite loop body m=" + m);
        }
        // Loop counting down through zero with a long counter.
        long total = 0;
        for (long x = 5; x >= -5; x--) total += x * x * x;
        System.out.println("cubes -5..5 = " + total);
        // While with complex condition and side effects.
        int a = 0, b = 100;
        while (a < b && (a * a) < 2000) {
            a += 7;
            b -= 3;
        }
        System.out.println("a=" + a + " b=" + b);
        // Loop over a string.
        String s = "loop over characters";
        int vowels = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case 'a': case 'e': case 'i': case 'o': case 'u': vowels++;
            }
        }
        System.out.println("vowels " + vowels);
        // Float loop counter.
        int fcount = 0;
        for (float f = 0; f < 1; f += 0.1f) fcount++;
        System.out.println("float loop iterations " + fcount);
        // Nested for-each over a 2D array.
        int[][] grid = { { 1, 2, 3 }, { 4, 5 }, {}, { 6 } };
        int gsum = 0;
        for (int[] row : grid) {
            for (int v : row) gsum += v;
            System.out.println("row length " + row.length + " running sum " + gsum);
        }
        // Long-running loop with checksum.
        long h = 1;
        for (int i = 0; i < 1000000; i++) h = h * 6364136223846793005L + 1442695040888963407L;
        System.out.println("pcg-like state " + h);
        // Loop where the body changes the bound.
        int limit = 10, iters = 0;
        for (int i = 0; i < limit; i++) {
            if (i % 3 == 0) limit--;
            iters++;
        }
        System.out.println("iters " + iters + " limit " + limit);
    }
}
