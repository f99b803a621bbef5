// Benchmark: repeated sieve of Eratosthenes - boolean[] stores, nested
// loops. Argument: repetitions (default 30).
public class Sieve {
    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int n = 1 << 20;
        int count = 0;
        long total = 0;
        for (int r = 0; r < reps; r++) {
            boolean[] composite = new boolean[n + 1];
            count = 0;
            for (int i = 2; i <= n; i++) {
                if (composite[i]) continue;
                count++;
                for (long j = (long) i * i; j <= n; j += i) composite[(int) j] = true;
            }
            total += count;
        }
        System.out.println("primes below " + n + ": " + count + ", total " + total);
    }
}
