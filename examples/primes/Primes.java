// A slightly bigger sample: prime numbers three ways.
//
//     javac --release 8 -d /tmp/primes examples/primes/Primes.java
//     vmrun -cp /tmp/primes Primes [limit]
//
// It sieves the primes up to a limit (default 100000), prints a table of
// the first ones and some statistics, factors a few numbers by trial
// division, and checks a few large numbers with a deterministic Miller-Rabin
// test. Only java.lang is used, which is all Cortado's library offers so far.
public class Primes {
    /** Returns the primes up to [limit], by the sieve of Eratosthenes. */
    static int[] sieve(int limit) {
        boolean[] composite = new boolean[limit + 1];
        int count = 0;
        for (int i = 2; i <= limit; i++) {
            if (composite[i]) continue;
            count++;
            for (long j = (long) i * i; j <= limit; j += i) composite[(int) j] = true;
        }
        int[] primes = new int[count];
        int k = 0;
        for (int i = 2; i <= limit; i++) if (!composite[i]) primes[k++] = i;
        return primes;
    }

    /** Returns the prime factorization of [n] as text, e.g. "2^3 * 3 * 5". */
    static String factor(long n, int[] primes) {
        StringBuilder sb = new StringBuilder();
        for (int p : primes) {
            if ((long) p * p > n) break;
            int e = 0;
            while (n % p == 0) {
                n /= p;
                e++;
            }
            if (e > 0) append(sb, p, e);
        }
        if (n > 1) append(sb, n, 1);
        return sb.toString();
    }

    static void append(StringBuilder sb, long p, int e) {
        if (sb.length() > 0) sb.append(" * ");
        sb.append(p);
        if (e > 1) sb.append('^').append(e);
    }

    /** Returns a * b mod m without overflow, for m < 2^62. */
    static long mulMod(long a, long b, long m) {
        long result = 0;
        a %= m;
        while (b > 0) {
            if ((b & 1) != 0) result = (result + a) % m;
            a = (a << 1) % m;
            b >>= 1;
        }
        return result;
    }

    static long powMod(long base, long exp, long m) {
        long result = 1;
        base %= m;
        while (exp > 0) {
            if ((exp & 1) != 0) result = mulMod(result, base, m);
            base = mulMod(base, base, m);
            exp >>= 1;
        }
        return result;
    }

    /** Miller-Rabin with bases that are deterministic for n < 3.3e24. */
    static boolean isPrime(long n) {
        if (n < 2) return false;
        long[] bases = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 };
        for (long p : bases) if (n % p == 0) return n == p;
        long d = n - 1;
        int s = 0;
        while ((d & 1) == 0) {
            d >>= 1;
            s++;
        }
        for (long a : bases) {
            long x = powMod(a, d, n);
            if (x == 1 || x == n - 1) continue;
            boolean composite = true;
            for (int r = 1; r < s && composite; r++) {
                x = mulMod(x, x, n);
                if (x == n - 1) composite = false;
            }
            if (composite) return false;
        }
        return true;
    }

    public static void main(String[] args) {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 100000;
        int[] primes = sieve(limit);
        System.out.println("There are " + primes.length + " primes up to " + limit + ".");
        System.out.println("The first 50:");
        for (int i = 0; i < Math.min(50, primes.length); i++) {
            System.out.print(String.format("%5d", primes[i]));
            if (i % 10 == 9) System.out.println();
        }
        System.out.println();

        int twins = 0, maxGap = 0, gapAfter = 0;
        long sum = 0;
        for (int i = 0; i < primes.length; i++) {
            sum += primes[i];
            if (i > 0) {
                int gap = primes[i] - primes[i - 1];
                if (gap == 2) twins++;
                if (gap > maxGap) {
                    maxGap = gap;
                    gapAfter = primes[i - 1];
                }
            }
        }
        System.out.println("Sum: " + sum + ", twin pairs: " + twins + ", largest gap: " + maxGap + " (after " + gapAfter + ")");

        long[] numbers = { 360, 1001, 65537, 999999, 600851475143L, 9007199254740993L };
        for (long n : numbers) System.out.println(n + " = " + factor(n, primes));

        long[] candidates = { 1000000007L, 1000000011L, 2305843009213693951L, 4611686018427387847L, 999999999999999989L };
        for (long c : candidates) System.out.println(c + (isPrime(c) ? " is prime" : " is composite"));
    }
}
