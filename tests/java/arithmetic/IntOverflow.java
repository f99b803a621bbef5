// int arithmetic wraps around modulo 2^32 (JLS 15.17, 15.18).
public class IntOverflow {
    static int add(int a, int b) { return a + b; }
    static int sub(int a, int b) { return a - b; }
    static int mul(int a, int b) { return a * b; }
    static int neg(int a) { return -a; }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        System.out.println("max = " + max);
        System.out.println("min = " + min);
        System.out.println("max + 1 = " + add(max, 1));
        System.out.println("min - 1 = " + sub(min, 1));
        System.out.println("max + max = " + add(max, max));
        System.out.println("min + min = " + add(min, min));
        System.out.println("-min = " + neg(min));
        System.out.println("-max = " + neg(max));
        System.out.println("max * 2 = " + mul(max, 2));
        System.out.println("max * max = " + mul(max, max));
        System.out.println("min * -1 = " + mul(min, -1));
        System.out.println("65536 * 65536 = " + mul(65536, 65536));
        System.out.println("46341 * 46341 = " + mul(46341, 46341));
        System.out.println("123456789 * 987654321 = " + mul(123456789, 987654321));
        System.out.println("Math.abs(min) = " + Math.abs(min));

        // A multiplicative hash: wrap-around is the whole point.
        int h = 0;
        for (int i = 0; i < 100; i++) {
            h = h * 31 + i * 1000003;
            if (i % 10 == 9) System.out.println("h[" + i + "] = " + h);
        }

        // Increment past the end.
        int x = max - 3;
        for (int i = 0; i < 6; i++) {
            x++;
            System.out.println("x = " + x);
        }
        int y = min + 2;
        for (int i = 0; i < 4; i++) {
            y--;
            System.out.println("y = " + y);
        }

        // Linear congruential generator.
        int seed = 42;
        for (int i = 0; i < 8; i++) {
            seed = seed * 1103515245 + 12345;
            System.out.println("lcg " + seed + " " + (seed >>> 16));
        }

        // Constant folding by javac and run-time computation must agree.
        final int cmax = Integer.MAX_VALUE;
        System.out.println("folded: " + (cmax + 1) + " " + (cmax * 3));
        int[] vals = { 0, 1, -1, 2, -2, 1000000, -1000000, max, min, 0x55555555, 0xAAAAAAAA };
        for (int a : vals) {
            StringBuilder sb = new StringBuilder();
            for (int b : vals) {
                sb.append(a + b).append(',').append(a - b).append(',').append(a * b).append(' ');
            }
            System.out.println(a + ": " + sb);
        }
    }
}
