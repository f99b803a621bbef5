// Sieve of Eratosthenes (boolean[] and bit-set versions), prime counting,
// twin primes, Goldbach decompositions and a segmented sieve.
public class PrimeSieve {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = composite[1] = true;
        for (int i = 2; (long) i * i <= n; i++) {
            if (!composite[i]) for (int j = i * i; j <= n; j += i) composite[j] = true;
        }
        return composite;
    }

    static int countBitSieve(int n) {
        long[] bits = new long[(n >> 6) + 1];
        int count = n >= 2 ? 1 : 0;
        for (int i = 3; i <= n; i += 2) {
            if ((bits[i >> 6] & (1L << i)) == 0) {
                count++;
                for (long j = (long) i * i; j <= n; j += 2L * i) bits[(int) (j >> 6)] |= 1L << j;
            }
        }
        return count;
    }

    public static void main(String[] args) {
        int n = 1000000;
        boolean[] composite = sieve(n);
        int count = 0, twins = 0, last = 0;
        long sum = 0;
        StringBuilder first = new StringBuilder();
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) {
                count++;
                sum += i;
                if (count <= 30) first.append(i).append(' ');
                if (i - last == 2) twins++;
                last = i;
            }
            if (i == 10 || i == 100 || i == 1000 || i == 10000 || i == 100000 || i == 1000000) System.out.println("pi(" + i + ") = " + count);
        }
        System.out.println("first primes: " + first);
        System.out.println("sum of primes below 10^6: " + sum + ", twin pairs: " + twins + ", largest: " + last);
        System.out.println("bit sieve agrees: " + (countBitSieve(n) == count) + " " + countBitSieve(97) + " " + countBitSieve(2) + " " + countBitSieve(1));
        for (int even = 4; even <= 100; even += 8) {
            for (int p = 2; p <= even / 2; p++) {
                if (!composite[p] && !composite[even - p]) {
                    System.out.println("goldbach " + even + " = " + p + " + " + (even - p));
                    break;
                }
            }
        }
        // Largest prime gap below 10^6.
        int gap = 0, gapStart = 0;
        last = 2;
        for (int i = 3; i <= n; i++) {
            if (!composite[i]) {
                if (i - last > gap) {
                    gap = i - last;
                    gapStart = last;
                }
                last = i;
            }
        }
        System.out.println("largest gap " + gap + " after " + gapStart);
        // Segmented sieve for primes in [10^9, 10^9 + 1000).
        long lo = 1000000000L, hi = lo + 1000;
        boolean[] seg = new boolean[(int) (hi - lo)];
        for (int p = 2; (long) p * p < hi; p++) {
            if (composite[p]) continue;
            long start = Math.max((long) p * p, (lo + p - 1) / p * p);
            for (long m = start; m < hi; m += p) seg[(int) (m - lo)] = true;
        }
        StringBuilder big = new StringBuilder();
        int bigCount = 0;
        for (int i = 0; i < seg.length; i++) {
            if (!seg[i]) {
                bigCount++;
                if (bigCount <= 8) big.append(lo + i).append(' ');
            }
        }
        System.out.println("primes in [1e9, 1e9+1000): " + bigCount + ", first: " + big);
    }
}
