// Labeled break and continue across nested loops and blocks.
public class LabeledJumps {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.println("i=" + i + " j=" + j);
            }
            System.out.println("never printed");
        }
        // Find the first pair with a given product.
        int fi = -1, fj = -1;
        search:
        for (int i = 1; i < 20; i++) {
            for (int j = i; j < 20; j++) {
                if (i * j == 91) {
                    fi = i;
                    fj = j;
                    break search;
                }
            }
        }
        System.out.println("found " + fi + " * " + fj);
        // Labeled block (not a loop).
        block:
        {
            System.out.println("in block");
            if (fi > 0) break block;
            System.out.println("not printed");
        }
        System.out.println("after block");
        // Continue in while and do-while loops.
        int n = 0;
        rows:
        while (n < 4) {
            n++;
            int m = 0;
            do {
                m++;
                if (m == 2) continue;
                if (m * n == 6) continue rows;
                System.out.println("n=" + n + " m=" + m);
            } while (m < 4);
            System.out.println("end of row " + n);
        }
        // Three levels with break to the middle.
        for (int a = 0; a < 3; a++) {
            middle:
            for (int b = 0; b < 3; b++) {
                for (int c = 0; c < 3; c++) {
                    if (c > b) continue middle;
                    if (a + b + c == 4) break middle;
                    System.out.println("abc " + a + b + c);
                }
            }
        }
        // Labeled loop with finally: finally runs on break/continue.
        loop:
        for (int i = 0; i < 4; i++) {
            try {
                if (i == 1) continue loop;
                if (i == 3) break loop;
                System.out.println("body " + i);
            } finally {
                System.out.println("finally " + i);
            }
        }
        // Prime listing with labeled continue.
        StringBuilder primes = new StringBuilder();
        candidates:
        for (int p = 2; p < 100; p++) {
            for (int d = 2; d * d <= p; d++) {
                if (p % d == 0) continue candidates;
            }
            primes.append(p).append(' ');
        }
        System.out.println(primes);
    }
}
