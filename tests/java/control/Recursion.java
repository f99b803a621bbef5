// Recursive algorithms: direct, mutual, with accumulators, deep-ish.
public class Recursion {
    static long factorial(int n) { return n <= 1 ? 1 : n * factorial(n - 1); }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }

    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }

    static int moves;

    static void hanoi(int n, char from, char to, char via, StringBuilder log) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, log);
        moves++;
        if (log != null) log.append(from).append(to).append(' ');
        hanoi(n - 1, via, to, from, log);
    }

    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

    static long sumDigits(long n) { return n < 10 ? n : n % 10 + sumDigits(n / 10); }

    static String reverse(String s) { return s.isEmpty() ? "" : reverse(s.substring(1)) + s.charAt(0); }

    static void permutations(String prefix, String rest) {
        if (rest.isEmpty()) {
            System.out.println("perm " + prefix);
            return;
        }
        for (int i = 0; i < rest.length(); i++) {
            permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1));
        }
    }

    static int tak(int x, int y, int z) {
        return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z;
    }

    static double power(double base, int exp) {
        if (exp == 0) return 1;
        double half = power(base, exp / 2);
        return exp % 2 == 0 ? half * half : half * half * base;
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 20; i++) System.out.println(i + "! = " + factorial(i));
        for (int i = 0; i <= 25; i++) System.out.print(fib(i) + (i < 25 ? " " : "\n"));
        for (int m = 0; m <= 3; m++) {
            for (int n = 0; n <= 4; n++) System.out.print("A(" + m + "," + n + ")=" + ackermann(m, n) + " ");
            System.out.println();
        }
        System.out.println("isEven(1000) " + isEven(1000) + ", isOdd(777) " + isOdd(777));
        System.out.println("gcd(1071, 462) " + gcd(1071, 462) + ", gcd(2^20, 6^8) " + gcd(1 << 20, 1679616));
        StringBuilder log = new StringBuilder();
        hanoi(4, 'A', 'C', 'B', log);
        System.out.println("hanoi(4): " + moves + " moves: " + log);
        moves = 0;
        hanoi(16, 'A', 'C', 'B', null);
        System.out.println("hanoi(16): " + moves + " moves");
        System.out.println("depth(5000) = " + depth(5000));
        System.out.println("sumDigits(9876543210123) = " + sumDigits(9876543210123L));
        System.out.println("reverse = " + reverse("recursion is fun"));
        permutations("", "abcd");
        System.out.println("tak(18, 12, 6) = " + tak(18, 12, 6));
        System.out.println("power(1.5, 31) = " + power(1.5, 31) + ", power(2, 62) = " + (long) power(2, 62));
    }
}
